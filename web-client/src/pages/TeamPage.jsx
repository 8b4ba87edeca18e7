import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useServerAction } from '../connection.js';
import ErrorMessage from './ErrorMessage.jsx';
import ScrollTable from './ScrollTable.jsx';

function PendingRow({ request, api, onDecided, onError }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);

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

  const what = `${request.employee?.displayName ?? request.employeeId}'s request for ${request.startDate} to ${request.endDate}`;
  return (
    <tr data-id={request.id} data-employee={request.employeeId}>
      <td><Link to={`/requests/${encodeURIComponent(request.id)}`}>{request.employee?.displayName ?? request.employeeId}</Link></td>
      <td>{request.type}</td><td>{request.startDate}</td><td>{request.endDate}</td>
      <td>{request.workingDays}</td><td>{request.reason}</td>
      <td className="actions">
        {rejecting ? (
          <form onSubmit={(e) => { e.preventDefault(); decide(() => api.reject(request.id, reason)); }}>
            <label className="visually-hidden" htmlFor={`reason-${request.id}`}>Reason for rejecting</label>
            <input id={`reason-${request.id}`} name="rejectReason" placeholder="Reason" value={reason} required
                   autoFocus onChange={(e) => setReason(e.target.value)} />
            <button type="submit" className="danger" {...serverAction} aria-label={`Confirm: reject ${what}`}>Confirm reject</button>
            <button type="button" onClick={() => setRejecting(false)}>Back</button>
          </form>
        ) : (
          <>
            <button type="button" className="primary approve" {...serverAction} aria-label={`Approve ${what}`}
                    onClick={() => decide(() => api.approve(request.id))}>Approve</button>
            <button type="button" className="reject" {...serverAction} aria-label={`Reject ${what}…`}
                    onClick={() => setRejecting(true)}>Reject</button>
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
export default function TeamPage({ api, refreshKey, always = false }) {
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

  if (!decides && !always) return null;
  return (
    <section className="card" aria-labelledby="team-heading">
      <h2 id="team-heading">Team requests waiting for you</h2>
      {!decides && <p className="empty">Nobody reports to you, so no request waits for your decision.</p>}
      <ErrorMessage error={error} />
      {pending.length === 0 ? <p className="empty">Nothing is waiting for your decision.</p> : (
        <ScrollTable label="Team requests">
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
        </ScrollTable>
      )}
    </section>
  );
}
