import { Client } from '@stomp/stompjs';

/** @typedef {import('../types/payloads.js').Notification} Notification */
/** @typedef {import('../types/payloads.js').NotificationPage} NotificationPage */
/** @typedef {import('../types/payloads.js').InboxChange} InboxChange */
/** @typedef {import('../types/payloads.js').ErrorReply} ErrorReply */

/**
 * What the service holds and publishes to its listeners; a new object on every change.
 *
 * @typedef {object} NotificationState
 * @property {'connecting' | 'connected' | 'reconnecting' | 'offline'} connection
 * @property {readonly Notification[]} items the inbox held, newest first, one entry per id
 * @property {number} unreadCount as the server last said, adjusted at once by this client's own actions
 * @property {boolean} hasMore whether older notifications than the oldest held exist (see loadMore)
 * @property {boolean} loadingMore
 * @property {string | null} error the detail of the last refused command or failed catch-up, until dismissed
 * @property {{ seq: number, notification: Notification } | null} lastLive the last notification that arrived live
 * @property {readonly { seq: number, notification: Notification }[]} recentLive the last 20 of them, newest first
 * @property {number} revision goes up whenever notifications the client did not hold arrive
 * @property {number | null} retryInMs when the next connection attempt is due, while waiting for it
 * @property {{ items: readonly Notification[], hasMore: boolean, loaded: boolean, loading: boolean }} archived
 */

/**
 * @typedef {object} NotificationServiceOptions
 * @property {string} token the access token (POST /api/auth/login), sent in the CONNECT frame
 * @property {string} [url] the WebSocket URL; by default /ws on the page's own origin
 * @property {() => void} [onAuthExpired] called when the server refuses the token; answer with useToken(newToken)
 * @property {(config: object) => object} [createClient] makes the STOMP client: stompjs' Client by default, a stand-in in tests (./testing)
 * @property {{ setTimeout: Function, clearTimeout: Function }} [timers]
 * @property {() => number} [random] for the reconnection jitter
 * @property {object} [environment] the window whose online, offline and visibility events are followed
 * @property {number} [pageSize] notifications per page (20)
 * @property {number} [baseDelay] first reconnection delay in ms (1000), doubling up to maxDelay
 * @property {number} [maxDelay] longest reconnection delay in ms (30000)
 * @property {number} [connectionTimeout] ms to wait for CONNECTED (10000)
 * @property {number} [heartbeat] STOMP heart-beat in ms, both ways (10000)
 * @property {(message: string) => void} [debug]
 */

/** The user destinations of the STOMP contract (CONTRACT.md, "Notifications"). */
export const DESTINATIONS = Object.freeze({
  notifications: '/user/queue/notifications',
  unreadCount: '/user/queue/notifications/unread-count',
  list: '/user/queue/notifications/list',
  errors: '/user/queue/errors',
  changes: '/user/queue/notifications/changes',
});

const LIST = '/app/notifications';
const MARK_READ = '/app/notifications/mark-read';
const MARK_ALL_READ = '/app/notifications/mark-all-read';
const MARK_UNREAD = '/app/notifications/mark-unread';
const ARCHIVE = '/app/notifications/archive';
const UNARCHIVE = '/app/notifications/unarchive';
const CATCH_UP_LIMIT = 100;

/**
 * The codes the server puts first in an ERROR frame ("CODE: explanation") when it refuses the token.
 * The same token cannot succeed again, so the service waits for a renewed one instead of reconnecting.
 */
const AUTH_REFUSALS = new Set([
  'MISSING_TOKEN', 'MALFORMED_TOKEN', 'UNSIGNED_TOKEN', 'BAD_SIGNATURE', 'EXPIRED_TOKEN',
  'NOT_YET_VALID_TOKEN', 'LIFETIME_TOO_LONG', 'WRONG_ISSUER', 'WRONG_AUDIENCE', 'INACTIVE_USER', 'REVOKED_TOKEN',
]);

/**
 * Whether the text of an ERROR frame says that the token was refused (expired, forged, ...).
 *
 * @param {unknown} message
 * @returns {boolean}
 */
export function isAuthRefusal(message) {
  const text = String(message ?? '');
  const code = text.split(':', 1)[0].trim();
  return AUTH_REFUSALS.has(code) || /expired|token/i.test(text);
}

