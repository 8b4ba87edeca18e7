import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api.js';
import ConnectionBanner from '../src/ConnectionBanner.jsx';
import { ConnectionContext } from '../src/connection.js';
import { DESTINATIONS, NotificationService } from '@leave-notify/notification-client';
import { fakeBrowser, fakeClientFactory, manualTimers } from '@leave-notify/notification-client/testing';
import CancelRequest from '../src/pages/CancelRequest.jsx';
import LoginPage from '../src/pages/LoginPage.jsx';
import MyLeavePage from '../src/pages/MyLeavePage.jsx';
import NotFoundPage from '../src/pages/NotFoundPage.jsx';
import RequestPage, { historyOf } from '../src/pages/RequestPage.jsx';

const ALICE = { id: 'alice', displayName: 'Alice Archer' };
const BOB = { id: 'bob', displayName: 'Bob Baker' };

function aRequest(changes = {}) {
  return {
    id: 'lr-1', employeeId: 'alice', employee: ALICE, type: 'ANNUAL', startDate: '2099-03-02', endDate: '2099-03-04',
    workingDays: 3, status: 'PENDING', reason: 'Family visit', decisionComment: null,
    createdAt: '2099-02-01T09:00:00Z', decidedAt: null, decidedBy: null, ...changes,
  };
}

function atRequestPage(api, me) {
  return render(
    <MemoryRouter initialEntries={['/requests/lr-1']}>
      <Routes>
        <Route path="/requests/:id" element={<RequestPage api={api} me={me} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </MemoryRouter>,
  );
}

describe('the request page', () => {
  afterEach(cleanup);

  it('tells the history: asked for, then decided, by whom and when, with the comment', () => {
    const steps = historyOf(aRequest({ status: 'APPROVED', decidedBy: BOB, decidedAt: '2099-02-02T10:00:00Z',
      decisionComment: 'Enjoy' }));

    expect(steps.map((s) => [s.what, s.who, s.comment])).toEqual([
      ['Asked for', 'Alice Archer', undefined], ['Approved', 'Bob Baker', 'Enjoy'],
    ]);
  });

  it('shows the request with names and its current state, and lets its manager approve with a comment', async () => {
    const api = { request: vi.fn().mockResolvedValue(aRequest()), approve: vi.fn().mockResolvedValue({}) };
    atRequestPage(api, 'bob');

    const heading = await screen.findByRole('heading', { level: 1, name: 'Annual leave of Alice Archer' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(document.querySelector('.request-page')).toHaveAttribute('data-status', 'PENDING');

    await userEvent.type(screen.getByLabelText('Comment (optional)'), 'Enjoy');
    await userEvent.click(screen.getByRole('button', { name: "Approve Alice Archer's request" }));

    expect(api.approve).toHaveBeenCalledWith('lr-1', 'Enjoy');
  });

  it('lets its employee cancel, only after confirming, with an optional reason', async () => {
    const api = { request: vi.fn().mockResolvedValue(aRequest({ status: 'APPROVED', decidedBy: BOB,
      decidedAt: '2099-02-02T10:00:00Z' })), cancel: vi.fn().mockResolvedValue({}) };
    atRequestPage(api, 'alice');

    await userEvent.click(await screen.findByRole('button', { name: /^Cancel the request for 2099-03-02/ }));
    expect(api.cancel).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText(/Reason \(optional/), 'Plans changed');
    await userEvent.click(screen.getByRole('button', { name: /^Confirm cancellation/ }));

    expect(api.cancel).toHaveBeenCalledWith('lr-1', 'Plans changed');
    expect(screen.queryByRole('button', { name: /Approve/ })).toBeNull();
  });

  it('says so when the request does not exist or may not be seen', async () => {
    const api = { request: vi.fn().mockRejectedValue(new ApiError(404, { detail: 'not found' })) };
    atRequestPage(api, 'carol');

    expect(await screen.findByText(/does not exist, or it is not one you may see/)).toBeInTheDocument();
  });
});

describe('cancelling from a list', () => {
  afterEach(cleanup);

  it('can be taken back with "Keep it"', async () => {
    const api = { cancel: vi.fn() };
    render(<CancelRequest request={aRequest()} api={api} onDone={() => {}} />);

    await userEvent.click(screen.getByRole('button', { name: /^Cancel the request/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Keep it' }));

    expect(api.cancel).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /^Cancel the request/ })).toBeInTheDocument();
  });
});

describe('an unknown address', () => {
  afterEach(cleanup);

  it('shows the app\'s own not-found page', () => {
    render(
      <MemoryRouter initialEntries={['/no/such/page']}>
        <Routes><Route path="*" element={<NotFoundPage />} /></Routes>
      </MemoryRouter>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus();
  });
});

describe('while the server cannot be reached', () => {
  afterEach(cleanup);

  it('disables what needs the server and says why', () => {
    render(
      <ConnectionContext.Provider value={false}>
        <CancelRequest request={aRequest()} api={{}} onDone={() => {}} />
      </ConnectionContext.Provider>,
    );

    const cancel = screen.getByRole('button', { name: /^Cancel the request/ });
    expect(cancel).toBeDisabled();
    expect(cancel.getAttribute('title')).toMatch(/Not connected to the server/);
  });

  it('shows a banner with "Retry now" that tries at once', async () => {
    const factory = fakeClientFactory();
    const service = new NotificationService({ token: 't', url: 'ws://test/ws', createClient: factory.create,
      timers: manualTimers(), environment: fakeBrowser(), random: () => 0.5 });
    service.connect();
    factory.latest().connected();
    factory.latest().acknowledgeSubscriptions();
    factory.latest().deliver(DESTINATIONS.list, { items: [], hasMore: false, unreadCount: 0 });
    render(<ConnectionBanner service={service} />);
    expect(screen.queryByRole('status')).toBeNull();

    act(() => factory.latest().closeSocket());
    expect(screen.getByRole('status')).toHaveTextContent('Connection to the server lost. Trying again in 1 s.');
    await userEvent.click(screen.getByRole('button', { name: 'Retry now' }));

    expect(factory.clients).toHaveLength(2);
  });
});

describe('my leave page guiding the request', () => {
  afterEach(cleanup);

  function myLeave() {
    const api = {
      myRequests: vi.fn().mockResolvedValue([]),
      myBalances: vi.fn().mockResolvedValue([{ type: 'ANNUAL', year: 2099, allowance: 25, used: 0, reserved: 0, remaining: 25 }]),
      publicHolidays: vi.fn().mockResolvedValue([{ date: '2099-03-04', name: 'A holiday' }]),
      submit: vi.fn().mockResolvedValue({}),
    };
    render(<MemoryRouter><MyLeavePage api={api} /></MemoryRouter>);
    return api;
  }

  it('says how many working days the dates take, public holidays left out, before sending', async () => {
    const api = myLeave();

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2099-03-02' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2099-03-06' } });

    await vi.waitFor(() => expect(document.querySelector('.date-check'))
      .toHaveTextContent('This request takes 4 working days.'));
    expect(api.publicHolidays).toHaveBeenCalledWith(2099);
    expect(screen.getByRole('button', { name: 'Submit request' })).not.toBeDisabled();
  });

  it('does not send dates that cannot work, and says why', async () => {
    myLeave();

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2099-03-07' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2099-03-08' } });

    expect(await screen.findByText(/all weekend days or public holidays/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit request' })).toBeDisabled();
  });

  it('shows the balances of next year too', async () => {
    const api = myLeave();
    const next = new Date().getFullYear() + 1;

    await userEvent.click(screen.getByRole('button', { name: String(next) }));

    expect(api.myBalances).toHaveBeenLastCalledWith(next);
  });
});

