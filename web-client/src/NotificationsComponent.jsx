import { useEffect, useId, useRef, useState } from 'react';
import { useNotifications } from './NotificationService.js';

const CONNECTION_LABELS = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** How close to the bottom of the list (in pixels) scrolling asks for older notifications. */
const LOAD_MORE_MARGIN = 48;

function formatTime(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : at.toLocaleString();
}

export function ConnectionIndicator({ connection, retryInMs }) {
  const label = CONNECTION_LABELS[connection] ?? connection;
  const title = connection === 'reconnecting' && retryInMs != null
    ? `Connection lost; next try in ${Math.ceil(retryInMs / 1000)} s`
    : undefined;
  return (
    <span className={`connection connection-${connection}`} data-state={connection} role="status" title={title}>
      <span className="connection-dot" aria-hidden="true" />
      {label}
    </span>
  );
}

/**
 * The bell with the unread count, the panel of notifications (newest first, unread ones marked), a toast
 * for each one that arrives live, and the connection indicator. Everything is reachable by keyboard:
 * the bell and every notification are buttons, Escape closes the panel and gives focus back to the bell.
 */
export default function NotificationsComponent({ service, toastDuration = 6000 }) {
  const state = useNotifications(service);
  const { items, unreadCount, hasMore, loadingMore, connection, lastLive, error, retryInMs } = state;
  const [open, setOpen] = useState(false);
  const [toast, setToast] = useState(null);
  const bell = useRef(null);
  const root = useRef(null);
  const panelId = useId();
  const headingId = useId();

  useEffect(() => {
    if (!lastLive) return undefined;
    setToast(lastLive);
    const timer = setTimeout(() => setToast((shown) => (shown === lastLive ? null : shown)), toastDuration);
    return () => clearTimeout(timer);
  }, [lastLive, toastDuration]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOnOutsideClick = (event) => {
      if (root.current && !root.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [open]);

  const close = () => {
    setOpen(false);
    bell.current?.focus();
  };

  const onListScroll = (event) => {
    const list = event.currentTarget;
    if (list.scrollTop + list.clientHeight >= list.scrollHeight - LOAD_MORE_MARGIN) {
      service.loadMore();
    }
  };

  const bellLabel = `Notifications, ${unreadCount} unread`;

  return (
    <div className="notifications" ref={root}>
      <ConnectionIndicator connection={connection} retryInMs={retryInMs} />
      <button
        ref={bell}
        type="button"
        className="bell"
        aria-label={bellLabel}
        title={bellLabel}
        aria-expanded={open}
        aria-controls={panelId}
        data-unread={unreadCount}
        onClick={() => setOpen((was) => !was)}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z"
          />
        </svg>
        {unreadCount > 0 && <span className="badge" aria-hidden="true">{unreadCount > 99 ? '99+' : unreadCount}</span>}
      </button>

      {open && (
        <section
          id={panelId}
          className="notification-panel"
          aria-labelledby={headingId}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <header className="panel-header">
            <h2 id={headingId}>Notifications</h2>
            <button
              type="button"
              className="link-button"
              onClick={() => service.markAllRead()}
              disabled={unreadCount === 0 || connection !== 'connected'}
            >
              Mark all as read
            </button>
          </header>
          {error && (
            <p className="panel-error" role="alert">
              {error}{' '}
              <button type="button" className="link-button" onClick={() => service.dismissError()}>Dismiss</button>
            </p>
          )}
          {items.length === 0 ? (
            <p className="empty">No notifications yet.</p>
          ) : (
            <ul className="notification-list" onScroll={onListScroll}>
              {items.map((n) => (
                <li key={n.id}>
                  <button
                    type="button"
                    className={`notification ${n.read ? 'read' : 'unread'}`}
                    aria-label={`${n.read ? '' : 'Unread: '}${n.title}. ${n.message}`}
                    data-id={n.id}
                    data-read={n.read}
                    onClick={() => service.markRead(n.id)}
                  >
                    <span className="notification-title">
                      {!n.read && <span className="unread-dot" aria-hidden="true" />}
                      {n.title}
                    </span>
                    <span className="notification-message">{n.message}</span>
                    <time dateTime={n.createdAt}>{formatTime(n.createdAt)}</time>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {hasMore && (
            <button type="button" className="load-more" onClick={() => service.loadMore()} disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load older notifications'}
            </button>
          )}
        </section>
      )}

      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.seq}>
            <strong>{toast.notification.title}</strong>
            <span>{toast.notification.message}</span>
            <button type="button" className="link-button" aria-label="Dismiss" onClick={() => setToast(null)}>×</button>
          </div>
        )}
      </div>
    </div>
  );
}
