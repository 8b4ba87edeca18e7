/** A refusal from the API, carrying what its problem+json body said (RFC 9457). */
export class ApiError extends Error {
  constructor(status, problem = {}) {
    super(problem.detail || problem.title || `The server answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problem.code;
    this.title = problem.title;
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

async function problemOf(response) {
  const type = response.headers.get('content-type') || '';
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return {};
    }
  }
  return {};
}

async function call(fetchImpl, path, { method = 'GET', token, body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetchImpl(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, { detail: 'The server cannot be reached. Check your connection and try again.' });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  return response.status === 204 ? null : response.json();
}

/** Logs in; resolves to {accessToken, tokenType, expiresAt}. */
export function logIn(username, password, fetchImpl = globalThis.fetch.bind(globalThis)) {
  return call(fetchImpl, '/api/auth/login', { method: 'POST', body: { username, password } });
}

/**
 * The REST calls of the leave pages, with the bearer token. A 401 means the token is no longer good:
 * onUnauthorized sends the user back to the login page.
 */
export function createApi(token, { onUnauthorized = () => {}, fetchImpl = globalThis.fetch.bind(globalThis) } = {}) {
  const request = async (path, options) => {
    try {
      return await call(fetchImpl, path, { ...options, token });
    } catch (error) {
      if (error.status === 401) onUnauthorized(error.message);
      throw error;
    }
  };
  return {
    myRequests: () => request('/api/leave-requests/mine'),
    myBalances: () => request('/api/leave-balances/mine'),
    teamPending: () => request('/api/leave-requests/team?status=PENDING'),
    submit: (leave) => request('/api/leave-requests', { method: 'POST', body: leave }),
    approve: (id, comment) => request(`/api/leave-requests/${encodeURIComponent(id)}/approve`,
      { method: 'POST', body: comment ? { comment } : {} }),
    reject: (id, reason) => request(`/api/leave-requests/${encodeURIComponent(id)}/reject`,
      { method: 'POST', body: { reason } }),
    cancel: (id, reason) => request(`/api/leave-requests/${encodeURIComponent(id)}/cancel`,
      { method: 'POST', body: reason ? { reason } : {} }),
  };
}
