import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDesktopNotifications } from '../src/desktopNotifications.js';

function browser(permission = 'default') {
  const shown = [];
  function FakeNotification(title, options) {
    this.title = title;
    this.options = options;
    shown.push(this);
  }
  FakeNotification.permission = permission;
  FakeNotification.requestPermission = vi.fn(async () => {
    FakeNotification.permission = 'granted';
    return 'granted';
  });
  const values = new Map();
  return {
    Notification: FakeNotification,
    localStorage: { getItem: (k) => values.get(k) ?? null, setItem: (k, v) => values.set(k, v) },
    document: { visibilityState: 'hidden' },
    focus: vi.fn(),
    shown,
  };
}

const live = (seq, title) => ({ seq, notification: { id: `n${seq}`, title, message: `${title}!`, leaveRequestId: 'lr-1' } });

describe('desktop notifications', () => {
  afterEach(cleanup);

  it('are off until asked for, then ask the browser once and show what arrives while the tab is hidden', async () => {
    const env = browser();
    const onOpen = vi.fn();
    const { result, rerender } = renderHook(({ recent }) => useDesktopNotifications(recent, onOpen, env),
      { initialProps: { recent: [] } });
    expect(result.current.on).toBe(false);

    rerender({ recent: [live(1, 'Before')] });
    expect(env.shown).toHaveLength(0);

    await act(() => result.current.toggle());
    expect(env.Notification.requestPermission).toHaveBeenCalledOnce();
    expect(result.current.on).toBe(true);

    rerender({ recent: [live(2, 'Approved'), live(1, 'Before')] });
    expect(env.shown.map((n) => n.title)).toEqual(['Approved']);
    env.shown[0].onclick();
    expect(env.focus).toHaveBeenCalled();
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ id: 'n2' }));
  });

  it('stay quiet while the tab is visible', async () => {
    const env = browser('granted');
    env.document.visibilityState = 'visible';
    const { result, rerender } = renderHook(({ recent }) => useDesktopNotifications(recent, undefined, env),
      { initialProps: { recent: [] } });
    await act(() => result.current.toggle());

    rerender({ recent: [live(1, 'Approved')] });

    expect(env.shown).toHaveLength(0);
  });
});
