import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backoffDelay, DESTINATIONS, isAuthRefusal, mergeNotifications, NotificationService, webSocketUrl,
} from '../src/index.js';
import { aNotification, fakeBrowser, fakeClientFactory, idOf, manualTimers } from '../src/testing.js';

const LIST = '/app/notifications';

function setUp(options = {}) {
  const factory = fakeClientFactory();
  const timers = manualTimers();
  const browser = fakeBrowser();
  const onAuthExpired = vi.fn();
  const service = new NotificationService({
    token: 'the-jwt',
    url: 'ws://app.example/ws',
    createClient: factory.create,
    timers,
    random: () => 0.5,
    environment: browser,
    onAuthExpired,
    ...options,
  });
  return { service, factory, timers, browser, onAuthExpired };
}

/** Plays the server up to the point where the client asked for its first list. */
function connectAndSubscribe(client) {
  client.connected();
  client.acknowledgeSubscriptions();
}

function page(items, { hasMore = false, unreadCount = items.filter((n) => !n.read).length } = {}) {
  return { items, hasMore, unreadCount };
}

/** A service connected, subscribed and holding its first page of `items`; its client is the first one. */
function connectedWith(items) {
  const env = setUp();
  env.service.connect();
  const client = env.factory.latest();
  connectAndSubscribe(client);
  client.deliver(DESTINATIONS.list, page(items));
  return { env, client };
}

