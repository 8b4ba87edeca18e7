import { ApiError, logIn as postLogin, refreshSession, logOut as postLogout } from './api.js';

const USERNAME_KEY = 'leave-notify.username';
const CHANNEL = 'leave-notify.session';
const LOCK = 'leave-notify.refresh';

function claimsOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')));
  } catch {
    return {};
  }
}

/** A logged-in session from a login or refresh answer: the token, who it is for and their roles (read, not trusted). */
export function sessionFrom(username, answer) {
  const claims = claimsOf(answer.accessToken);
  return {
    token: answer.accessToken,
    expiresAt: answer.expiresAt,
    userId: claims.sub ?? username,
    username: username ?? claims.sub,
    roles: Array.isArray(claims.roles) ? claims.roles : [],
  };
}

/**
 * What to tell someone whose session ended, by the code of the refusal (../shared/CONTRACT.md, "Sessions").
 * Null when there is nothing to explain (no session was ever started in this browser).
 */
export function endedBecause(code) {
  switch (code) {
    case 'MISSING_REFRESH_TOKEN':
    case 'UNKNOWN_REFRESH_TOKEN':
      return null;
    case 'EXPIRED_REFRESH_TOKEN':
      return 'You were signed out after a long time without activity. Please log in again.';
    case 'SESSION_ENDED':
      return 'You were signed out (you logged out in another tab or window). Please log in again.';
    case 'REUSED_REFRESH_TOKEN':
      return 'You were signed out for safety: your session was used from two places at once. Please log in again.';
    case 'REVOKED_TOKEN':
      return 'You were signed out because your password or roles changed, or your account was deactivated. '
        + 'Please log in again.';
    default:
      return 'Your session has ended. Please log in again.';
  }
}

/** When to renew a token that expires at expiresAt: a minute before, or a quarter of its life for short ones. */
export function renewalDelay(expiresAt, now) {
  const left = Date.parse(expiresAt) - now;
  const ahead = Math.min(60_000, Math.max(left / 4, 0));
  return Math.max(0, left - ahead);
}

function defaultLocks() {
  const locks = globalThis.navigator?.locks;
  if (locks?.request) return (name, task) => locks.request(name, task);
  return (name, task) => task();
}

