import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EmailSettingsPage, { KINDS } from '../src/pages/EmailSettingsPage.jsx';

function everyKind(value) {
  return Object.fromEntries(KINDS.map(([kind]) => [kind, value]));
}

describe('the e-mail settings page', () => {
  afterEach(cleanup);

  it('names every kind of notification the server knows', () => {
    expect(KINDS.map(([kind]) => kind).sort()).toEqual([
      'LEAVE_REQUEST_APPROVED', 'LEAVE_REQUEST_CANCELLED', 'LEAVE_REQUEST_ESCALATED', 'LEAVE_REQUEST_REASSIGNED',
      'LEAVE_REQUEST_REJECTED', 'LEAVE_REQUEST_REMINDER', 'LEAVE_REQUEST_STARTED_UNDECIDED',
      'LEAVE_REQUEST_SUBMITTED', 'MANAGER_CHANGED']);
  });

  it('shows what comes by e-mail and saves only what changed', async () => {
    const user = userEvent.setup();
    const api = {
      notificationPreferences: vi.fn().mockResolvedValue({ email: { ...everyKind(true), LEAVE_REQUEST_REMINDER: false } }),
      changeNotificationPreferences: vi.fn().mockResolvedValue({ email: { ...everyKind(true), LEAVE_REQUEST_SUBMITTED: false } }),
    };
    render(<EmailSettingsPage api={api} />);

    const reminders = await screen.findByRole('checkbox', { name: 'A request still waits for my decision' });
    expect(reminders.checked).toBe(false);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(screen.getByRole('checkbox', { name: 'Someone asks me for leave' }));
    await user.click(reminders);
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(api.changeNotificationPreferences).toHaveBeenCalledWith({
      LEAVE_REQUEST_SUBMITTED: false, LEAVE_REQUEST_REMINDER: true });
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(screen.getByRole('checkbox', { name: 'Someone asks me for leave' }).checked).toBe(false);
  });

  it('says why when the server refuses', async () => {
    const user = userEvent.setup();
    const api = {
      notificationPreferences: vi.fn().mockResolvedValue({ email: everyKind(true) }),
      changeNotificationPreferences: vi.fn().mockRejectedValue(new Error('email must name at least one kind')),
    };
    render(<EmailSettingsPage api={api} />);
    await user.click(await screen.findByRole('checkbox', { name: 'My leave is approved' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('email must name at least one kind');
  });
});