/**
 * Exponential backoff with jitter: the ceiling doubles with every failed attempt up to maxDelay, and the
 * delay is drawn from the upper half of it, so clients cut off together do not come back together.
 *
 * @param {number} attempt
 * @param {{ baseDelay: number, maxDelay: number }} limits
 * @param {() => number} [random]
 * @returns {number} milliseconds
 */
export function backoffDelay(attempt, { baseDelay, maxDelay }, random = Math.random) {
  const ceiling = Math.min(maxDelay, baseDelay * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * ws:// or wss:// to the page's own origin.
 *
 * @param {{ protocol: string, host: string }} [location]
 * @param {string} [path]
 * @returns {string}
 */
export function webSocketUrl(location = globalThis.location, path = '/ws') {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}

/**
 * Held notifications plus incoming ones: one entry per id, newest first. Ids sort in creation order
 * (CONTRACT.md). A notification read on either side stays read.
 *
 * @param {readonly Notification[]} held
 * @param {readonly Notification[]} incoming
 * @returns {Notification[]}
 */
export function mergeNotifications(held, incoming) {
  const byId = new Map(held.map((n) => [n.id, n]));
  for (const n of incoming) {
    const known = byId.get(n.id);
    byId.set(n.id, known ? { ...known, ...n, read: known.read || n.read, readAt: known.readAt ?? n.readAt } : n);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

function newestId(items) {
  return items.reduce((newest, n) => (newest === null || n.id > newest ? n.id : newest), null);
}

/**
 * @param {import('@stomp/stompjs').StompConfig} config
 * @returns {import('@stomp/stompjs').Client}
 */
export function createStompClient(config) {
  return new Client(config);
}

/** @type {NotificationState} */
const INITIAL_STATE = Object.freeze({
  connection: 'offline', // 'connecting' (first attempt) | 'connected' | 'reconnecting' | 'offline'
  items: [],
  unreadCount: 0,
  hasMore: false,
  loadingMore: false,
  error: null,
  lastLive: null, // { seq, notification }: the last notification that arrived live
  recentLive: Object.freeze([]), // the last 20 of them, newest first (a burst may arrive between two renders)
  revision: 0, // goes up whenever notifications the client did not hold arrive (live or caught up)
  retryInMs: null,
  archived: Object.freeze({ items: [], hasMore: false, loaded: false, loading: false }),
});

/**
 * The user's notification feed over STOMP. It connects to /ws with the token in the CONNECT frame,
 * subscribes to the four user destinations and waits for the server's RECEIPT for each, then asks for
 * what it has not seen: on the first connection the newest page, after a reconnection everything after
 * the newest id it holds (page after page), so no notification is missed and none is shown twice.
 *
 * A lost connection is retried on its own timer with exponential backoff and jitter (stompjs' own
 * reconnection is switched off); while the browser says it is offline, nothing is tried until it is back.
 * An ERROR frame that refuses the token (the server closes a session when its token expires or is revoked)
 * pauses the service and calls onAuthExpired, which is expected to renew the session and hand the new token
 * over with useToken; the service then connects with it and catches up. useToken while connected moves the
 * session to the new token without showing a break: the reconnection is quiet (the state stays 'connected',
 * actions wait for it) and catches up from the newest notification held, so nothing is missed.
 *
 * State changes are published to listeners (subscribe/getState), for React through useNotifications.
 */
export class NotificationService {
  #options;
  #state = INITIAL_STATE;
  #listeners = new Set();
  #client = null;
  #generation = 0;
  #attempt = 0;
  #retryTimer = null;
  #pending = [];
  #started = false;
  #everConnected = false;
  #liveSeq = 0;
  #awaitingToken = false;
  #quiet = false;
  #queued = [];

  /** @param {NotificationServiceOptions} options */
  constructor({
    token,
    url = webSocketUrl(),
    onAuthExpired = () => {},
    createClient = createStompClient,
    timers = globalThis,
    random = Math.random,
    environment = globalThis.window,
    pageSize = 20,
    baseDelay = 1000,
    maxDelay = 30000,
    connectionTimeout = 10000,
    heartbeat = 10000,
    debug = () => {},
  }) {
    this.#options = {
      token, url, onAuthExpired, createClient, timers, random, environment, pageSize, baseDelay, maxDelay,
      connectionTimeout, heartbeat, debug,
    };
  }

  // ---- what callers use

  /** The current state. */
  getState = () => this.#state;

  /**
   * Calls {@code listener} with the new state after every change; returns what stops it.
   *
   * @param {(state: NotificationState) => void} listener
   * @returns {() => void}
   */
  subscribe = (listener) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Starts: connects, subscribes, catches up, and from then on keeps the session alive. */
  connect() {
    if (this.#started) return;
    this.#started = true;
    this.#options.environment?.addEventListener?.('offline', this.#onBrowserOffline);
    this.#options.environment?.addEventListener?.('online', this.#onBrowserOnline);
    this.#options.environment?.document?.addEventListener?.('visibilitychange', this.#onVisible);
    if (this.#browserOffline()) {
      this.#update({ connection: 'offline' });
    } else {
      this.#open();
    }
  }

  /** Tries to connect now instead of at the end of the backoff ("Retry now"). */
  retryNow() {
    if (!this.#started || this.#awaitingToken || this.#browserOffline()) return;
    const { connection } = this.#state;
    if (connection === 'connected' || (connection === 'connecting' && this.#retryTimer === null)) return;
    if (this.#retryTimer === null && this.#client !== null) return; // an attempt is under way
    this.#attempt = 0;
    this.#open();
  }

  /**
   * Moves the session to a new access token (see the class comment).
   *
   * @param {string} token
   */
  useToken(token) {
    if (!token || token === this.#options.token) return;
    this.#options.token = token;
    if (!this.#started || this.#browserOffline()) return;
    if (this.#awaitingToken) {
      this.#awaitingToken = false;
      this.#open();
    } else if (this.#state.connection === 'connected') {
      this.#open({ quiet: true });
    }
    // otherwise the next attempt, already scheduled, uses the new token
  }

  /** Stops: closes the session and forgets no notification held. */
  disconnect() {
    if (!this.#started) return;
    this.#started = false;
    this.#awaitingToken = false;
    this.#quiet = false;
    this.#queued = [];
    this.#options.environment?.removeEventListener?.('offline', this.#onBrowserOffline);
    this.#options.environment?.removeEventListener?.('online', this.#onBrowserOnline);
    this.#options.environment?.document?.removeEventListener?.('visibilitychange', this.#onVisible);
    this.#cancelRetry();
    this.#closeClient();
    this.#update({ connection: 'offline', retryInMs: null });
  }

  /**
   * Marks one notification read, at once on screen; the server then pushes the new unread count.
   *
   * @param {string} id
   */
  markRead(id) {
    const target = this.#state.items.find((n) => n.id === id);
    if (!target || target.read) return;
    if (!this.#send(MARK_READ, { id })) return;
    this.#update({
      items: this.#state.items.map((n) => (n.id === id ? { ...n, read: true, readAt: new Date().toISOString() } : n)),
      unreadCount: Math.max(0, this.#state.unreadCount - 1),
    });
  }

  /** Marks every notification read; every session of the user follows. */
  markAllRead() {
    if (!this.#send(MARK_ALL_READ, {})) return;
    this.#markAllHeldRead();
  }

  /** Asks for the page older than the oldest notification held (scrolling back). */
  loadMore() {
    const { items, hasMore, loadingMore, connection } = this.#state;
    if (!hasMore || loadingMore || connection !== 'connected' || this.#quiet || items.length === 0) return;
    this.#requestList({ before: items[items.length - 1].id, limit: this.#options.pageSize }, 'older');
    this.#update({ loadingMore: true });
  }

  /**
   * Marks one notification unread again; every tab and device follows through the changes destination.
   *
   * @param {string} id
   */
  markUnread(id) {
    const target = this.#state.items.find((n) => n.id === id);
    if (!target || !target.read) return;
    if (!this.#send(MARK_UNREAD, { id })) return;
    this.#applyChange({ change: 'UNREAD', ids: [id], unreadCount: this.#state.unreadCount + 1 });
  }

  /**
   * Moves one notification out of the inbox into the archive.
   *
   * @param {string} id
   */
  archive(id) {
    if (!this.#state.items.some((n) => n.id === id)) return;
    if (!this.#send(ARCHIVE, { id })) return;
    const target = this.#state.items.find((n) => n.id === id);
    this.#applyChange({ change: 'ARCHIVED', ids: [id],
      unreadCount: Math.max(0, this.#state.unreadCount - (target.read ? 0 : 1)) });
  }

  /**
   * Brings one archived notification back into the inbox.
   *
   * @param {string} id
   */
  unarchive(id) {
    const target = this.#state.archived.items.find((n) => n.id === id);
    if (!target) return;
    if (!this.#send(UNARCHIVE, { id })) return;
    this.#applyChange({ change: 'UNARCHIVED', ids: [id],
      unreadCount: this.#state.unreadCount + (target.read ? 0 : 1) });
  }

  /** Asks for the newest page of the archive (the archive tab); again for the next older page. */
  loadArchived() {
    const { archived, connection } = this.#state;
    if (archived.loading || connection !== 'connected' || this.#quiet) return;
    const oldest = archived.loaded && archived.items.length > 0 ? archived.items[archived.items.length - 1].id : null;
    if (archived.loaded && (!archived.hasMore || oldest === null)) return;
    const request = { archived: true, limit: this.#options.pageSize };
    if (oldest !== null) request.before = oldest;
    this.#requestList(request, 'archived');
    this.#update({ archived: { ...archived, loading: true } });
  }

  /** Clears the error shown. */
  dismissError() {
    this.#update({ error: null });
  }

  // ---- connection lifecycle

  #open({ quiet = false } = {}) {
    this.#cancelRetry();
    this.#closeClient();
    this.#quiet = quiet;
    const generation = ++this.#generation;
    const current = (handler) => (...args) => {
      if (generation === this.#generation) handler(...args);
    };
    const { token, url, createClient, connectionTimeout, heartbeat, debug } = this.#options;
    this.#pending = [];
    if (!quiet) {
      this.#update({ connection: this.#everConnected ? 'reconnecting' : 'connecting', retryInMs: null });
    }
    this.#client = createClient({
      brokerURL: url,
      connectHeaders: { Authorization: `Bearer ${token}` },
      reconnectDelay: 0, // reconnection is ours: backoff with jitter, and a catch-up after it
      connectionTimeout,
      heartbeatIncoming: heartbeat,
      heartbeatOutgoing: heartbeat,
      debug,
      onConnect: current(() => this.#onConnected(generation)),
      onStompError: current((frame) => this.#onStompError(frame)),
      onWebSocketClose: current(() => this.#onConnectionLost()),
      onWebSocketError: () => {}, // a close event always follows
    });
    this.#client.activate();
  }

  #onConnected(generation) {
    const client = this.#client;
    // The catch-up cursor is what was held before this connection: a notification pushed live while the
    // subscriptions are being confirmed must not move it past the ones missed while offline.
    const heldBefore = newestId(this.#state.items);
    const handlers = {
      [DESTINATIONS.notifications]: (body) => this.#onLiveNotification(body),
      [DESTINATIONS.unreadCount]: (body) => this.#onUnreadCount(body.unreadCount),
      [DESTINATIONS.list]: (body) => this.#onListReply(body),
      [DESTINATIONS.errors]: (body) => this.#onErrorReply(body),
      [DESTINATIONS.changes]: (body) => this.#applyChange(body),
    };
    let awaited = Object.keys(handlers).length;
    Object.entries(handlers).forEach(([destination, handle], index) => {
      const receipt = `subscribed-${generation}-${index}`;
      client.watchForReceipt(receipt, () => {
        if (generation !== this.#generation) return;
        awaited -= 1;
        // Every subscription is active: whatever is created from now on is pushed, so asking now leaves no gap.
        if (awaited === 0) this.#catchUp(heldBefore);
      });
      client.subscribe(destination, (message) => {
        if (generation === this.#generation) handle(JSON.parse(message.body));
      }, { receipt });
    });
  }

  #catchUp(newest) {
    if (newest === null) {
      this.#requestList({ limit: this.#options.pageSize }, 'first');
    } else {
      this.#requestList({ after: newest, limit: CATCH_UP_LIMIT }, 'newer');
    }
  }

  #onStompError(frame) {
    const message = frame?.headers?.message || frame?.body || 'the server closed the connection';
    if (isAuthRefusal(message)) {
      this.#cancelRetry();
      this.#closeClient();
      this.#pending = [];
      this.#quiet = false;
      this.#awaitingToken = true;
      this.#update({ connection: 'reconnecting', retryInMs: null, loadingMore: false });
      this.#options.onAuthExpired(message);
      return;
    }
    this.#onConnectionLost();
  }

  #onConnectionLost() {
    this.#closeClient();
    this.#pending = [];
    this.#quiet = false;
    this.#dropQueued();
    if (!this.#started || this.#awaitingToken) return;
    if (this.#browserOffline()) {
      this.#update({ connection: 'offline', loadingMore: false, retryInMs: null });
      return;
    }
    const delay = backoffDelay(this.#attempt, this.#options, this.#options.random);
    this.#attempt += 1;
    this.#update({ connection: 'reconnecting', loadingMore: false, retryInMs: delay });
    this.#retryTimer = this.#options.timers.setTimeout(() => {
      this.#retryTimer = null;
      this.#open();
    }, delay);
  }

  #dropQueued() {
    if (this.#queued.length > 0) {
      this.#queued = [];
      this.#update({ error: 'Not connected: try again when the connection is back.' });
    }
  }

  #onBrowserOffline = () => {
    if (!this.#started) return;
    this.#quiet = false;
    this.#dropQueued();
    this.#cancelRetry();
    this.#closeClient();
    this.#pending = [];
    this.#update({ connection: 'offline', loadingMore: false, retryInMs: null });
  };

  /** A tab that becomes visible again tries at once rather than waiting out its backoff. */
  #onVisible = () => {
    if (this.#options.environment?.document?.visibilityState === 'visible') this.retryNow();
  };

  #onBrowserOnline = () => {
    if (!this.#started || this.#awaitingToken || this.#state.connection === 'connected') return;
    this.#attempt = 0;
    this.#open();
  };

  #browserOffline() {
    return this.#options.environment?.navigator?.onLine === false;
  }

  #cancelRetry() {
    if (this.#retryTimer !== null) {
      this.#options.timers.clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
    }
  }

  #closeClient() {
    const client = this.#client;
    this.#client = null;
    this.#generation += 1; // whatever the old client still reports is ignored
    if (client) {
      Promise.resolve(client.deactivate()).catch(() => {});
    }
  }

  // ---- frames

  #send(destination, body) {
    if (this.#quiet && this.#state.connection === 'connected') {
      this.#queued.push({ destination, body });
      return true;
    }
    if (!this.#client || this.#state.connection !== 'connected') {
      this.#update({ error: 'Not connected: try again when the connection is back.' });
      return false;
    }
    this.#client.publish({ destination, body: JSON.stringify(body) });
    return true;
  }

  #requestList(body, kind) {
    this.#pending.push(kind);
    this.#client.publish({ destination: LIST, body: JSON.stringify(body) });
  }

  #onListReply(page) {
    const kind = this.#pending.shift();
    if (kind === 'archived') {
      const { archived } = this.#state;
      this.#update({
        archived: { items: mergeNotifications(archived.items, page.items), hasMore: page.hasMore, loaded: true,
          loading: false },
        unreadCount: page.unreadCount,
      });
      return;
    }
    if (kind === 'refresh') {
      this.#update({ items: mergeNotifications(this.#state.items, page.items), unreadCount: page.unreadCount });
      return;
    }
    const items = mergeNotifications(this.#state.items, page.items);
    const arrived = items.length > this.#state.items.length;
    const changes = {
      items,
      unreadCount: page.unreadCount,
      revision: this.#state.revision + (arrived ? 1 : 0),
    };
    if (kind === 'first' || kind === 'older') {
      changes.hasMore = page.hasMore;
    }
    if (kind === 'older') {
      changes.loadingMore = false;
    }
    if (kind === 'newer' && page.hasMore && page.items.length > 0) {
      this.#update(changes);
      this.#requestList({ after: newestId(page.items), limit: CATCH_UP_LIMIT }, 'newer');
      return;
    }
    if (kind === 'first' || kind === 'newer') {
      this.#attempt = 0;
      this.#everConnected = true;
      changes.connection = 'connected';
    }
    this.#update(changes);
    if ((kind === 'first' || kind === 'newer') && this.#quiet) {
      this.#quiet = false;
      const queued = this.#queued;
      this.#queued = [];
      queued.forEach(({ destination, body: frame }) => this.#client.publish({ destination, body: JSON.stringify(frame) }));
    }
  }

  #onLiveNotification(notification) {
    if (this.#state.items.some((n) => n.id === notification.id)) return;
    this.#liveSeq += 1;
    this.#update({
      items: mergeNotifications(this.#state.items, [notification]),
      lastLive: { seq: this.#liveSeq, notification },
      recentLive: [{ seq: this.#liveSeq, notification }, ...this.#state.recentLive].slice(0, 20),
      revision: this.#state.revision + 1,
    });
  }

  /**
   * A change of read or archived state, made in this tab or any other session of the user
   * ({@code /user/queue/notifications/changes}), so that every tab and device shows the same.
   */
  #applyChange({ change, ids = [], unreadCount }) {
    const chosen = new Set(ids);
    const now = new Date().toISOString();
    const { items, archived } = this.#state;
    const changes = {};
    switch (change) {
      case 'READ':
        changes.items = items.map((n) => (chosen.has(n.id) && !n.read ? { ...n, read: true, readAt: now } : n));
        break;
      case 'UNREAD':
        changes.items = items.map((n) => (chosen.has(n.id) && n.read ? { ...n, read: false, readAt: null } : n));
        break;
      case 'ALL_READ':
        changes.items = items.map((n) => (n.read ? n : { ...n, read: true, readAt: now }));
        break;
      case 'ARCHIVED': {
        const moved = items.filter((n) => chosen.has(n.id)).map((n) => ({ ...n, archived: true, archivedAt: now }));
        changes.items = items.filter((n) => !chosen.has(n.id));
        if (archived.loaded) changes.archived = { ...archived, items: mergeNotifications(archived.items, moved) };
        break;
      }
      case 'UNARCHIVED': {
        const moved = archived.items.filter((n) => chosen.has(n.id))
          .map((n) => ({ ...n, archived: false, archivedAt: null }));
        changes.archived = { ...archived, items: archived.items.filter((n) => !chosen.has(n.id)) };
        changes.items = mergeNotifications(items, moved);
        if (moved.length < chosen.size && this.#client && this.#state.connection === 'connected' && !this.#quiet) {
          // brought back elsewhere: this tab did not hold it in its archive, so it asks for the newest page again
          this.#requestList({ limit: this.#options.pageSize }, 'refresh');
        }
        break;
      }
      default:
        return;
    }
    if (Number.isInteger(unreadCount)) changes.unreadCount = unreadCount;
    this.#update(changes);
  }

  #onUnreadCount(count) {
    if (count === 0) {
      this.#markAllHeldRead();
    } else {
      this.#update({ unreadCount: count });
    }
  }

  #markAllHeldRead() {
    const now = new Date().toISOString();
    this.#update({
      items: this.#state.items.map((n) => (n.read ? n : { ...n, read: true, readAt: now })),
      unreadCount: 0,
    });
  }

  #onErrorReply(reply) {
    if (reply.destination === LIST) {
      const kind = this.#pending.shift();
      if (kind === 'newer' && reply.status === 400) {
        // The cursor names none of our notifications any more (the server moved the feed to a new epoch
        // on an upgrade, or retention removed that notification): what we hold cannot be continued, so
        // start again from the newest page, as on a first connection.
        this.#update({ items: [], error: null });
        this.#requestList({ limit: this.#options.pageSize }, 'first');
        return;
      }
      if (kind === 'first' || kind === 'newer') {
        // Not caught up: a fresh connection (with backoff) asks again.
        this.#update({ error: reply.detail });
        this.#onConnectionLost();
        return;
      }
      this.#update({ error: reply.detail, loadingMore: false });
      return;
    }
    this.#update({ error: reply.detail });
  }

  #update(changes) {
    this.#state = { ...this.#state, ...changes };
    this.#listeners.forEach((listener) => listener(this.#state));
  }
}
