import { useCallback, useEffect, useRef, useState } from 'react';

const PREFERENCE = 'leave-notify.desktop-notifications';

/**
 * Opt-in desktop notifications: once the person switches them on (and the browser allows them), each
 * notification that arrives live while the tab is hidden is also shown by the operating system; clicking
 * it brings the tab forward and opens the notification's request.
 */
export function useDesktopNotifications(recentLive, onOpen, environment = globalThis.window) {
  const supported = typeof environment?.Notification === 'function';
  const read = () => {
    try {
      return environment.localStorage.getItem(PREFERENCE) === 'on';
    } catch {
      return false;
    }
  };
  const [wanted, setWanted] = useState(() => supported && read());
  const permission = supported ? environment.Notification.permission : 'unsupported';
  const shownUpTo = useRef(recentLive[0]?.seq ?? 0);

  const toggle = useCallback(async () => {
    if (!supported) return;
    let next = !wanted;
    if (next && environment.Notification.permission !== 'granted') {
      next = (await environment.Notification.requestPermission()) === 'granted';
    }
    try {
      environment.localStorage.setItem(PREFERENCE, next ? 'on' : 'off');
    } catch {
      // not remembered across visits
    }
    setWanted(next);
  }, [environment, supported, wanted]);

  useEffect(() => {
    const arrived = recentLive.filter((t) => t.seq > shownUpTo.current);
    if (arrived.length === 0) return;
    shownUpTo.current = arrived[0].seq;
    if (!wanted || environment.Notification?.permission !== 'granted' || environment.document?.visibilityState !== 'hidden') {
      return;
    }
    for (const { notification } of arrived.slice(0, 3)) {
      const shown = new environment.Notification(notification.title, { body: notification.message, tag: notification.id });
      shown.onclick = () => {
        environment.focus?.();
        onOpen?.(notification);
        shown.close?.();
      };
    }
  }, [recentLive, wanted, environment, onOpen]);

  return { supported, on: wanted && permission === 'granted', blocked: permission === 'denied', toggle };
}
