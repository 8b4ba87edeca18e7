import { describe, expect, it, vi } from 'vitest';
import { endedBecause, renewalDelay, SessionManager } from '../src/session.js';
import { manualTimers } from '@leave-notify/notification-client/testing';

const NOW = Date.parse('2026-12-03T10:00:00Z');

/** A JWT-shaped token whose payload names the subject and roles (the client reads, never checks, it). */
function jwt(sub, n, roles = ['EMPLOYEE']) {
  const payload = btoa(JSON.stringify({ sub, roles, n })).replace(/=+$/, '');
  return `header.${payload}.signature`;
}

function json(status, body) {
  return new Response(JSON.stringify(body), {
    status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' },
  });
}

/**
 * The server's side of the session endpoints, with its rules: a refresh cookie renews once; a second use
 * ends every session of the sign-in. The browser's cookie jar is shared by every tab, as in a browser.
 */
function fakeServer({ lifetimeMs = 60_000, now }) {
  const jar = { cookie: null };
  let issued = 0;
  const used = new Set();
  let ended = false;
  const calls = [];
  const fetchImpl = vi.fn(async (path, init) => {
    calls.push(path);
    const answer = () => {
      issued += 1;
      jar.cookie = `r${issued}`;
      return json(200, { accessToken: jwt('alice', issued), tokenType: 'Bearer',
        expiresAt: new Date(now() + lifetimeMs).toISOString() });
    };
    if (path === '/api/auth/login') {
      ended = false;
      return answer();
    }
    if (path === '/api/auth/refresh') {
      if (init.headers['X-Requested-With'] === undefined) return json(403, { code: 'MissingRequestedWith' });
      if (server.down) throw new TypeError('Failed to fetch');
      const presented = jar.cookie;
      if (!presented) return json(401, { status: 401, code: 'MISSING_REFRESH_TOKEN' });
      if (used.has(presented)) {
        ended = true;
        return json(401, { status: 401, code: 'REUSED_REFRESH_TOKEN' });
      }
      if (ended) return json(401, { status: 401, code: 'SESSION_ENDED' });
      if (server.revoked) return json(401, { status: 401, code: 'REVOKED_TOKEN' });
      used.add(presented);
      return answer();
    }
    if (path === '/api/auth/logout') {
      ended = true;
      jar.cookie = null;
      return new Response(null, { status: 204 });
    }
    return json(404, {});
  });
  const server = { fetchImpl, jar, calls, down: false, revoked: false, refreshes: () => calls.filter((p) => p.endsWith('refresh')).length };
  return server;
}

/** BroadcastChannel between the tabs of one test: a message reaches every other tab. */
function channels() {
  const tabs = [];
  return () => {
    const listeners = [];
    const channel = {
      addEventListener: (type, listener) => listeners.push(listener),
      postMessage: (data) => tabs.filter((t) => t !== channel).forEach((t) => t.deliver(data)),
      deliver: (data) => listeners.forEach((l) => l({ data: structuredClone(data) })),
    };
    tabs.push(channel);
    return channel;
  };
}

/** navigator.locks.request: one holder at a time, the others queue, across the tabs of one test. */
function webLock() {
  let tail = Promise.resolve();
  return (name, task) => {
    const run = tail.then(() => task());
    tail = run.catch(() => {});
    return run;
  };
}

function memoryStorage() {
  const values = new Map();
  return { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => values.set(k, String(v)) };
}

function setUp({ lifetimeMs } = {}) {
  let now = NOW;
  const clock = () => now;
  const server = fakeServer({ lifetimeMs, now: clock });
  const timers = manualTimers();
  const newChannel = channels();
  const locks = webLock();
  const storage = memoryStorage();
  const tab = () => new SessionManager({
    fetchImpl: server.fetchImpl, timers, now: clock, locks, channel: newChannel(), storage,
  });
  return { server, timers, tab, advance: (ms) => { now += ms; } };
}

describe('renewalDelay', () => {
  it('renews a minute before expiry, or a quarter of the life of a short token before', () => {
    expect(renewalDelay(new Date(NOW + 15 * 60_000).toISOString(), NOW)).toBe(14 * 60_000);
    expect(renewalDelay(new Date(NOW + 60_000).toISOString(), NOW)).toBe(45_000);
    expect(renewalDelay(new Date(NOW - 1).toISOString(), NOW)).toBe(0);
  });
});

