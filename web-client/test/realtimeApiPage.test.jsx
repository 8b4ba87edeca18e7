import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import { load as parseYaml } from 'js-yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RealtimeApiPage from '../src/pages/RealtimeApiPage.jsx';

// The page renders the real document the application serves at /asyncapi.json.
// (vitest runs in web-client/, as npm does in the Maven build)
const DOCUMENT = parseYaml(readFileSync(
  join(process.cwd(), '..', 'adapters-websocket', 'src', 'main', 'resources', 'asyncapi', 'leave-notify.yaml'), 'utf8'));

afterEach(cleanup);

describe('the page of the real-time API', () => {
  it('lists what to subscribe to and what to send, with the fields of every message', async () => {
    render(<RealtimeApiPage load={() => Promise.resolve(DOCUMENT)} />);

    const heading = await screen.findByRole('heading', { level: 1, name: 'leave-notify real-time notifications' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    const receiving = Object.values(DOCUMENT.operations).filter((o) => o.action === 'receive').length;
    const sending = Object.values(DOCUMENT.operations).filter((o) => o.action === 'send').length;
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(receiving + sending);
    expect(screen.getByRole('heading', { level: 3, name: '/user/queue/notifications' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '/app/notifications/mark-read' })).toBeTruthy();

    const notification = screen.getAllByRole('region', { name: 'Fields of Notification' })[0];
    const type = within(notification).getByRole('rowheader', { name: 'type' }).closest('tr');
    expect(type.textContent).toContain('LEAVE_REQUEST_APPROVED');
    const actor = within(notification).getByRole('rowheader', { name: 'actor' }).closest('tr');
    expect(actor.textContent).toContain('Actor');
    expect(screen.getByText(/Answered on/).textContent).toContain('/user/queue/notifications/list');
    expect(screen.getAllByText('No body.')).toHaveLength(1);
  });

  it('says so when the description cannot be loaded', async () => {
    render(<RealtimeApiPage load={() => Promise.reject(new Error('the description could not be loaded (503)'))} />);

    expect((await screen.findByRole('alert')).textContent).toContain('503');
  });
});
