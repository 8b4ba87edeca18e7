import { useEffect, useId, useRef, useState } from 'react';
import { useDesktopNotifications } from './desktopNotifications.js';
import { useNotifications } from './useNotifications.js';

const CONNECTION_LABELS = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

/** How close to the bottom of the list (in pixels) scrolling asks for older notifications. */
const LOAD_MORE_MARGIN = 48;

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", else the date. */
export function relativeTime(iso, now = Date.now()) {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  if (days === 1) return 'yesterday';
  if (days < 7) return `${days} days ago`;
  return new Date(at).toLocaleDateString();
}

function absoluteTime(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : at.toLocaleString();
}

const TITLE = 'Leave Notify';
const MAX_TOASTS = 3;

/** The tab's title and icon carry the unread count, so a background tab shows it too. */
function useUnreadInTitle(unreadCount) {
  useEffect(() => {
    document.title = unreadCount > 0 ? `(${unreadCount > 99 ? '99+' : unreadCount}) ${TITLE}` : TITLE;
    let icon = document.querySelector('link[rel="icon"]');
    if (!icon) {
      icon = document.createElement('link');
      icon.rel = 'icon';
      document.head.appendChild(icon);
    }
    const dot = unreadCount > 0 ? '<circle cx="24" cy="8" r="7" fill="%23dc2626"/>' : '';
    icon.href = 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">'
      + '<rect x="4" y="6" width="22" height="22" rx="5" fill="%232563eb"/>' + dot + '</svg>';
  }, [unreadCount]);
}

const TABS = [
  { id: 'unread', label: 'Unread' },
  { id: 'all', label: 'All' },
  { id: 'archived', label: 'Archived' },
];

const STATES = { PENDING: 'waiting', APPROVED: 'approved', REJECTED: 'rejected', CANCELLED: 'cancelled' };
/** The kinds of notification that go to someone who may decide the request (asked, moved, reminded, passed up, started). */
const TO_A_DECIDER = new Set(['LEAVE_REQUEST_SUBMITTED', 'LEAVE_REQUEST_REASSIGNED', 'LEAVE_REQUEST_REMINDER',
  'LEAVE_REQUEST_ESCALATED', 'LEAVE_REQUEST_STARTED_UNDECIDED']);