describe('NotificationService', () => {
  let env;

  beforeEach(() => {
    env = setUp();
  });

  describe('connecting', () => {
    it('sends the token in the CONNECT headers and leaves reconnection to itself', () => {
      env.service.connect();

      const { config, active } = env.factory.latest();
      expect(active).toBe(true);
      expect(config.brokerURL).toBe('ws://app.example/ws');
      expect(config.connectHeaders).toEqual({ Authorization: 'Bearer the-jwt' });
      expect(config.reconnectDelay).toBe(0);
      expect(env.service.getState().connection).toBe('connecting');
    });

    it('subscribes to the five user destinations, each asking for a receipt', () => {
      env.service.connect();
      env.factory.latest().connected();

      const subscriptions = env.factory.latest().subscriptions;
      expect(subscriptions.map((s) => s.destination)).toEqual([
        DESTINATIONS.notifications, DESTINATIONS.unreadCount, DESTINATIONS.list, DESTINATIONS.errors,
        DESTINATIONS.changes,
      ]);
      const receipts = subscriptions.map((s) => s.headers.receipt);
      expect(receipts.every(Boolean)).toBe(true);
      expect(new Set(receipts).size).toBe(5);
    });

    it('asks for the newest page only once every subscription is confirmed', () => {
      env.service.connect();
      const client = env.factory.latest();
      client.connected();

      expect(client.sentTo(LIST)).toEqual([]);

      client.acknowledgeSubscriptions();

      expect(client.sentTo(LIST)).toEqual([{ limit: 20 }]);
    });

    it('asks for the newest page on a first connection even if a notification is pushed while subscribing', () => {
      env.service.connect();
      const client = env.factory.latest();
      client.connected();

      client.deliver(DESTINATIONS.notifications, aNotification({ id: idOf(50) }));
      client.acknowledgeSubscriptions();

      expect(client.sentTo(LIST)).toEqual([{ limit: 20 }]);
    });

    it('is connected once the first page is in, holding it newest first with its unread count', () => {
      env.service.connect();
      const client = env.factory.latest();
      connectAndSubscribe(client);
      const older = aNotification({ id: idOf(1), read: true });
      const newer = aNotification({ id: idOf(2) });

      client.deliver(DESTINATIONS.list, page([newer, older], { hasMore: true }));

      const state = env.service.getState();
      expect(state.connection).toBe('connected');
      expect(state.items.map((n) => n.id)).toEqual([idOf(2), idOf(1)]);
      expect(state.unreadCount).toBe(1);
      expect(state.hasMore).toBe(true);
    });

    it('starts offline, without trying, when the browser is offline', () => {
      env.browser.navigator.onLine = false;

      env.service.connect();

      expect(env.factory.clients).toHaveLength(0);
      expect(env.service.getState().connection).toBe('offline');
    });
  });

  describe('live notifications and the unread count', () => {
    let client;

    beforeEach(() => {
      env.service.connect();
      client = env.factory.latest();
      connectAndSubscribe(client);
      client.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(10) })]));
    });

    it('puts a notification that arrives live first and announces it', () => {
      const arrived = aNotification({ id: idOf(11), title: 'Leave request approved' });

      client.deliver(DESTINATIONS.notifications, arrived);

      const state = env.service.getState();
      expect(state.items.map((n) => n.id)).toEqual([idOf(11), idOf(10)]);
      expect(state.lastLive.notification).toEqual(arrived);
    });

    it('ignores a notification it already holds', () => {
      const arrived = aNotification({ id: idOf(11) });
      client.deliver(DESTINATIONS.notifications, arrived);
      const announced = env.service.getState().lastLive;

      client.deliver(DESTINATIONS.notifications, arrived);

      expect(env.service.getState().items).toHaveLength(2);
      expect(env.service.getState().lastLive).toBe(announced);
    });

    it('shows the unread count the server pushes', () => {
      client.deliver(DESTINATIONS.unreadCount, { unreadCount: 7 });

      expect(env.service.getState().unreadCount).toBe(7);
    });

    it('shows every held notification read when the server says none is unread (read on another device)', () => {
      client.deliver(DESTINATIONS.unreadCount, { unreadCount: 0 });

      expect(env.service.getState().items.every((n) => n.read)).toBe(true);
      expect(env.service.getState().unreadCount).toBe(0);
    });

    it('tells listeners about every change', () => {
      const listener = vi.fn();
      env.service.subscribe(listener);

      client.deliver(DESTINATIONS.unreadCount, { unreadCount: 3 });

      expect(listener).toHaveBeenCalledWith(expect.objectContaining({ unreadCount: 3 }));
    });
  });

  describe('reading', () => {
    let client;

    beforeEach(() => {
      env.service.connect();
      client = env.factory.latest();
      connectAndSubscribe(client);
      client.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(21) }), aNotification({ id: idOf(20) })]));
    });

    it('marks one read on the server and on screen at once', () => {
      env.service.markRead(idOf(20));

      expect(client.sentTo('/app/notifications/mark-read')).toEqual([{ id: idOf(20) }]);
      const state = env.service.getState();
      expect(state.items.find((n) => n.id === idOf(20)).read).toBe(true);
      expect(state.items.find((n) => n.id === idOf(21)).read).toBe(false);
      expect(state.unreadCount).toBe(1);
    });

    it('does not send anything for a notification already read', () => {
      env.service.markRead(idOf(20));
      env.service.markRead(idOf(20));

      expect(client.sentTo('/app/notifications/mark-read')).toHaveLength(1);
    });

    it('marks all read on the server and on screen', () => {
      env.service.markAllRead();

      expect(client.sentTo('/app/notifications/mark-all-read')).toHaveLength(1);
      expect(env.service.getState().items.every((n) => n.read)).toBe(true);
      expect(env.service.getState().unreadCount).toBe(0);
    });

    it('shows the detail of an error reply', () => {
      client.deliver(DESTINATIONS.errors, {
        destination: '/app/notifications/mark-read', status: 404, detail: 'no such notification',
      });

      expect(env.service.getState().error).toBe('no such notification');
    });

    it('refuses to act while not connected, and says so', () => {
      client.closeSocket();

      env.service.markAllRead();

      expect(client.sentTo('/app/notifications/mark-all-read')).toHaveLength(0);
      expect(env.service.getState().error).toMatch(/not connected/i);
      expect(env.service.getState().unreadCount).toBe(2);
    });
  });

  describe('loading older notifications', () => {
    it('asks for the page before the oldest one held and appends it', () => {
      env.service.connect();
      const client = env.factory.latest();
      connectAndSubscribe(client);
      client.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(31) }), aNotification({ id: idOf(30) })],
        { hasMore: true }));

      env.service.loadMore();
      env.service.loadMore(); // a second scroll while the first page is on its way asks nothing more

      expect(client.sentTo(LIST)).toEqual([{ limit: 20 }, { before: idOf(30), limit: 20 }]);
      expect(env.service.getState().loadingMore).toBe(true);

      client.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(29) })], { hasMore: false, unreadCount: 3 }));

      const state = env.service.getState();
      expect(state.items.map((n) => n.id)).toEqual([idOf(31), idOf(30), idOf(29)]);
      expect(state.hasMore).toBe(false);
      expect(state.loadingMore).toBe(false);
    });

    it('asks for nothing when there is nothing older', () => {
      env.service.connect();
      const client = env.factory.latest();
      connectAndSubscribe(client);
      client.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(31) })], { hasMore: false }));

      env.service.loadMore();

      expect(client.sentTo(LIST)).toHaveLength(1);
    });
  });

  describe('reconnecting', () => {
    let first;

    beforeEach(() => {
      env.service.connect();
      first = env.factory.latest();
      connectAndSubscribe(first);
      first.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(41) }), aNotification({ id: idOf(40) })]));
    });

    it('waits a backoff delay before trying again after the connection is lost', () => {
      first.closeSocket();

      expect(env.service.getState().connection).toBe('reconnecting');
      expect(env.timers.delays()).toEqual([750]); // half the 1 s ceiling plus jitter (random 0.5)
      expect(env.factory.clients).toHaveLength(1);

      env.timers.runAll();

      expect(env.factory.clients).toHaveLength(2);
      expect(env.factory.latest().config.connectHeaders).toEqual({ Authorization: 'Bearer the-jwt' });
    });

    it('doubles the delay after every failed attempt, up to the maximum', () => {
      const delays = [];
      first.closeSocket();
      for (let i = 0; i < 7; i += 1) {
        delays.push(...env.timers.delays());
        env.timers.runAll();
        env.factory.latest().closeSocket(); // the attempt fails before CONNECTED
      }

      expect(delays).toEqual([750, 1500, 3000, 6000, 12000, 22500, 22500]); // ceilings 1,2,4,8,16,30,30 s
    });

    it('starts again from the shortest delay once a reconnection succeeded', () => {
      first.closeSocket();
      env.timers.runAll();
      env.factory.latest().closeSocket();
      expect(env.timers.delays()).toEqual([1500]);
      env.timers.runAll();
      const second = env.factory.latest();
      connectAndSubscribe(second);
      second.deliver(DESTINATIONS.list, page([]));

      second.closeSocket();

      expect(env.timers.delays()).toEqual([750]);
    });

    it('catches up with what came after the newest notification it holds, without duplicates', () => {
      first.closeSocket();
      env.timers.runAll();
      const second = env.factory.latest();
      connectAndSubscribe(second);

      expect(second.sentTo(LIST)).toEqual([{ after: idOf(41), limit: 100 }]);

      // one pushed live on the new connection before the catch-up answer, and sent again in it
      second.deliver(DESTINATIONS.notifications, aNotification({ id: idOf(42) }));
      second.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(42) }), aNotification({ id: idOf(43) })],
        { unreadCount: 4 }));

      const state = env.service.getState();
      expect(state.connection).toBe('connected');
      expect(state.items.map((n) => n.id)).toEqual([idOf(43), idOf(42), idOf(41), idOf(40)]);
      expect(state.unreadCount).toBe(4);
    });

    it('catches up from what it held before reconnecting, even if a notification is pushed while subscribing', () => {
      first.closeSocket();
      env.timers.runAll();
      const second = env.factory.latest();
      second.connected();

      // pushed as soon as the first subscription is active, while the others still await their receipt
      second.deliver(DESTINATIONS.notifications, aNotification({ id: idOf(45) }));
      second.acknowledgeSubscriptions();

      expect(second.sentTo(LIST)).toEqual([{ after: idOf(41), limit: 100 }]);

      second.deliver(DESTINATIONS.list, page([42, 43, 44, 45].map((n) => aNotification({ id: idOf(n) }))));

      expect(env.service.getState().items.map((n) => n.id))
        .toEqual([idOf(45), idOf(44), idOf(43), idOf(42), idOf(41), idOf(40)]);
    });

    it('keeps asking page after page until it has caught up', () => {
      first.closeSocket();
      env.timers.runAll();
      const second = env.factory.latest();
      connectAndSubscribe(second);

      second.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(42) }), aNotification({ id: idOf(43) })],
        { hasMore: true }));

      expect(env.service.getState().connection).toBe('reconnecting');
      expect(second.sentTo(LIST)).toEqual([{ after: idOf(41), limit: 100 }, { after: idOf(43), limit: 100 }]);

      second.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(44) })]));

      expect(env.service.getState().connection).toBe('connected');
      expect(env.service.getState().items.map((n) => n.id)).toEqual([idOf(44), idOf(43), idOf(42), idOf(41), idOf(40)]);
    });

    it('reconnects when the catch-up itself is refused', () => {
      first.closeSocket();
      env.timers.runAll();
      const second = env.factory.latest();
      connectAndSubscribe(second);

      second.deliver(DESTINATIONS.errors, { destination: LIST, status: 503, detail: 'the service is unavailable' });

      expect(second.deactivated).toBe(true);
      expect(env.service.getState().connection).toBe('reconnecting');
      expect(env.timers.count).toBe(1);
    });

    it('starts again from the newest page when the server no longer knows its catch-up cursor', () => {
      first.closeSocket();
      env.timers.runAll();
      const second = env.factory.latest();
      connectAndSubscribe(second);

      second.deliver(DESTINATIONS.errors, { destination: LIST, status: 400, detail: 'the cursor is not one of your notifications' });

      expect(second.deactivated).toBe(false);
      expect(second.sentTo(LIST)).toEqual([{ after: idOf(41), limit: 100 }, { limit: 20 }]);
      second.deliver(DESTINATIONS.list, page([aNotification({ id: 'ffffffff0000000000000002' })]));
      expect(env.service.getState().connection).toBe('connected');
      expect(env.service.getState().items.map((n) => n.id)).toEqual(['ffffffff0000000000000002']);
    });

    it('ignores whatever a replaced connection still reports', () => {
      first.closeSocket();
      env.timers.runAll();

      first.closeSocket();
      first.config.onConnect({ headers: {} });

      expect(env.timers.count).toBe(0);
      expect(env.service.getState().connection).toBe('reconnecting');
      expect(first.subscriptions).toHaveLength(5); // only those of its own first connection
    });

    it('retries after an ERROR frame that is not about the token', () => {
      first.stompError('SERVICE_UNAVAILABLE: the service is unavailable; try again later');

      expect(env.onAuthExpired).not.toHaveBeenCalled();
      expect(env.service.getState().connection).toBe('reconnecting');
      expect(env.timers.delays()).toEqual([750]);
    });

    it('goes offline with the browser and comes back at once when it is online again', () => {
      env.browser.goOffline();

      expect(first.deactivated).toBe(true);
      expect(env.service.getState().connection).toBe('offline');
      expect(env.timers.count).toBe(0);

      env.browser.goOnline();

      expect(env.factory.clients).toHaveLength(2);
      expect(env.service.getState().connection).toBe('reconnecting');
    });

    it('stops for good when disconnected', () => {
      first.closeSocket();

      env.service.disconnect();

      expect(env.timers.count).toBe(0);
      expect(env.service.getState().connection).toBe('offline');
      env.browser.goOnline();
      expect(env.factory.clients).toHaveLength(1);
    });
  });

  describe('a refused token', () => {
    it('calls onAuthExpired once and waits for a new token instead of trying the refused one again', () => {
      env.service.connect();
      const client = env.factory.latest();

      client.stompError('EXPIRED_TOKEN: the token has expired');

      expect(env.onAuthExpired).toHaveBeenCalledTimes(1);
      expect(env.onAuthExpired).toHaveBeenCalledWith('EXPIRED_TOKEN: the token has expired');
      expect(env.service.getState().connection).toBe('reconnecting');
      expect(env.timers.count).toBe(0);
      env.browser.goOffline();
      env.browser.goOnline();
      expect(env.factory.clients).toHaveLength(1);
    });

    it('connects with the renewed token and catches up with what was missed meanwhile', () => {
      env.service.connect();
      const first = env.factory.latest();
      connectAndSubscribe(first);
      first.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(1) })]));
      first.stompError('EXPIRED_TOKEN: the token has expired');

      env.service.useToken('the-renewed-jwt');

      const second = env.factory.latest();
      expect(env.factory.clients).toHaveLength(2);
      expect(second.config.connectHeaders.Authorization).toBe('Bearer the-renewed-jwt');
      connectAndSubscribe(second);
      expect(second.sentTo(LIST)).toEqual([{ after: idOf(1), limit: 100 }]);
    });

    it('treats the server closing a session at token expiry the same way', () => {
      env.service.connect();
      const client = env.factory.latest();
      connectAndSubscribe(client);
      client.deliver(DESTINATIONS.list, page([]));

      client.stompError('EXPIRED_TOKEN: the token has expired');

      expect(env.onAuthExpired).toHaveBeenCalledTimes(1);
      expect(env.timers.count).toBe(0);
    });

    it.each([
      'BAD_SIGNATURE: the token signature is not valid',
      'MALFORMED_TOKEN: the token is malformed',
      'INACTIVE_USER: the account is not active',
      'Token expired',
    ])('recognises "%s" as a refused token', (message) => {
      expect(isAuthRefusal(message)).toBe(true);
    });

    it.each(['SERVICE_UNAVAILABLE: try again later', 'SERVER_ERROR: the frame could not be processed'])(
      'does not take "%s" for a refused token', (message) => {
        expect(isAuthRefusal(message)).toBe(false);
      },
    );
  });
});

