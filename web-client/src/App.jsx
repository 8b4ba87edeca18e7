import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { createApi } from './api.js';
import ConnectionBanner from './ConnectionBanner.jsx';
import { ConnectionContext } from './connection.js';
import { NotificationService } from '@leave-notify/notification-client';
import { useNotifications } from './useNotifications.js';
import NotificationsComponent from './NotificationsComponent.jsx';
import LoginPage from './pages/LoginPage.jsx';
import EmailSettingsPage from './pages/EmailSettingsPage.jsx';
import MyLeavePage from './pages/MyLeavePage.jsx';
import EmployeePage from './pages/hr/EmployeePage.jsx';
import EmployeesPage from './pages/hr/EmployeesPage.jsx';
import HolidaysPage from './pages/hr/HolidaysPage.jsx';
import ImportPage from './pages/hr/ImportPage.jsx';
import NotFoundPage from './pages/NotFoundPage.jsx';
import RealtimeApiPage from './pages/RealtimeApiPage.jsx';
import RequestPage from './pages/RequestPage.jsx';
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
  const { revision, connection } = useNotifications(service);

  useEffect(() => {
    service.connect();
    return () => service.disconnect();
  }, [service]);

  useEffect(() => {
    service.useToken(session.token);
  }, [service, session.token]);

  const navigate = useNavigate();
  const manager = session.roles.includes('MANAGER');
  const hr = session.roles.includes('HR_ADMIN');
  return (
    <ConnectionContext.Provider value={connection !== 'offline' && connection !== 'reconnecting'}>
      <header className="top-bar">
        <span className="brand">Leave Notify</span>
        <nav aria-label="Pages" className="page-links">
          <NavLink to="/" end>My leave</NavLink>
          <NavLink to="/team">Team</NavLink>
          {hr && <NavLink to="/hr">HR</NavLink>}
          <NavLink to="/settings/email">E-mail</NavLink>
        </nav>
        <span className="who">
          Logged in as <strong data-testid="current-user">{session.username}</strong>
          {manager && <span className="role">manager</span>}
        </span>
        <NotificationsComponent service={service} requestOf={api.request} approve={api.approve}
                                onOpen={(n) => n.leaveRequestId && navigate(`/requests/${encodeURIComponent(n.leaveRequestId)}`)} />
        <button type="button" className="log-out" onClick={() => sessions.signOut()}>Log out</button>
      </header>
      <ConnectionBanner service={service} />
      <main className="pages">
        <Routes>
          <Route path="/" element={(
            <>
              <h1 className="visually-hidden">My leave</h1>
              <TeamPage api={api} refreshKey={revision} />
              <MyLeavePage api={api} refreshKey={revision} />
            </>
          )} />
          <Route path="/team" element={(
            <>
              <h1 className="visually-hidden">Team</h1>
              <TeamPage api={api} refreshKey={revision} always />
            </>
          )} />
          <Route path="/requests/:id" element={<RequestPage api={api} me={session.userId} refreshKey={revision} />} />
          <Route path="/settings/email" element={<EmailSettingsPage api={api} />} />
          {hr && (
            <>
              <Route path="/hr" element={<EmployeesPage api={api} />} />
              <Route path="/hr/employees/:id" element={<EmployeePage api={api} />} />
              <Route path="/hr/holidays" element={<HolidaysPage api={api} />} />
              <Route path="/hr/import" element={<ImportPage api={api} />} />
            </>
          )}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </main>
    </ConnectionContext.Provider>
  );
}

/**
 * The app: a session shared by every tab of the browser (SessionManager), resumed from the refresh cookie
 * on load, so that a new tab or a reload needs no login.
 */
export const REALTIME_API_PAGE = '/docs/realtime';

export default function App({ sessions: given }) {
  const [sessions] = useState(() => given ?? new SessionManager());
  const state = useSyncExternalStore(sessions.subscribe, sessions.getState, sessions.getState);
  const location = useLocation();

  useEffect(() => {
    sessions.resume();
  }, [sessions]);

  // the description of the real-time API is public, like /asyncapi.json that it shows
  if (location.pathname === REALTIME_API_PAGE) {
    return <RealtimeApiPage />;
  }
  if (state.status === 'resuming') {
    return <main className="login"><p role="status" className="notice">Loading…</p></main>;
  }
  if (state.status !== 'signed-in') {
    return <LoginPage notice={state.notice} onLogIn={(username, password, newPassword) => sessions.signIn(username, password, newPassword)} />;
  }
  return <Workspace key={state.session.userId} session={state.session} sessions={sessions} />;
}