function NotificationRow({ notification: n, service, archivedView, now, onOpen, request, onApprove }) {
  const when = relativeTime(n.createdAt, now);
  // The accessible name is the visible text itself (title, message, time), with "Unread:" for screen readers.
  return (
    <li className={`notification-row ${n.read ? 'read' : 'unread'}`}>
      <button
        type="button"
        className={`notification ${n.read ? 'read' : 'unread'}`}
        data-id={n.id}
        data-read={n.read}
        onClick={() => {
          service.markRead(n.id);
          onOpen?.(n);
        }}
      >
        {!n.read && <span className="visually-hidden">Unread:</span>}{!n.read && " "}
        <span className="notification-title">
          {!n.read && <span className="unread-dot" aria-hidden="true" />}
          {n.title}
        </span>{' '}
        <span className="notification-message">{n.message}</span>{' '}
        <time dateTime={n.createdAt} title={absoluteTime(n.createdAt)}>{when}</time>
      </button>
      <span className="row-actions">
        {request && (
          <span className={`status status-${request.status.toLowerCase()}`}
                title={`The request is ${STATES[request.status] ?? request.status} now`}>
            now {STATES[request.status] ?? request.status}
          </span>
        )}
        {onApprove && TO_A_DECIDER.has(n.type) && request?.status === 'PENDING' && (
          <>
            <button type="button" className="link-button"
                    aria-label={`Approve ${request.employee?.displayName ?? request.employeeId}'s request for ${request.startDate} to ${request.endDate}`}
                    onClick={() => onApprove(request)}>Approve</button>
            <button type="button" className="link-button"
                    aria-label={`Reject ${request.employee?.displayName ?? request.employeeId}'s request…`}
                    onClick={() => onOpen?.(n)}>Reject…</button>
          </>
        )}
        {!archivedView && n.read && (
          <button type="button" className="link-button" aria-label={`Mark unread: ${n.title}`}
                  onClick={() => service.markUnread(n.id)}>Mark unread</button>
        )}
        {archivedView ? (
          <button type="button" className="link-button" aria-label={`Move back to the inbox: ${n.title}`}
                  onClick={() => service.unarchive(n.id)}>Unarchive</button>
        ) : (
          <button type="button" className="link-button" aria-label={`Archive: ${n.title}`}
                  onClick={() => service.archive(n.id)}>Archive</button>
        )}
      </span>
    </li>
  );
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
/**
 * @param requestOf  optional: looks up a request (id -> Promise of the request JSON), to show each
 *                   notification's request as it is now
 * @param approve    optional: approves a request (id -> Promise), for inline approval of a pending submission
 */
export default function NotificationsComponent({ service, toastDuration = 6000, onOpen, requestOf, approve }) {
  const state = useNotifications(service);
  const { items, unreadCount, hasMore, loadingMore, connection, recentLive, error, retryInMs, archived } = state;
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState('all');
  const [toasts, setToasts] = useState([]);
  const [now, setNow] = useState(() => Date.now());
  const bell = useRef(null);
  const root = useRef(null);
  const panelId = useId();
  const headingId = useId();

  useUnreadInTitle(unreadCount);
  const desktop = useDesktopNotifications(recentLive, onOpen);

  // The requests the shown notifications are about, as they are now: looked up while the panel is open,
  // forgotten when something new arrives (it may have changed one of them).
  const [requests, setRequests] = useState({});
  const newestLive = recentLive[0]?.seq ?? 0;
  useEffect(() => setRequests({}), [newestLive]);
  useEffect(() => {
    if (!open || !requestOf) return;
    const wanted = [...new Set([...items, ...archived.items].map((n) => n.leaveRequestId).filter(Boolean))]
      .filter((id) => !(id in requests)).slice(0, 25);
    if (wanted.length === 0) return;
    setRequests((known) => Object.fromEntries([...Object.entries(known), ...wanted.map((id) => [id, null])]));
    wanted.forEach((id) => requestOf(id)
      .then((request) => setRequests((known) => ({ ...known, [id]: request })))
      .catch(() => {}));
  }, [open, requestOf, items, archived.items, requests]);
  const approveInline = approve && (async (request) => {
    try {
      await approve(request.id);
      setRequests((known) => ({ ...known, [request.id]: { ...request, status: 'APPROVED' } }));
    } catch {
      // decided meanwhile, or refused: look it up again to show how it is now
      setRequests(({ [request.id]: stale, ...others }) => others);
    }
  });

  // Toasts stack: each arrival gets its own, for toastDuration; beyond three at once, a summary.
  const toastedUpTo = useRef(recentLive[0]?.seq ?? 0);
  useEffect(() => {
    const arrived = recentLive.filter((t) => t.seq > toastedUpTo.current);
    if (arrived.length === 0) return;
    toastedUpTo.current = arrived[0].seq;
    setToasts((shown) => [...arrived, ...shown]);
    const seqs = new Set(arrived.map((t) => t.seq));
    setTimeout(() => setToasts((shown) => shown.filter((t) => !seqs.has(t.seq))), toastDuration);
  }, [recentLive, toastDuration]);

  // Relative times stay true while the panel is open.
  useEffect(() => {
    if (!open) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, [open]);

  useEffect(() => {
    if (open && tab === 'archived' && !archived.loaded) service.loadArchived();
  }, [open, tab, archived.loaded, service, connection]);

  useEffect(() => {
    if (!open) return undefined;
    const closeOnOutsideClick = (event) => {
      if (root.current && !root.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutsideClick);
    return () => document.removeEventListener('mousedown', closeOnOutsideClick);
  }, [open]);

  // "Load older" disappears or waits while loading; the focus then goes to the first notification it brought.
  const focusFrom = useRef(null);
  const list = useRef(null);
  useEffect(() => {
    if (loadingMore || focusFrom.current === null) return;
    const buttons = list.current?.querySelectorAll('button.notification') ?? [];
    const target = buttons[focusFrom.current] ?? buttons[buttons.length - 1];
    focusFrom.current = null;
    target?.focus();
  }, [loadingMore, items.length]);
  const loadOlder = () => {
    focusFrom.current = items.length;
    service.loadMore();
  };

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
            {desktop.supported && (
              <button type="button" className="link-button" aria-pressed={desktop.on} onClick={desktop.toggle}
                      disabled={desktop.blocked}
                      title={desktop.blocked ? 'This browser blocks notifications from this site' : undefined}>
                Desktop alerts: {desktop.on ? 'on' : 'off'}
              </button>
            )}
            <button type="button" className="link-button close-panel" aria-label="Close notifications" onClick={close}>
              ×
            </button>
          </header>
          {error && (
            <p className="panel-error" role="alert">
              {error}{' '}
              <button type="button" className="link-button" onClick={() => service.dismissError()}>Dismiss</button>
            </p>
          )}
          <div className="inbox-tabs" role="group" aria-label="Show">
            {TABS.map((t) => (
              <button key={t.id} type="button" className={`tab ${tab === t.id ? 'current' : ''}`}
                      aria-pressed={tab === t.id} onClick={() => setTab(t.id)}>
                {t.label}{t.id === 'unread' && unreadCount > 0 ? ` (${unreadCount})` : ''}
              </button>
            ))}
          </div>
          {(() => {
            const archivedView = tab === 'archived';
            const shown = archivedView ? archived.items : tab === 'unread' ? items.filter((n) => !n.read) : items;
            if (archivedView && archived.loading && shown.length === 0) return <p className="empty">Loading…</p>;
            if (shown.length === 0) {
              return (
                <p className="empty">
                  {archivedView ? 'Nothing archived.' : tab === 'unread' ? 'Nothing unread.' : 'No notifications yet.'}
                </p>
              );
            }
            return (
              <ul className="notification-list" ref={list} onScroll={archivedView ? undefined : onListScroll}>
                {shown.map((n) => (
                  <NotificationRow key={n.id} notification={n} service={service} archivedView={archivedView} now={now}
                                   request={requests[n.leaveRequestId] ?? null} onApprove={approveInline}
                                   onOpen={onOpen && ((opened) => { setOpen(false); onOpen(opened); })} />
                ))}
              </ul>
            );
          })()}
          {tab !== 'archived' && hasMore && (
            <button type="button" className="load-more" onClick={loadOlder} aria-disabled={loadingMore}>
              {loadingMore ? 'Loading…' : 'Load older notifications'}
            </button>
          )}
          {tab === 'archived' && archived.loaded && archived.hasMore && (
            <button type="button" className="load-more" onClick={() => service.loadArchived()}
                    disabled={archived.loading}>
              {archived.loading ? 'Loading…' : 'Load older archived notifications'}
            </button>
          )}
        </section>
      )}

      <div className="toast-region" role="status" aria-live="polite">
        {toasts.slice(0, MAX_TOASTS).map((toast) => (
          <div className="toast" key={toast.seq}>
            <strong>{toast.notification.title}</strong>
            <span>{toast.notification.message}</span>
            <button type="button" className="link-button" aria-label="Dismiss"
                    onClick={() => setToasts((shown) => shown.filter((t) => t.seq !== toast.seq))}>×</button>
          </div>
        ))}
        {toasts.length > MAX_TOASTS && (
          <div className="toast toast-summary">
            <strong>{toasts.length - MAX_TOASTS} more new</strong>
            <button type="button" className="link-button" onClick={() => { setOpen(true); setToasts([]); }}>
              Show all
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
