import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DESTINATIONS, NotificationService } from '@leave-notify/notification-client';
import NotificationsComponent from '../src/NotificationsComponent.jsx';
import { aNotification, fakeBrowser, fakeClientFactory, idOf, manualTimers } from '@leave-notify/notification-client/testing';

function connectedService(items, unreadCount = items.filter((n) => !n.read).length, hasMore = false) {
  const factory = fakeClientFactory();
  const service = new NotificationService({
    token: 'the-jwt', url: 'ws://test/ws', createClient: factory.create, timers: manualTimers(),
    environment: fakeBrowser(), random: () => 0.5,
  });
  service.connect();
  const client = factory.latest();
  client.connected();
  client.acknowledgeSubscriptions();
  client.deliver(DESTINATIONS.list, { items, hasMore, unreadCount });
  return { service, client };
}

const bell = (count) => screen.getByRole('button', { name: `Notifications, ${count} unread` });

describe('NotificationsComponent', () => {
  let user;

  beforeEach(() => {
    user = userEvent.setup();
  });

  afterEach(cleanup);

  it('reads the unread count in the bell\'s label and shows it as a badge', () => {
    const { service, client } = connectedService([aNotification({ id: idOf(2) }), aNotification({ id: idOf(1) })]);
    render(<NotificationsComponent service={service} />);

    expect(bell(2)).toHaveTextContent('2');

    act(() => client.deliver(DESTINATIONS.unreadCount, { unreadCount: 3 }));

    expect(bell(3)).toHaveTextContent('3');
  });

  it('shows no badge when nothing is unread', () => {
    const { service } = connectedService([aNotification({ id: idOf(1), read: true })]);
    render(<NotificationsComponent service={service} />);

    expect(bell(0).querySelector('.badge')).toBeNull();
  });

  it('lists notifications newest first with the unread ones marked', async () => {
    const { service } = connectedService([
      aNotification({ id: idOf(3), title: 'Newest' }),
      aNotification({ id: idOf(2), title: 'Read one', read: true }),
      aNotification({ id: idOf(1), title: 'Oldest' }),
    ]);
    render(<NotificationsComponent service={service} />);

    await user.click(bell(2));

    const entries = within(screen.getByRole('region', { name: 'Notifications' })).getAllByRole('listitem');
    expect(entries.map((e) => e.querySelector('button').textContent.split(' ')[0] === 'Unread:'
      ? `Unread: ${e.querySelector('.notification-title').textContent}` : e.querySelector('.notification-title').textContent))
      .toEqual(['Unread: Newest', 'Read one', 'Unread: Oldest']);
  });

  it('marks a notification read when it is clicked', async () => {
    const { service, client } = connectedService([aNotification({ id: idOf(1), title: 'Approved' })]);
    render(<NotificationsComponent service={service} />);
    await user.click(bell(1));

    await user.click(screen.getByRole('button', { name: /^Unread: Approved/ }));

    expect(client.sentTo('/app/notifications/mark-read')).toEqual([{ id: idOf(1) }]);
    expect(screen.getByRole('button', { name: /^Approved/ })).toHaveAttribute('data-read', 'true');
    expect(bell(0)).toBeInTheDocument();
  });

  it('marks a notification read from the keyboard', async () => {
    const { service, client } = connectedService([aNotification({ id: idOf(1), title: 'Approved' })]);
    render(<NotificationsComponent service={service} />);
    bell(1).focus();
    await user.keyboard('{Enter}');

    await user.tab(); // "Mark all as read"
    await user.tab(); // "Close notifications"
    await user.tab(); // "Unread (1)"
    await user.tab(); // "All"
    await user.tab(); // "Archived"
    await user.tab(); // the notification
    expect(screen.getByRole('button', { name: /^Unread: Approved/ })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(client.sentTo('/app/notifications/mark-read')).toEqual([{ id: idOf(1) }]);
  });

  it('marks all read with one button and the badge goes', async () => {
    const { service, client } = connectedService([aNotification({ id: idOf(2) }), aNotification({ id: idOf(1) })]);
    render(<NotificationsComponent service={service} />);
    await user.click(bell(2));

    await user.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(client.sentTo('/app/notifications/mark-all-read')).toHaveLength(1);
    expect(bell(0).querySelector('.badge')).toBeNull();
    expect(screen.getAllByRole('listitem').every((li) => li.querySelector('[data-read="true"]'))).toBe(true);
    expect(screen.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
  });

  it('shows a toast when a notification arrives live', () => {
    const { service, client } = connectedService([]);
    render(<NotificationsComponent service={service} />);

    act(() => client.deliver(DESTINATIONS.notifications,
      aNotification({ id: idOf(5), title: 'Leave request approved', message: 'Bob Baker approved your leave' })));

    const toast = document.querySelector('.toast');
    expect(toast).toHaveTextContent('Leave request approved');
    expect(toast).toHaveTextContent('Bob Baker approved your leave');
  });

  it('closes the panel with Escape and gives the focus back to the bell', async () => {
    const { service } = connectedService([aNotification({ id: idOf(1) })]);
    render(<NotificationsComponent service={service} />);
    await user.click(bell(1));
    await user.tab();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
    expect(bell(1)).toHaveFocus();
  });

  it('closes the panel when the page around it is clicked', async () => {
    const { service } = connectedService([aNotification({ id: idOf(1) })]);
    render(<><p>elsewhere</p><NotificationsComponent service={service} /></>);
    await user.click(bell(1));

    await user.click(screen.getByText('elsewhere'));

    expect(screen.queryByRole('region', { name: 'Notifications' })).toBeNull();
  });

  it('names each notification with its time, shown relative and absolute on hover', async () => {
    const createdAt = new Date(Date.now() - 5 * 60_000).toISOString();
    const { service } = connectedService([aNotification({ id: idOf(1), title: 'Approved', message: 'Enjoy', createdAt })]);
    render(<NotificationsComponent service={service} />);
    await user.click(bell(1));

    const row = screen.getByRole('button', { name: 'Unread: Approved Enjoy 5 min ago' });
    expect(row.querySelector('time')).toHaveTextContent('5 min ago');
    expect(row.querySelector('time').getAttribute('title')).toBe(new Date(createdAt).toLocaleString());
  });

  it('shows unread, all and archived, and archives or marks unread from a row', async () => {
    const { service, client } = connectedService([
      aNotification({ id: idOf(2), title: 'Approved', read: true }), aNotification({ id: idOf(1), title: 'Rejected' }),
    ]);
    render(<NotificationsComponent service={service} />);
    await user.click(bell(1));

    await user.click(screen.getByRole('button', { name: 'Unread (1)' }));
    expect(screen.queryByRole('button', { name: /^Approved/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'All' }));
    await user.click(screen.getByRole('button', { name: 'Mark unread: Approved' }));
    expect(client.sentTo('/app/notifications/mark-unread')).toEqual([{ id: idOf(2) }]);
    expect(bell(2)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Archive: Rejected' }));
    expect(client.sentTo('/app/notifications/archive')).toEqual([{ id: idOf(1) }]);
    expect(screen.queryByRole('button', { name: /Rejected/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Archived' }));
    expect(client.sentTo('/app/notifications').at(-1)).toEqual({ archived: true, limit: 20 });
  });

  it('puts the unread count in the tab title', () => {
    const { client, service } = connectedService([aNotification({ id: idOf(1) })]);
    render(<NotificationsComponent service={service} />);
    expect(document.title).toBe('(1) Leave Notify');

    act(() => client.deliver(DESTINATIONS.changes, { change: 'ALL_READ', ids: [], unreadCount: 0 }));
    expect(document.title).toBe('Leave Notify');
  });

  it('stacks the toasts of a burst and sums up beyond three', () => {
    const { client, service } = connectedService([]);
    render(<NotificationsComponent service={service} />);

    act(() => {
      for (let i = 1; i <= 5; i += 1) client.deliver(DESTINATIONS.notifications, aNotification({ id: idOf(i), title: `N${i}` }));
    });

    const toasts = [...document.querySelectorAll('.toast:not(.toast-summary)')].map((t) => t.querySelector('strong').textContent);
    expect(toasts).toEqual(['N5', 'N4', 'N3']);
    expect(document.querySelector('.toast-summary')).toHaveTextContent('2 more new');
  });

  it('gives the focus to the first older notification after "Load older"', async () => {
    const { service, client } = connectedService([aNotification({ id: idOf(9), title: 'Newest' })], 1, true);
    render(<NotificationsComponent service={service} />);
    await user.click(bell(1));

    await user.click(screen.getByRole('button', { name: 'Load older notifications' }));
    act(() => client.deliver(DESTINATIONS.list, { items: [aNotification({ id: idOf(3), title: 'Older one' })],
      hasMore: false, unreadCount: 2 }));

    expect(screen.getByRole('button', { name: /^Unread: Older one/ })).toHaveFocus();
  });

  it('shows each request as it is now, and lets its decider approve a pending one from the panel', async () => {
    const submitted = aNotification({ id: idOf(2), type: 'LEAVE_REQUEST_SUBMITTED', title: 'New leave request',
      leaveRequestId: 'lr-2' });
    const cancelled = aNotification({ id: idOf(1), type: 'LEAVE_REQUEST_SUBMITTED', title: 'Old request',
      leaveRequestId: 'lr-1' });
    const { service } = connectedService([submitted, cancelled]);
    const requests = {
      'lr-2': { id: 'lr-2', status: 'PENDING', employeeId: 'alice', employee: { displayName: 'Alice Archer' },
        startDate: '2099-03-02', endDate: '2099-03-04' },
      'lr-1': { id: 'lr-1', status: 'CANCELLED', employeeId: 'alice', startDate: '2099-01-05', endDate: '2099-01-05' },
    };
    const approve = vi.fn().mockResolvedValue({});
    render(<NotificationsComponent service={service} requestOf={(id) => Promise.resolve(requests[id])} approve={approve} />);
    await user.click(bell(2));

    expect(await screen.findByText('now cancelled')).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: "Approve Alice Archer's request for 2099-03-02 to 2099-03-04" }));

    expect(approve).toHaveBeenCalledWith('lr-2');
    expect(await screen.findByText('now approved')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Approve/ })).toBeNull();
  });

  it('lets the decider a request was passed up to approve it from the reminder or the escalation', async () => {
    const escalated = aNotification({ id: idOf(3), type: 'LEAVE_REQUEST_ESCALATED', title: 'Passed to you',
      leaveRequestId: 'lr-3' });
    const reminder = aNotification({ id: idOf(2), type: 'LEAVE_REQUEST_REMINDER', title: 'Still waits',
      leaveRequestId: 'lr-2' });
    const approved = aNotification({ id: idOf(1), type: 'LEAVE_REQUEST_APPROVED', title: 'Your leave was approved',
      leaveRequestId: 'lr-1' });
    const { service } = connectedService([escalated, reminder, approved]);
    const pending = (id) => ({ id, status: 'PENDING', employeeId: 'alice', employee: { displayName: 'Alice Archer' },
      startDate: `2099-03-0${id.slice(-1)}`, endDate: `2099-03-0${id.slice(-1)}` });
    const approve = vi.fn().mockResolvedValue({});
    render(<NotificationsComponent service={service} requestOf={(id) => Promise.resolve(pending(id))} approve={approve} />);
    await user.click(bell(3));

    expect(await screen.findByRole('button', { name: "Approve Alice Archer's request for 2099-03-03 to 2099-03-03" }))
      .toBeInTheDocument();
    expect(await screen.findByRole('button', { name: "Approve Alice Archer's request for 2099-03-02 to 2099-03-02" }))
      .toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /2099-03-01/ })).toBeNull();
  });

  it('shows whether it is live, reconnecting or offline', () => {
    const { service, client } = connectedService([]);
    render(<NotificationsComponent service={service} />);
    const indicator = () => document.querySelector('.connection');

    expect(indicator()).toHaveAttribute('data-state', 'connected');
    expect(indicator()).toHaveTextContent('Live');

    act(() => client.closeSocket());
    expect(indicator()).toHaveTextContent('Reconnecting…');

    act(() => service.disconnect());
    expect(indicator()).toHaveTextContent('Offline');
  });
});
