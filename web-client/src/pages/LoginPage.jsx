import { useEffect, useRef, useState } from 'react';
import ErrorMessage from './ErrorMessage.jsx';

export default function LoginPage({ onLogIn, notice }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const [newPassword, setNewPassword] = useState('');
  const [mustChange, setMustChange] = useState(false);
  const passwordField = useRef(null);
  const newPasswordField = useRef(null);

  // After a refusal the focus goes back to the password (the button was disabled meanwhile), its text
  // selected to be typed again; the refusal itself is announced by the alert.
  useEffect(() => {
    if (error && !busy) {
      const field = mustChange ? newPasswordField.current : passwordField.current;
      field?.focus();
      field?.select();
    }
  }, [error, busy, mustChange]);

  // Asked for a password of one's own: the new field takes the focus once it is on the page (an effect runs
  // after the render that added it; a timer could run before it and find no field).
  useEffect(() => {
    if (mustChange) {
      newPasswordField.current?.focus();
    }
  }, [mustChange]);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLogIn(username.trim(), password, mustChange ? newPassword : undefined);
    } catch (e) {
      if (e.code === 'PASSWORD_CHANGE_REQUIRED') {
        // the first sign-in with a password someone else set: one more field, not an error
        setMustChange(true);
        setError(null);
        setBusy(false);
        return;
      }
      setError(e);
      setBusy(false);
    }
  };

  return (
    <main className="login">
      <form className="card login-form" onSubmit={submit} aria-labelledby="login-heading">
        <h1 id="login-heading">Leave Notify</h1>
        {notice && <p className="notice" role="status">{notice}</p>}
        <label>
          Username
          <input name="username" autoComplete="username" value={username} required autoFocus
                 onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          Password
          <input ref={passwordField} name="password" type="password" aria-describedby={error ? 'login-error' : undefined} autoComplete="current-password" value={password} required
                 onChange={(e) => setPassword(e.target.value)} />
        </label>
        {mustChange && (
          <>
            <p className="notice" role="status">
              This password was set for your first sign-in. Choose one of your own to finish signing in.
            </p>
            <label>
              New password
              <input ref={newPasswordField} name="newPassword" type="password" autoComplete="new-password"
                     value={newPassword} required onChange={(e) => setNewPassword(e.target.value)} />
            </label>
          </>
        )}
        <div id="login-error"><ErrorMessage error={error} /></div>
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Logging in…' : 'Log in'}</button>
        <p className="hint">Demo users: alice, carol, bob (manager), hana (HR); password <code>demo</code>.</p>
      </form>
    </main>
  );
}
