import { useState } from 'react';
import ErrorMessage from './ErrorMessage.jsx';

export default function LoginPage({ onLogIn, notice }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLogIn(username.trim(), password);
    } catch (e) {
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
          <input name="password" type="password" autoComplete="current-password" value={password} required
                 onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Logging in…' : 'Log in'}</button>
        <p className="hint">Demo users: alice, carol, bob (manager), hana (HR); password <code>demo</code>.</p>
      </form>
    </main>
  );
}
