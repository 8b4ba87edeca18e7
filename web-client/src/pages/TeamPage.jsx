import { useCallback, useEffect, useState } from 'react';
import ErrorMessage from './ErrorMessage.jsx';

function PendingRow({ request, api, onDecided, onError }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);

  const decide = async (action) => {
    setBusy(true);
    try {
      await action();
      onDecided();
    } catch (e) {
      onError(e);
      setBusy(false);
    }
  };

  return (
    <tr data-id={request.id} data-employee={request.employeeId}>
      <td>{request.employeeId}</td><td>{request.type}</td><td>{request.startDate}</td><td>{request.endDate}</td>
      <td>{request.workingDays}</td><td>{request.reason}</td>
      <td className="actions">
        {rejecting ? (
          <form onSubmit={(e) => { e.preventDefault(); decide(() => api.reject(request.id, reason)); }}>
            <label className="visually-hidden" htmlFor={`reason-${request.id}`}>Reason for rejecting</label>
            <input id={`reason-${request.id}`} name="rejectReason" placeholder="Reason" value={reason} required
                   autoFocus onChange={(e) => setReason(e.target.value)} />
            <button type="submit" className="danger" disabled={busy}>Confirm reject</button>
            <button type="button" onClick={() => setRejecting(false)}>Back</button>
          </form>
        ) : (
          <>
            <button type="button" className="primary approve" disabled={busy}
                    onClick={() => decide(() => api.approve(request.id))}>Approve</button>
            <button type="button" className="reject" disabled={busy} onClick={() => setRejecting(true)}>Reject</button>
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * A manager's page: the pending requests of their direct reports, to approve or reject with a reason. Whoever
 * has direct reports is their manager, whatever their roles (CONTRACT.md, team view); for anyone else the
 * server answers 403 and the page shows nothing.
 */
export default function TeamPage({ api, refreshKey }) {
  const [pending, setPending] = useState([]);
  const [error, setError] = useState(null);
  const [decides, setDecides] = useState(true);

  const load = useCallback(async () => {
    try {
      setPending(await api.teamPending());
      setError(null);
      setDecides(true);
    } catch (e) {
      if (e.status === 403) setDecides(false);
      else setError(e);
    }
  }, [api]);

  useEffect(() => {
    load();
  }, [load, refreshKey]);

  if (!decides) return null;
  return (
    <section className="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Team requests waiting for you</h2>
      <ErrorMessage error={error} />
      {pending.length === 0 ? <p className="empty">Nothing is waiting for your decision.</p> : (
        <table className="requests team-requests">
          <thead>
            <tr><th scope="col">Employee</th><th scope="col">Type</th><th scope="col">From</th><th scope="col">To</th>
              <th scope="col">Days</th><th scope="col">Reason</th><th scope="col">Decision</th></tr>
          </thead>
          <tbody>
            {pending.map((r) => (
              <PendingRow key={r.id} request={r} api={api} onDecided={load} onError={setError} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