function defaultChannel() {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

/**
 * The browser's sign-in, shared by every tab: short access tokens renewed silently before they expire
 * through the refresh cookie (which no script can read), a new tab signed in from that cookie without a
 * login, and logout that reaches every tab. Renewals are serialised across tabs with a Web Lock, so that two
 * tabs never present the same refresh token (the server would take it for theft and end the sign-in); a
 * renewed token is handed to the other tabs over a BroadcastChannel.
 *
 * State: { status: 'resuming' | 'signed-in' | 'signed-out', session, notice }.
 */
export class SessionManager {
  #options;
  #state = { status: 'resuming', session: null, notice: null };
  #listeners = new Set();
  #timer = null;
  #renewing = null;
  #failures = 0;

  constructor({
    fetchImpl = globalThis.fetch?.bind(globalThis),
    timers = globalThis,
    now = () => Date.now(),
    locks = defaultLocks(),
    channel = defaultChannel(),
    storage = globalThis.localStorage,
    retryDelay = 5_000,
  } = {}) {
    this.#options = { fetchImpl, timers, now, locks, channel, storage, retryDelay };
    channel?.addEventListener?.('message', (event) => this.#onMessage(event.data));
  }

  getState = () => this.#state;

  subscribe = (listener) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The current access token (null when signed out). */
  token = () => this.#state.session?.token ?? null;

  /** On page load: signs in from the refresh cookie if the browser has one, quietly otherwise. */
  async resume() {
    const renewed = await this.renew({ quiet: true });
    if (!renewed && this.#state.status === 'resuming') this.#update({ status: 'signed-out' });
  }

  async signIn(username, password, newPassword = undefined) {
    const answer = await postLogin(username, password, this.#options.fetchImpl, newPassword);
    this.#remember(username);
    const session = sessionFrom(username, answer);
    this.#adopt(session, null);
    this.#post({ type: 'signed-in', session });
    return session;
  }

  /** Ends this browser's sign-in, here and in every other tab. */
  async signOut() {
    this.#cancelTimer();
    this.#update({ status: 'signed-out', session: null, notice: null });
    this.#post({ type: 'signed-out' });
    try {
      await postLogout(this.#options.fetchImpl);
    } catch {
      // the cookie is removed by the server when it can be reached; the session is over on screen anyway
    }
  }

  /**
   * A new access token now (before expiry, after a 401, after the STOMP session was closed for its token).
   * Resolves to the new token, or null when the session is over (the state then says why). Concurrent calls
   * share one renewal; the lock makes other tabs wait for it.
   */
  renew({ quiet = false } = {}) {
    if (!this.#renewing) {
      this.#renewing = this.#renewUnderLock(quiet).finally(() => {
        this.#renewing = null;
      });
    }
    return this.#renewing;
  }

  async #renewUnderLock(quiet) {
    const before = this.token();
    return this.#options.locks(LOCK, async () => {
      // Another tab may have renewed while this one waited for the lock and told us so.
      const current = this.#state.session;
      if (current && current.token !== before && this.#fresh(current)) return current.token;
      try {
        const answer = await refreshSession(this.#options.fetchImpl);
        const session = sessionFrom(this.#rememberedUsername(), answer);
        this.#failures = 0;
        this.#adopt(session, null);
        this.#post({ type: 'renewed', session });
        return session.token;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          this.#end(endedBecause(error.code));
          return null;
        }
        // The server could not be reached or failed: keep the token while it lasts and try again soon.
        this.#failures += 1;
        if (!this.#state.session) {
          this.#update({ status: 'signed-out', notice: quiet ? null : error.message });
          return null;
        }
        this.#schedule(Math.min(this.#options.retryDelay * this.#failures, renewalDelay(
          this.#state.session.expiresAt, this.#options.now()) || this.#options.retryDelay));
        return this.#fresh(this.#state.session) ? this.#state.session.token : null;
      }
    });
  }

  #fresh(session) {
    return Date.parse(session.expiresAt) - this.#options.now() > 5_000;
  }

  #adopt(session, notice) {
    this.#update({ status: 'signed-in', session, notice });
    this.#schedule(renewalDelay(session.expiresAt, this.#options.now()));
  }

  #end(notice) {
    this.#cancelTimer();
    this.#update({ status: 'signed-out', session: null, notice });
  }

  #onMessage(message) {
    if (!message || typeof message !== 'object') return;
    if ((message.type === 'renewed' || message.type === 'signed-in') && message.session?.token) {
      if (this.#state.session && message.session.userId !== this.#state.session.userId
        && message.type === 'renewed') return;
      this.#adopt(message.session, null);
    } else if (message.type === 'signed-out' && this.#state.status !== 'signed-out') {
      this.#end('You logged out in another tab or window.');
    }
  }

  #schedule(delay) {
    this.#cancelTimer();
    this.#timer = this.#options.timers.setTimeout(() => {
      this.#timer = null;
      this.renew();
    }, delay);
  }

  #cancelTimer() {
    if (this.#timer !== null) {
      this.#options.timers.clearTimeout(this.#timer);
      this.#timer = null;
    }
  }

  #post(message) {
    try {
      this.#options.channel?.postMessage(message);
    } catch {
      // a closed channel: other tabs learn at their next renewal
    }
  }

  #remember(username) {
    try {
      this.#options.storage?.setItem(USERNAME_KEY, username);
    } catch {
      // storage may be unavailable (private mode): the name falls back to the id in the token
    }
  }

  #rememberedUsername() {
    try {
      return this.#options.storage?.getItem(USERNAME_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }

  #update(changes) {
    this.#state = { ...this.#state, ...changes };
    this.#listeners.forEach((listener) => listener(this.#state));
  }
}