describe('endedBecause', () => {
  it('says what really happened, and nothing when there never was a session', () => {
    expect(endedBecause('MISSING_REFRESH_TOKEN')).toBeNull();
    expect(endedBecause('REVOKED_TOKEN')).toMatch(/password or roles changed/);
    expect(endedBecause('REUSED_REFRESH_TOKEN')).toMatch(/two places/);
    expect(endedBecause('EXPIRED_REFRESH_TOKEN')).toMatch(/without activity/);
    expect(endedBecause('SESSION_ENDED')).toMatch(/logged out/);
  });
});

describe('SessionManager', () => {
  it('renews the token silently before it expires, again and again', async () => {
    const env = setUp({ lifetimeMs: 60_000 });
    const session = env.tab();
    await session.signIn('alice', 'demo');
    const tokens = [session.token()];

    for (let minute = 0; minute < 3; minute += 1) {
      expect(env.timers.delays()).toEqual([45_000]);
      env.advance(45_000);
      env.timers.runAll();
      await vi.waitFor(() => expect(session.token()).not.toBe(tokens[tokens.length - 1]));
      tokens.push(session.token());
    }

    expect(new Set(tokens).size).toBe(4);
    expect(session.getState()).toMatchObject({ status: 'signed-in', notice: null });
    expect(session.getState().session.username).toBe('alice');
  });

  it('signs a new tab in from the cookie, without a login', async () => {
    const env = setUp();
    await env.tab().signIn('alice', 'demo');

    const newTab = env.tab();
    await newTab.resume();

    expect(newTab.getState().status).toBe('signed-in');
    expect(newTab.getState().session.username).toBe('alice');
  });

  it('shows the login quietly when the browser has no session', async () => {
    const env = setUp();
    const tab = env.tab();

    await tab.resume();

    expect(tab.getState()).toMatchObject({ status: 'signed-out', notice: null });
  });

  it('never lets two tabs present the same refresh cookie, so renewing in both at once ends nothing', async () => {
    const env = setUp();
    const first = env.tab();
    await first.signIn('alice', 'demo');
    const second = env.tab();
    await second.resume();

    const [a, b] = await Promise.all([first.renew(), second.renew()]);

    expect(a).toBeTruthy();
    expect(b).toBeTruthy();
    expect(first.getState().status).toBe('signed-in');
    expect(second.getState().status).toBe('signed-in');
  });

  it('hands a renewed token to the other tabs, which then wait for its expiry to renew', async () => {
    const env = setUp({ lifetimeMs: 60_000 });
    const first = env.tab();
    await first.signIn('alice', 'demo');
    const second = env.tab();
    await second.resume();
    const refreshesBefore = env.server.refreshes();

    await first.renew();

    expect(second.token()).toBe(first.token());
    expect(env.server.refreshes()).toBe(refreshesBefore + 1);
    expect(env.timers.delays()).toEqual([45_000, 45_000]);
  });

  it('logs out every tab and says so in the others', async () => {
    const env = setUp();
    const first = env.tab();
    await first.signIn('alice', 'demo');
    const second = env.tab();
    await second.resume();

    await first.signOut();

    expect(first.getState()).toMatchObject({ status: 'signed-out', notice: null });
    expect(second.getState().status).toBe('signed-out');
    expect(second.getState().notice).toMatch(/another tab/);
    expect(env.server.jar.cookie).toBeNull();
  });

  it('keeps the token while the server cannot be reached and renews once it is back', async () => {
    const env = setUp({ lifetimeMs: 60_000 });
    const session = env.tab();
    await session.signIn('alice', 'demo');
    const before = session.token();
    env.server.down = true;

    env.advance(45_000);
    env.timers.runAll();
    await vi.waitFor(() => expect(env.timers.count).toBe(1));

    expect(session.getState().status).toBe('signed-in');
    expect(session.token()).toBe(before);
    env.server.down = false;
    env.timers.runAll();
    await vi.waitFor(() => expect(session.token()).not.toBe(before));
  });

  it('says what really happened when the session ends', async () => {
    const env = setUp();
    const session = env.tab();
    await session.signIn('alice', 'demo');
    env.server.revoked = true;

    const renewed = await session.renew();

    expect(renewed).toBeNull();
    expect(session.getState().status).toBe('signed-out');
    expect(session.getState().notice).toMatch(/password or roles changed/);
    expect(env.timers.count).toBe(0);
  });

  it('shares one renewal between callers that ask at once', async () => {
    const env = setUp();
    const session = env.tab();
    await session.signIn('alice', 'demo');
    const refreshesBefore = env.server.refreshes();

    const answers = await Promise.all([session.renew(), session.renew(), session.renew()]);

    expect(new Set(answers).size).toBe(1);
    expect(env.server.refreshes()).toBe(refreshesBefore + 1);
  });
});
