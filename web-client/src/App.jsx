import { useCallback, useEffect, useMemo, useState } from 'react';
import { createApi } from './api.js';
import { NotificationService, useNotifications } from './NotificationService.js';
import NotificationsComponent from './NotificationsComponent.jsx';
import LoginPage from './pages/LoginPage.jsx';
import MyLeavePage from './pages/MyLeavePage.jsx';
import TeamPage from './pages/TeamPage.jsx';
import { loadSession, saveSession } from './session.js';

const SESSION_EXPIRED = 'Your session has expired. Please log in again.';

function Workspace({ session, onLogOut }) {
  const expire = useCallback(() => onLogOut(SESSION_EXPIRED), [onLogOut]);
  const [service] = useState(() => new NotificationService({ token: session.token, onAuthExpired: expire }));
  const api = useMemo(() => createApi(session.token, { onUnauthorized: expire }), [session.token, expire]);
  // New notifications (live or caught up after a reconnection) mean requests changed: reload the pages.
  const { revision } = useNotifications(service);

  useEffect(() => {
    service.connect();
    return () => service.disconnect();
  }, [service]);

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
        <button type="button" className="log-out" onClick={() => onLogOut(null)}>Log out</button>
      </header>
      <main className="pages">
        {manager && <TeamPage api={api} refreshKey={revision} />}
        <MyLeavePage api={api} refreshKey={revision} />
      </main>
    </>
  );
}

export default function App() {
  const [session, setSession] = useState(() => loadSession());
  const [notice, setNotice] = useState(null);

  const logOut = useCallback((message) => {
    saveSession(null);
    setNotice(message);
    setSession(null);
  }, []);

  if (!session) {
    return (
      <LoginPage
        notice={notice}
        onLoggedIn={(started) => {
          saveSession(started);
          setNotice(null);
          setSession(started);
        }}
      />
    );
  }
  return <Workspace key={session.token} session={session} onLogOut={logOut} />;
}
