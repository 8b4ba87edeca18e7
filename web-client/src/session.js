const KEY = 'leave-notify.session';

function claimsOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), '=')));
  } catch {
    return {};
  }
}

/** A logged-in session from a login answer: the token, who it is for and their roles (read, not trusted). */
export function sessionFrom(username, login) {
  const claims = claimsOf(login.accessToken);
  return {
    token: login.accessToken,
    expiresAt: login.expiresAt,
    userId: claims.sub ?? username,
    username,
    roles: Array.isArray(claims.roles) ? claims.roles : [],
  };
}

/** The session kept for this tab only, unless its token has expired. */
export function loadSession(storage = globalThis.sessionStorage, now = Date.now()) {
  try {
    const session = JSON.parse(storage.getItem(KEY));
    if (session && session.token && Date.parse(session.expiresAt) > now) return session;
  } catch {
    // nothing usable stored
  }
  return null;
}

export function saveSession(session, storage = globalThis.sessionStorage) {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}
