// Test helpers for whoever uses the NotificationService (@leave-notify/notification-client/testing): a fake
// STOMP client, hand-fired timers, a fake browser window and sample notifications. The package's own tests
// and the leave-notify web client's use them too.

/**
 * A stand-in for @stomp/stompjs' Client: it records what the service asks for (subscriptions with their
 * receipt headers, published frames, activation) and lets a test play the server's side.
 */
export class FakeStompClient {
  constructor(config) {
    this.config = config;
    this.active = false;
    this.deactivated = false;
    this.subscriptions = [];
    this.receiptWatchers = new Map();
    this.published = [];
  }

  activate() {
    this.active = true;
  }

  deactivate() {
    this.active = false;
    this.deactivated = true;
    return Promise.resolve();
  }

  watchForReceipt(id, callback) {
    this.receiptWatchers.set(id, callback);
  }

  subscribe(destination, callback, headers = {}) {
    const subscription = { destination, callback, headers };
    this.subscriptions.push(subscription);
    return { id: `sub-${this.subscriptions.length}`, unsubscribe: () => {} };
  }

  publish({ destination, body }) {
    this.published.push({ destination, body: body === undefined ? undefined : JSON.parse(body) });
  }

  // ---- the server's side

  /** The server answers CONNECT with CONNECTED. */
  connected() {
    this.config.onConnect({ headers: {} });
  }

  /** The server sends the RECEIPT of every SUBSCRIBE that asked for one. */
  acknowledgeSubscriptions() {
    for (const { headers } of this.subscriptions) {
      const watcher = this.receiptWatchers.get(headers.receipt);
      if (watcher) {
        this.receiptWatchers.delete(headers.receipt);
        watcher({ headers: { 'receipt-id': headers.receipt } });
      }
    }
  }

  /** A MESSAGE on a destination the client subscribed to. */
  deliver(destination, payload) {
    const subscription = this.subscriptions.find((s) => s.destination === destination);
    if (!subscription) throw new Error(`not subscribed to ${destination}`);
    subscription.callback({ body: JSON.stringify(payload), headers: { destination } });
  }

  /** An ERROR frame, then the server closes the socket. */
  stompError(message) {
    this.config.onStompError({ headers: { message }, body: message });
    this.config.onWebSocketClose({ code: 1002 });
  }

  /** The socket goes away (network cut, server restart). */
  closeSocket() {
    this.config.onWebSocketClose({ code: 1006 });
  }

  sentTo(destination) {
    return this.published.filter((p) => p.destination === destination).map((p) => p.body);
  }
}

/** Makes fake clients for a service and keeps every one it made, newest last. */
export function fakeClientFactory() {
  const clients = [];
  const create = (config) => {
    const client = new FakeStompClient(config);
    clients.push(client);
    return client;
  };
  return { create, clients, latest: () => clients[clients.length - 1] };
}

/** Timers the test fires by hand; it sees every delay asked for. */
export function manualTimers() {
  let next = 1;
  const pending = new Map();
  return {
    setTimeout(fn, ms) {
      const id = next++;
      pending.set(id, { fn, ms });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    delays() {
      return [...pending.values()].map((t) => t.ms);
    },
    runAll() {
      const due = [...pending.entries()];
      pending.clear();
      due.forEach(([, t]) => t.fn());
    },
    get count() {
      return pending.size;
    },
  };
}

/** A browser window whose online state the test switches. */
export function fakeBrowser() {
  const target = new EventTarget();
  target.navigator = { onLine: true };
  target.goOffline = () => {
    target.navigator.onLine = false;
    target.dispatchEvent(new Event('offline'));
  };
  target.goOnline = () => {
    target.navigator.onLine = true;
    target.dispatchEvent(new Event('online'));
  };
  const page = new EventTarget();
  page.visibilityState = 'visible';
  target.document = page;
  target.hide = () => {
    page.visibilityState = 'hidden';
    page.dispatchEvent(new Event('visibilitychange'));
  };
  target.show = () => {
    page.visibilityState = 'visible';
    page.dispatchEvent(new Event('visibilitychange'));
  };
  return target;
}

let sequence = 0;

/** A notification as the server sends it; ids are 24 hex characters that sort in creation order. */
export function aNotification(overrides = {}) {
  sequence += 1;
  const id = overrides.id ?? sequence.toString(16).padStart(24, '0');
  return {
    id,
    recipientId: 'bob',
    type: 'LEAVE_REQUEST_SUBMITTED',
    title: `Leave request ${id.slice(-4)}`,
    message: 'Alice Archer asked for annual leave',
    leaveRequestId: `lr-${id.slice(-4)}`,
    actor: { id: 'alice', displayName: 'Alice Archer' },
    createdAt: '2026-11-26T10:00:00Z',
    read: false,
    readAt: null,
    ...overrides,
  };
}

export function idOf(n) {
  return n.toString(16).padStart(24, '0');
}
