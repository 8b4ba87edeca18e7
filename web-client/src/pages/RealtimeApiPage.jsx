import { useEffect, useRef, useState } from 'react';
import ScrollTable from './ScrollTable.jsx';

/** Follows a local JSON reference ('#/components/...') inside the document; anything else as it is. */
function resolve(document, node) {
  let current = node;
  const seen = new Set();
  while (current && typeof current.$ref === 'string' && current.$ref.startsWith('#/') && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    current = current.$ref.slice(2).split('/').reduce((at, key) => at?.[key], document);
  }
  return current;
}

/** A description as AsyncAPI writes it (CommonMark): paragraphs, and `code` in back-quotes. */
function Prose({ text }) {
  return String(text ?? '').split(/\n\s*\n/).filter((paragraph) => paragraph.trim()).map((paragraph, i) => (
    <p key={i}>{paragraph.split('`').map((part, j) => (j % 2 ? <code key={j}>{part}</code> : part))}</p>
  ));
}

function typeOf(document, schema) {
  const resolved = resolve(document, schema) ?? {};
  const types = [].concat(resolved.type ?? 'object');
  if (types.includes('array')) {
    return `array of ${typeOf(document, resolved.items)}`;
  }
  if (schema?.$ref) {
    return schema.$ref.split('/').pop();
  }
  return types.join(' or ');
}

/** The fields of a payload: name, type, whether always there, and what it may hold. */
function Fields({ document, schema, name }) {
  const resolved = resolve(document, schema);
  const properties = Object.entries(resolved?.properties ?? {});
  if (properties.length === 0) {
    return <p>{[].concat(resolved?.type ?? '').includes('null') ? 'No body.' : 'Any JSON.'}</p>;
  }
  const required = new Set(resolved.required ?? []);
  return (
    <ScrollTable label={`Fields of ${name}`}>
      <table>
        <thead><tr><th scope="col">field</th><th scope="col">type</th><th scope="col">always there</th><th scope="col">values</th></tr></thead>
        <tbody>
          {properties.map(([field, property]) => {
            const detail = resolve(document, property) ?? {};
            const values = detail.enum ? detail.enum.join(', ')
              : [detail.minimum !== undefined && `from ${detail.minimum}`, detail.maximum !== undefined && `to ${detail.maximum}`,
                detail.format, detail.description].filter(Boolean).join('; ');
            return (
              <tr key={field}>
                <th scope="row"><code>{field}</code></th>
                <td>{typeOf(document, property)}</td>
                <td>{required.has(field) ? 'yes' : 'no'}</td>
                <td>{values}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Destination({ document, operation }) {
  const channel = resolve(document, operation.channel);
  const messages = Object.values(channel?.messages ?? {}).map((message) => [message.$ref?.split('/').pop(), resolve(document, message)]);
  const reply = operation.reply?.channel ? resolve(document, operation.reply.channel) : null;
  return (
    <article className="card destination" aria-labelledby={`destination-${operation.id}`}>
      <h3 id={`destination-${operation.id}`}><code>{channel?.address}</code></h3>
      {channel?.title && <p><strong>{channel.title}.</strong></p>}
      <Prose text={channel?.description} />
      <Prose text={operation.summary} />
      {reply && <p>Answered on <code>{reply.address}</code>.</p>}
      {messages.map(([name, message]) => (
        <div key={name}>
          <h4>{name}</h4>
          <Fields document={document} schema={message?.payload} name={name} />
        </div>
      ))}
    </article>
  );
}

function loadTheDescription() {
  return fetch('/asyncapi.json').then((answer) => {
    if (!answer.ok) throw new Error(`the description could not be loaded (${answer.status})`);
    return answer.json();
  });
}

/**
 * The STOMP API as its AsyncAPI document (/asyncapi.json) describes it, for people: what to subscribe to,
 * what to send, and the fields of every message. Public, like the document itself.
 */
export default function RealtimeApiPage({ load = loadTheDescription }) {
  const [document, setDocument] = useState(null);
  const [failure, setFailure] = useState(null);
  const heading = useRef(null);

  useEffect(() => {
    let current = true;
    load().then((loaded) => current && setDocument(loaded), (error) => current && setFailure(error.message));
    return () => { current = false; };
  }, [load]);
  useEffect(() => {
    if (document) heading.current?.focus();
  }, [document]);

  if (failure) {
    return <main className="pages"><p role="alert">{failure}</p></main>;
  }
  if (!document) {
    return <main className="pages"><p role="status" className="notice">Loading…</p></main>;
  }
  const operations = Object.entries(document.operations ?? {}).map(([id, operation]) => ({ id, ...operation }));
  const security = Object.values(document.components?.securitySchemes ?? {});
  return (
    <main className="pages realtime-api">
      <section className="card" aria-labelledby="realtime-api-heading">
        <h1 id="realtime-api-heading" ref={heading} tabIndex={-1}>{document.info?.title}</h1>
        <p>AsyncAPI {document.asyncapi}, version {document.info?.version}. The same description as data:{' '}
          <a href="/asyncapi.yaml">asyncapi.yaml</a>, <a href="/asyncapi.json">asyncapi.json</a>.</p>
        <Prose text={document.info?.description} />
        {Object.values(document.servers ?? {}).map((server) => (
          <div key={server.host}>
            <p>Connect to <code>{server.protocol}://{server.host}{server.pathname}</code>.</p>
            <Prose text={server.description} />
          </div>
        ))}
        {security.map((scheme) => (
          <div key={scheme.name}>
            <p>Token: the <code>{scheme.name}</code> header of CONNECT.</p>
            <Prose text={scheme.description} />
          </div>
        ))}
      </section>
      <h2>Subscribe to</h2>
      {operations.filter((operation) => operation.action === 'receive')
        .map((operation) => <Destination key={operation.id} document={document} operation={operation} />)}
      <h2>Send to</h2>
      {operations.filter((operation) => operation.action === 'send')
        .map((operation) => <Destination key={operation.id} document={document} operation={operation} />)}
    </main>
  );
}
