import { useEffect, useState } from 'react';
import ErrorMessage from './ErrorMessage.jsx';

/** Every kind of notification, in the words people read it in. */
export const KINDS = [
  ['LEAVE_REQUEST_SUBMITTED', 'Someone asks me for leave'],
  ['LEAVE_REQUEST_CANCELLED', 'Someone cancels leave I decide'],
  ['LEAVE_REQUEST_REASSIGNED', 'A request is handed to me'],
  ['LEAVE_REQUEST_REMINDER', 'A request still waits for my decision'],
  ['LEAVE_REQUEST_ESCALATED', 'A request was passed up because nobody decided it'],
  ['LEAVE_REQUEST_STARTED_UNDECIDED', 'Leave began before anyone decided it (HR)'],
  ['LEAVE_REQUEST_APPROVED', 'My leave is approved'],
  ['LEAVE_REQUEST_REJECTED', 'My leave is rejected'],
  ['MANAGER_CHANGED', 'My team or my manager changes'],
];

/**
 * What reaches me by e-mail: each kind of notification, e-mailed when I have not read it in the app ten minutes
 * after it came, or shown in the app only. Saving sends only the kinds that changed.
 */
export default function EmailSettingsPage({ api }) {
  const [saved, setSaved] = useState(null);
  const [wanted, setWanted] = useState(null);
  const [error, setError] = useState(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let current = true;
    api.notificationPreferences().then((preferences) => {
      if (current) {
        setSaved(preferences.email);
        setWanted(preferences.email);
      }
    }, (e) => current && setError(e));
    return () => { current = false; };
  }, [api]);

  const changed = wanted && saved
    ? Object.fromEntries(Object.entries(wanted).filter(([kind, value]) => saved[kind] !== value)) : {};

  async function save(event) {
    event.preventDefault();
    setError(null);
    try {
      const preferences = await api.changeNotificationPreferences(changed);
      setSaved(preferences.email);
      setWanted(preferences.email);
      setStatus('Saved.');
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section aria-labelledby="email-settings-title">
      <h1 id="email-settings-title">E-mail</h1>
      <p>Everything always shows here in the app. What you have not read ten minutes after it came can also reach
        you by e-mail; every e-mail has a link to stop that kind.</p>
      <ErrorMessage error={error} />
      {wanted && (
        <form onSubmit={save}>
          <fieldset>
            <legend>E-mail me when</legend>
            {KINDS.map(([kind, label]) => (
              <label key={kind} className="check">
                <input type="checkbox" checked={wanted[kind] !== false}
                       onChange={(e) => { setStatus(''); setWanted({ ...wanted, [kind]: e.target.checked }); }} />
                {' '}{label}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={Object.keys(changed).length === 0}>Save</button>
          <span role="status">{status}</span>
        </form>
      )}
    </section>
  );
}
