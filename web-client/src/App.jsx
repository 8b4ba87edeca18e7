import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createApi } from './api.js';
import { NotificationService, useNotifications } from './NotificationService.js';
import NotificationsComponent from './NotificationsComponent.jsx';
import LoginPage from './pages/LoginPage.jsx';
import MyLeavePage from './pages/MyLeavePage.jsx';
import TeamPage from './pages/TeamPage.jsx';
import { SessionManager } from './session.js';

function Workspace({ session, sessions }) {
  // The STOMP session follows the access token: a refused token asks for a renewal, a renewed one moves
  // the connection to it (NotificationService.useToken) without a visible break.
  const [service] = useState(() => new NotificationService({
    token: session.token, onAuthExpired: () => sessions.renew(),
  }));
  const api = useMemo(() => createApi({ current: sessions.token, renew: () => sessions.renew() }), [sessions]);
  // New notifications (live or caught up after a reconnection) mean requests changed: reload the pages.
  const { revision } = useNotifications(service);

  useEffect(() => {
    service.connect();
    return () => service.disconnect();
  }, [service]);

  useEffect(() => {
    service.useToken(session.token);
  }, [service, session.token]);

  const manager = session.roles.includes('MANAGER');
  return (
    <>
      <header className="top-bar">
        <span className="brand">Leave Notify</span>
        <span className="who">
          Logged in as <strong data-testid="current-user">{session.username}</strong>
          {manager && <span className="role">manager</span>}
        </span>
        <NotificationsComponent service={service} />
        <button type="button" className="log-out" onClick={() => sessions.signOut()}>Log out</button>
      </header>
      <main className="pages">
        <TeamPage api={api} refreshKey={revision} />
        <MyLeavePage api={api} refreshKey={revision} />
      </main>
    </>
  );
}

/**
 * The app: a session shared by every tab of the browser (SessionManager), resumed from the refresh cookie
 * on load, so that a new tab or a reload needs no login.
 */
export default function App({ sessions: given }) {
  const [sessions] = useState(() => given ?? new SessionManager());
  const state = useSyncExternalStore(sessions.subscribe, sessions.getState, sessions.getState);

  useEffect(() => {
    sessions.resume();
  }, [sessions]);

  if (state.status === 'resuming') {
    return <main className="login"><p role="status" className="notice">Loading…</p></main>;
  }
  if (state.status !== 'signed-in') {
    return <LoginPage notice={state.notice} onLogIn={(username, password) => sessions.signIn(username, password)} />;
  }
  return <Workspace key={state.session.userId} session={state.session} sessions={sessions} />;
}
