import { describe, expect, it, vi } from 'vitest';
import { createApi, logIn } from '../src/api.js';

function answer(status, body, type = 'application/problem+json') {
  return vi.fn().mockResolvedValue(new Response(body === undefined ? null : JSON.stringify(body),
    { status, headers: { 'Content-Type': type } }));
}

describe('the REST client', () => {
  it('sends the bearer token and the JSON body', async () => {
    const fetchImpl = answer(201, { id: 'lr-1', status: 'PENDING' }, 'application/json');
    const api = createApi('the-jwt', { fetchImpl });

    const created = await api.submit({ type: 'ANNUAL', startDate: '2026-12-14', endDate: '2026-12-16', reason: 'x' });

    expect(created).toEqual({ id: 'lr-1', status: 'PENDING' });
    const [path, init] = fetchImpl.mock.calls[0];
    expect(path).toBe('/api/leave-requests');
    expect(init.method).toBe('POST');
    expect(init.headers.Authorization).toBe('Bearer the-jwt');
    expect(JSON.parse(init.body)).toEqual({ type: 'ANNUAL', startDate: '2026-12-14', endDate: '2026-12-16', reason: 'x' });
  });

  it('turns a problem+json refusal into an error carrying its detail, code and field errors', async () => {
    const api = createApi('the-jwt', {
      fetchImpl: answer(400, {
        title: 'Bad Request', status: 400, code: 'INVALID_INPUT', detail: 'the request is not valid',
        errors: [{ field: 'endDate', message: 'must not be before startDate' }],
      }),
    });

    const refused = await api.submit({}).catch((e) => e);

    expect(refused.message).toBe('the request is not valid');
    expect(refused.status).toBe(400);
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.errors).toEqual([{ field: 'endDate', message: 'must not be before startDate' }]);
  });

  it('shows the detail of a business refusal', async () => {
    const api = createApi('the-jwt', {
      fetchImpl: answer(422, { title: 'Unprocessable', status: 422, detail: 'not enough annual leave left' }),
    });

    await expect(api.approve('lr-1')).rejects.toThrow('not enough annual leave left');
  });

  it('calls onUnauthorized when the token is refused', async () => {
    const onUnauthorized = vi.fn();
    const api = createApi('old-jwt', {
      onUnauthorized, fetchImpl: answer(401, { status: 401, detail: 'the token has expired' }),
    });

    await expect(api.myRequests()).rejects.toThrow('the token has expired');
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('does not take a failed login for an expired session', async () => {
    const refused = await logIn('alice', 'wrong', answer(401, { status: 401, detail: 'wrong username or password' }))
      .catch((e) => e);

    expect(refused.message).toBe('wrong username or password');
  });

  it('says so when the server cannot be reached', async () => {
    const api = createApi('the-jwt', { fetchImpl: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')) });

    await expect(api.myBalances()).rejects.toThrow(/cannot be reached/);
  });
});