describe('the login page', () => {
  afterEach(cleanup);

  it('asks for a password of one\'s own when the one given was set for a first sign-in', async () => {
    const onLogIn = vi.fn()
      .mockRejectedValueOnce(new ApiError(401, { code: 'PASSWORD_CHANGE_REQUIRED', detail: 'change it' }))
      .mockResolvedValueOnce({});
    render(<LoginPage onLogIn={onLogIn} />);

    await userEvent.type(screen.getByLabelText('Username'), 'rosa');
    await userEvent.type(screen.getByLabelText('Password'), 'from the operator');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));

    const fresh = await screen.findByLabelText('New password');
    await vi.waitFor(() => expect(fresh).toHaveFocus());
    expect(screen.queryByRole('alert')).toBeNull();
    await userEvent.type(fresh, 'her own passphrase');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect(onLogIn).toHaveBeenLastCalledWith('rosa', 'from the operator', 'her own passphrase');
  });

  it('gives the focus back to the password after a refusal, and says why', async () => {
    const onLogIn = vi.fn().mockRejectedValue(new ApiError(401, { detail: 'wrong username or password' }));
    render(<LoginPage onLogIn={onLogIn} />);

    await userEvent.type(screen.getByLabelText('Username'), 'alice');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('wrong username or password');
    await vi.waitFor(() => expect(screen.getByLabelText('Password')).toHaveFocus());
  });
});