describe('backoffDelay', () => {
  const limits = { baseDelay: 1000, maxDelay: 30000 };

  it('stays within the upper half of a doubling ceiling', () => {
    expect(backoffDelay(0, limits, () => 0)).toBe(500);
    expect(backoffDelay(0, limits, () => 1)).toBe(1000);
    expect(backoffDelay(3, limits, () => 0)).toBe(4000);
    expect(backoffDelay(3, limits, () => 1)).toBe(8000);
  });

  it('never goes past the maximum', () => {
    expect(backoffDelay(20, limits, () => 1)).toBe(30000);
  });
});

describe('mergeNotifications', () => {
  it('keeps one entry per id, newest first, and a notification read on either side stays read', () => {
    const held = [aNotification({ id: idOf(3), read: true }), aNotification({ id: idOf(1) })];
    const incoming = [aNotification({ id: idOf(2) }), aNotification({ id: idOf(3), read: false })];

    const merged = mergeNotifications(held, incoming);

    expect(merged.map((n) => n.id)).toEqual([idOf(3), idOf(2), idOf(1)]);
    expect(merged[0].read).toBe(true);
  });
});

describe('webSocketUrl', () => {
  it('uses wss on https and ws on http, to the page\'s own host', () => {
    expect(webSocketUrl({ protocol: 'https:', host: 'leave.example:8443' })).toBe('wss://leave.example:8443/ws');
    expect(webSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws');
  });
});

describe('NotificationService with a token renewed while connected', () => {
  let env;
  let first;

  beforeEach(() => {
    ({ env, client: first } = connectedWith([aNotification({ id: idOf(1) }), aNotification({ id: idOf(2) })]));
  });

  it('moves the session to the new token without showing a break, and misses nothing', () => {
    const seen = [];
    env.service.subscribe((state) => seen.push(state.connection));

    env.service.useToken('the-renewed-jwt');
    const second = env.factory.latest();
    connectAndSubscribe(second);
    second.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(3) })]));

    expect(first.deactivated).toBe(true);
    expect(second.config.connectHeaders.Authorization).toBe('Bearer the-renewed-jwt');
    expect(second.sentTo(LIST)).toEqual([{ after: idOf(2), limit: 100 }]);
    expect(seen).not.toContain('reconnecting');
    expect(env.service.getState().items.map((n) => n.id)).toEqual([idOf(3), idOf(2), idOf(1)]);
  });

  it('holds what the user does meanwhile and sends it once connected', () => {
    env.service.useToken('the-renewed-jwt');
    const second = env.factory.latest();

    env.service.markRead(idOf(1));

    expect(env.service.getState().items.find((n) => n.id === idOf(1)).read).toBe(true);
    expect(second.sentTo('/app/notifications/mark-read')).toEqual([]);
    connectAndSubscribe(second);
    second.deliver(DESTINATIONS.list, page([]));
    expect(second.sentTo('/app/notifications/mark-read')).toEqual([{ id: idOf(1) }]);
  });

  it('shows the break after all when the new connection fails, and retries', () => {
    env.service.useToken('the-renewed-jwt');

    env.factory.latest().closeSocket();

    expect(env.service.getState().connection).toBe('reconnecting');
    expect(env.timers.count).toBe(1);
  });

  it('ignores the same token handed over twice', () => {
    env.service.useToken('the-jwt');

    expect(env.factory.clients).toHaveLength(1);
  });
});

