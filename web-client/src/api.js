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

async function call(fetchImpl, path, { method = 'GET', token, body, text, headers: extra = {} } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...extra };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (text !== undefined) headers['Content-Type'] = 'text/csv';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetchImpl(path, {
      method, headers, body: text ?? (body === undefined ? undefined : JSON.stringify(body)), credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { detail: 'The server cannot be reached. Check your connection and try again.' });
  }
  if (!response.ok) {
    throw new ApiError(response.status, await problemOf(response));
  }
  return response.status === 204 ? null : response.json();
}

const defaultFetch = (...args) => globalThis.fetch(...args);

const EMPLOYEES = '/api/admin/employees';
const HOLIDAYS = '/api/admin/holidays';

/** The header the session endpoints require, which a form on another site cannot send (CONTRACT.md, "Sessions"). */
const FROM_SCRIPT = { 'X-Requested-With': 'leave-notify' };

/**
 * Logs in; resolves to {accessToken, tokenType, expiresAt}; the server also sets the refresh cookie. A password
 * that must be changed at this sign-in (401 PASSWORD_CHANGE_REQUIRED) goes with newPassword.
 */
export function logIn(username, password, fetchImpl = defaultFetch, newPassword = undefined) {
  const body = newPassword ? { username, password, newPassword } : { username, password };
  return call(fetchImpl, '/api/auth/login', { method: 'POST', body });
}

/** A new access token for the refresh cookie, which the server rotates; a 401 says why the session ended. */
export function refreshSession(fetchImpl = defaultFetch) {
  return call(fetchImpl, '/api/auth/refresh', { method: 'POST', headers: FROM_SCRIPT });
}

/** Ends the sign-in of the refresh cookie and removes it. */
export function logOut(fetchImpl = defaultFetch) {
  return call(fetchImpl, '/api/auth/logout', { method: 'POST', headers: FROM_SCRIPT });
}

/**
 * The REST calls of the pages, with the bearer token of `tokens.current()`. A 401 first renews the token
 * (`tokens.renew()`, resolving to the new token or null) and tries once more; if the session is over,
 * onUnauthorized is told. A plain string is taken as a fixed token that cannot be renewed.
 */
export function createApi(tokens, { onUnauthorized = () => {}, fetchImpl = defaultFetch } = {}) {
  const source = typeof tokens === 'string'
    ? { current: () => tokens, renew: async () => null }
    : tokens;
  const request = async (path, options) => {
    try {
      return await call(fetchImpl, path, { ...options, token: source.current() });
    } catch (error) {
      if (error.status !== 401) throw error;
      const renewed = await source.renew();
      if (!renewed) {
        onUnauthorized(error.message);
        throw error;
      }
      try {
        return await call(fetchImpl, path, { ...options, token: renewed });
      } catch (again) {
        if (again.status === 401) onUnauthorized(again.message);
        throw again;
      }
    }
  };
  return {
    myRequests: () => request('/api/leave-requests/mine'),
    myBalances: (year) => request(`/api/leave-balances/mine${year ? `?year=${encodeURIComponent(year)}` : ''}`),
    publicHolidays: (year) => request(`/api/holidays?year=${encodeURIComponent(year)}`),
    teamPending: () => request('/api/leave-requests/team?status=PENDING'),
    request: (id) => request(`/api/leave-requests/${encodeURIComponent(id)}`),
    notificationPreferences: () => request('/api/notification-preferences'),
    changeNotificationPreferences: (email) => request('/api/notification-preferences', { method: 'PUT', body: { email } }),
    submit: (leave) => request('/api/leave-requests', { method: 'POST', body: leave }),
    approve: (id, comment) => request(`/api/leave-requests/${encodeURIComponent(id)}/approve`,
      { method: 'POST', body: comment ? { comment } : {} }),
    reject: (id, reason) => request(`/api/leave-requests/${encodeURIComponent(id)}/reject`,
      { method: 'POST', body: { reason } }),
    cancel: (id, reason) => request(`/api/leave-requests/${encodeURIComponent(id)}/cancel`,
      { method: 'POST', body: reason ? { reason } : {} }),
    // HR administration (docs/administration.md); the server answers 403 to anyone without HR_ADMIN
    employees: () => request('/api/admin/employees'),
    employee: (id) => request(`${EMPLOYEES}/${encodeURIComponent(id)}`),
    createEmployee: (employee) => request(EMPLOYEES, { method: 'POST', body: employee }),
    setManager: (id, managerId) => request(`${EMPLOYEES}/${encodeURIComponent(id)}/manager`,
      { method: 'PUT', body: { managerId: managerId || null } }),
    setRoles: (id, roles) => request(`${EMPLOYEES}/${encodeURIComponent(id)}/roles`, { method: 'PUT', body: { roles } }),
    setAllowance: (id, year, annualAllowance) => request(
      `${EMPLOYEES}/${encodeURIComponent(id)}/allowances/${encodeURIComponent(year)}`,
      { method: 'PUT', body: { annualAllowance } },
    ),
    deactivate: (id) => request(`${EMPLOYEES}/${encodeURIComponent(id)}/deactivate`, { method: 'POST' }),
    setPassword: (id, newPassword) => request(`${EMPLOYEES}/${encodeURIComponent(id)}/password`,
      { method: 'PUT', body: { newPassword } }),
    holidays: (year) => request(`${HOLIDAYS}?year=${encodeURIComponent(year)}`),
    addHoliday: (date, name) => request(`${HOLIDAYS}/${encodeURIComponent(date)}`, { method: 'PUT', body: { name } }),
    removeHoliday: (date) => request(`${HOLIDAYS}/${encodeURIComponent(date)}`, { method: 'DELETE' }),
    importEmployees: (csv) => request('/api/employees/import', { method: 'POST', text: csv }),
  };
}
