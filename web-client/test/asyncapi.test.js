// @vitest-environment node
// The STOMP API's AsyncAPI document (served at /asyncapi.yaml) is valid AsyncAPI 3.0 as the official
// parser reads it: no error, and the channels and operations the back end's AsyncApiDocumentTest checks
// against the running adapter are the ones a generator or a renderer would see.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Parser, DiagnosticSeverity } from '@asyncapi/parser';

const documentPath = fileURLToPath(
  new URL('../../adapters-websocket/src/main/resources/asyncapi/leave-notify.yaml', import.meta.url),
);

describe('the AsyncAPI document of the STOMP API', () => {
  it('parses without errors or warnings as AsyncAPI 3.0', async () => {
    const { document, diagnostics } = await new Parser().parse(readFileSync(documentPath, 'utf8'));

    const problems = diagnostics
      .filter((d) => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning)
      .map((d) => `${d.code} at ${d.path.join('.')}: ${d.message}`);
    expect(problems).toEqual([]);
    expect(document.version()).toBe('3.0.0');
  });

  it('sends to the /app destinations and receives on the /user/queue ones', async () => {
    const { document } = await new Parser().parse(readFileSync(documentPath, 'utf8'));

    const addresses = (action) => document.operations().all()
      .filter((operation) => operation.action() === action)
      .flatMap((operation) => operation.channels().all().map((channel) => channel.address()));
    expect(addresses('send').every((address) => address.startsWith('/app/'))).toBe(true);
    expect(addresses('receive').every((address) => address.startsWith('/user/queue/'))).toBe(true);
    expect(document.operations().all().find((o) => o.id() === 'listNotifications').reply().channel().address())
      .toBe('/user/queue/notifications/list');
  });
});