describe('NotificationService keeping the inbox in step with other tabs and devices', () => {
  let env;
  let client;
  const held = () => env.service.getState().items;

  beforeEach(() => {
    ({ env, client } = connectedWith([
      aNotification({ id: idOf(3) }), aNotification({ id: idOf(2), read: true }), aNotification({ id: idOf(1) }),
    ]));
  });

  it('follows a read made in another tab', () => {
    client.deliver(DESTINATIONS.changes, { change: 'READ', ids: [idOf(3)], unreadCount: 1 });

    expect(held().find((n) => n.id === idOf(3)).read).toBe(true);
    expect(env.service.getState().unreadCount).toBe(1);
  });

  it('follows an unread, an archive and a read-all made elsewhere', () => {
    client.deliver(DESTINATIONS.changes, { change: 'UNREAD', ids: [idOf(2)], unreadCount: 3 });
    expect(held().find((n) => n.id === idOf(2)).read).toBe(false);

    client.deliver(DESTINATIONS.changes, { change: 'ARCHIVED', ids: [idOf(1)], unreadCount: 2 });
    expect(held().map((n) => n.id)).toEqual([idOf(3), idOf(2)]);

    client.deliver(DESTINATIONS.changes, { change: 'ALL_READ', ids: [], unreadCount: 0 });
    expect(held().every((n) => n.read)).toBe(true);
    expect(env.service.getState().unreadCount).toBe(0);
  });

  it('marks one unread on the server and on screen at once', () => {
    env.service.markUnread(idOf(2));

    expect(client.sentTo('/app/notifications/mark-unread')).toEqual([{ id: idOf(2) }]);
    expect(held().find((n) => n.id === idOf(2)).read).toBe(false);
    expect(env.service.getState().unreadCount).toBe(3);
  });

  it('archives, shows the archive and brings a notification back', () => {
    env.service.archive(idOf(3));
    expect(client.sentTo('/app/notifications/archive')).toEqual([{ id: idOf(3) }]);
    expect(held().map((n) => n.id)).toEqual([idOf(2), idOf(1)]);

    env.service.loadArchived();
    expect(client.sentTo(LIST).at(-1)).toEqual({ archived: true, limit: 20 });
    client.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(3), archived: true })]));
    expect(env.service.getState().archived.items.map((n) => n.id)).toEqual([idOf(3)]);

    env.service.unarchive(idOf(3));
    expect(client.sentTo('/app/notifications/unarchive')).toEqual([{ id: idOf(3) }]);
    expect(env.service.getState().archived.items).toEqual([]);
    expect(held().map((n) => n.id)).toEqual([idOf(3), idOf(2), idOf(1)]);
  });

  it('asks for the newest page again when a notification it does not hold is brought back elsewhere', () => {
    client.deliver(DESTINATIONS.changes, { change: 'UNARCHIVED', ids: [idOf(9)], unreadCount: 3 });

    expect(client.sentTo(LIST).at(-1)).toEqual({ limit: 20 });
    client.deliver(DESTINATIONS.list, page([aNotification({ id: idOf(9) })], { unreadCount: 3 }));
    expect(held().map((n) => n.id)[0]).toBe(idOf(9));
  });
});

describe('NotificationService trying again sooner', () => {
  let env;
  let first;

  beforeEach(() => {
    ({ env, client: first } = connectedWith([]));
    first.closeSocket();
  });

  it('tries at once on "Retry now", instead of waiting out the backoff', () => {
    expect(env.timers.count).toBe(1);

    env.service.retryNow();

    expect(env.factory.clients).toHaveLength(2);
    expect(env.timers.count).toBe(0);
    env.service.retryNow();
    expect(env.factory.clients).toHaveLength(2); // an attempt is under way: no second one
  });

  it('tries at once when the tab becomes visible again', () => {
    env.browser.hide();
    expect(env.factory.clients).toHaveLength(1);

    env.browser.show();

    expect(env.factory.clients).toHaveLength(2);
  });

  it('does not try while the browser is offline, nor once connected', () => {
    env.browser.goOffline();
    env.service.retryNow();
    expect(env.factory.clients).toHaveLength(1);

    env.browser.goOnline();
    connectAndSubscribe(env.factory.latest());
    env.factory.latest().deliver(DESTINATIONS.list, page([]));
    env.service.retryNow();
    expect(env.factory.clients).toHaveLength(2);
  });
});
