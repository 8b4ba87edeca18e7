import { useState } from 'react';
import { useServerAction } from '../connection.js';
import ErrorMessage from './ErrorMessage.jsx';

/**
 * Cancelling one's own request, never in one click: "Cancel…" asks for confirmation with an optional
 * reason (told to the manager), "Keep it" goes back.
 */
export default function CancelRequest({ request, api, onDone, label }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);
  const [error, setError] = useState(null);
  const what = label ?? `${request.startDate} to ${request.endDate}`;

  if (!confirming) {
    return (
      <button type="button" aria-label={`Cancel the request for ${what}…`} {...serverAction}
              onClick={() => setConfirming(true)}>
        Cancel…
      </button>
    );
  }
  const confirm = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.cancel(request.id, reason.trim() || undefined);
      setConfirming(false);
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="cancel-form" onSubmit={confirm}>
      <label>
        Reason (optional, told to your manager)
        <input name="cancelReason" value={reason} maxLength={500} autoFocus onChange={(e) => setReason(e.target.value)} />
      </label>
      <ErrorMessage error={error} />
      <button type="submit" className="danger" {...serverAction}>Confirm cancellation of {what}</button>
      <button type="button" onClick={() => setConfirming(false)}>Keep it</button>
    </form>
  );
}
