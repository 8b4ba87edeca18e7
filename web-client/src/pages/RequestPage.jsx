import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import CancelRequest from './CancelRequest.jsx';
import { useServerAction } from '../connection.js';
import ErrorMessage from './ErrorMessage.jsx';

const TYPE_LABELS = { ANNUAL: 'Annual leave', SICK: 'Sick leave', UNPAID: 'Unpaid leave' };
const DECISIONS = { APPROVED: 'Approved', REJECTED: 'Rejected', CANCELLED: 'Cancelled' };

function when(iso) {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? '' : at.toLocaleString();
}

function cancellable(request) {
  return request.status === 'PENDING'
    || (request.status === 'APPROVED' && request.startDate > new Date().toISOString().slice(0, 10));
}

function nameOf(person, fallback) {
  return person?.displayName ?? fallback ?? 'someone';
}

/** What the request went through, oldest first: asked for, then decided or cancelled (by whom, when). */
export function historyOf(request) {
  const steps = [{ what: 'Asked for', who: nameOf(request.employee, request.employeeId), at: request.createdAt }];
  if (DECISIONS[request.status] && request.decidedAt) {
    steps.push({
      what: DECISIONS[request.status], who: nameOf(request.decidedBy), at: request.decidedAt,
      comment: request.decisionComment,
    });
  }
  return steps;
}

function Decide({ request, api, onDone }) {
  const [comment, setComment] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);
  const [error, setError] = useState(null);
  const act = async (action) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const who = nameOf(request.employee, request.employeeId);
  return (
    <form className="decide" onSubmit={(e) => { e.preventDefault(); act(() => (rejecting
      ? api.reject(request.id, comment) : api.approve(request.id, comment))); }}>
      <label>
        {rejecting ? 'Reason for rejecting (required)' : 'Comment (optional)'}
        <input name="decisionComment" value={comment} required={rejecting} maxLength={500}
               onChange={(e) => setComment(e.target.value)} />
      </label>
      <ErrorMessage error={error} />
      <div className="actions">
        {rejecting ? (
          <>
            <button type="submit" className="danger" {...serverAction}>Reject {who}&apos;s request</button>
            <button type="button" onClick={() => setRejecting(false)}>Back</button>
          </>
        ) : (
          <>
            <button type="submit" className="primary" {...serverAction}>Approve {who}&apos;s request</button>
            <button type="button" onClick={() => setRejecting(true)}>Reject…</button>
          </>
        )}
      </div>
    </form>
  );
}

/**
 * One request at its own address (/requests/:id): what was asked, its current state and its history, and
 * what the viewer may do with it (its employee: cancel; its decider: approve or reject).
 */
export default function RequestPage({ api, me, refreshKey }) {
  const { id } = useParams();
  const [request, setRequest] = useState(null);
  const [error, setError] = useState(null);
  const heading = useRef(null);

  const load = useCallback(async () => {
    try {
      setRequest(await api.request(id));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, id]);

  useEffect(() => {
    load();
  }, [load, refreshKey]);

  // The page's heading takes the focus once there is something to read (a new address, not each reload).
  const shownId = request?.id ?? (error ? `error:${id}` : null);
  useEffect(() => {
    if (shownId) heading.current?.focus();
  }, [shownId]);

  if (error && !request) {
    return (
      <section className="card" aria-labelledby="request-heading">
        <h1 id="request-heading" ref={heading} tabIndex={-1}>Leave request</h1>
        {error.status === 404
          ? <p>This request does not exist, or it is not one you may see.</p>
          : <ErrorMessage error={error} />}
        <p><Link to="/">Back to my leave</Link></p>
      </section>
    );
  }
  if (!request) return <p className="empty" role="status">Loading…</p>;

  const mine = request.employeeId === me;
  const decidable = !mine && request.status === 'PENDING';
  return (
    <section className="card request-page" aria-labelledby="request-heading" data-status={request.status}>
      <h1 id="request-heading" ref={heading} tabIndex={-1}>
        {TYPE_LABELS[request.type] ?? request.type} of {nameOf(request.employee, request.employeeId)}
      </h1>
      <p>
        <span className={`status status-${request.status.toLowerCase()}`}>{request.status}</span>{' '}
        {request.startDate} to {request.endDate}, {request.workingDays} working day(s)
      </p>
      {request.reason && <p>Reason: {request.reason}</p>}
      <h2>History</h2>
      <ol className="history">
        {historyOf(request).map((step) => (
          <li key={step.what}>
            <strong>{step.what}</strong> by {step.who}, <time dateTime={step.at}>{when(step.at)}</time>
            {step.comment && <>: “{step.comment}”</>}
          </li>
        ))}
      </ol>
      <ErrorMessage error={error} />
      {decidable && <Decide request={request} api={api} onDone={load} />}
      {mine && cancellable(request) && <CancelRequest request={request} api={api} onDone={load} />}
      <p><Link to="/">Back to my leave</Link></p>
    </section>
  );
}
