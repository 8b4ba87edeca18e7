import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import CancelRequest from './CancelRequest.jsx';
import { useServerAction } from '../connection.js';
import ErrorMessage from './ErrorMessage.jsx';
import ScrollTable from './ScrollTable.jsx';
import { checkDates, yearsOf } from '../leaveDates.js';

const TYPES = ['ANNUAL', 'SICK', 'UNPAID'];
const TYPE_LABELS = { ANNUAL: 'Annual', SICK: 'Sick', UNPAID: 'Unpaid' };

function today() {
  return new Date().toISOString().slice(0, 10);
}

/** Sick and unpaid leave have no allowance: the API leaves those numbers out. */
function amount(value) {
  return value ?? '—';
}

function cancellable(request) {
  return request.status === 'PENDING' || (request.status === 'APPROVED' && request.startDate > today());
}

export function Balances({ balances }) {
  if (balances.length === 0) return <p className="empty">No balances.</p>;
  return (
    <ScrollTable label="Balances">
      <table className="balances">
        <thead>
          <tr><th scope="col">Type</th><th scope="col">Year</th><th scope="col">Allowance</th>
            <th scope="col">Used</th><th scope="col">Reserved</th><th scope="col">Remaining</th></tr>
        </thead>
        <tbody>
          {balances.map((b) => (
            <tr key={`${b.type}-${b.year}`}>
              <td>{TYPE_LABELS[b.type] ?? b.type}</td><td>{b.year}</td><td>{amount(b.allowance)}</td>
              <td>{amount(b.used)}</td><td>{amount(b.reserved)}</td><td><strong>{amount(b.remaining)}</strong></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The public holidays of the years a period touches, asked for once per year. */
function useHolidays(api, startDate, endDate) {
  const known = useRef(new Map());
  const [holidays, setHolidays] = useState(new Set());
  useEffect(() => {
    let current = true;
    const years = yearsOf(startDate, endDate);
    Promise.all(years.map(async (year) => {
      if (!known.current.has(year)) {
        try {
          known.current.set(year, (await api.publicHolidays(year)).map((h) => h.date));
        } catch {
          return [];
        }
      }
      return known.current.get(year);
    })).then((lists) => {
      if (current) setHolidays(new Set(lists.flat()));
    });
    return () => {
      current = false;
    };
  }, [api, startDate, endDate]);
  return holidays;
}

function SubmitForm({ api, onSubmitted }) {
  const [form, setForm] = useState({ type: 'ANNUAL', startDate: '', endDate: '', reason: '' });
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);
  const set = (field) => (event) => setForm({ ...form, [field]: event.target.value });
  const holidays = useHolidays(api, form.startDate, form.endDate);
  const { problems, count } = checkDates(form, today(), holidays);

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.submit(form);
      setForm({ type: form.type, startDate: '', endDate: '', reason: '' });
      onSubmitted();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="submit-form" onSubmit={submit} aria-labelledby="submit-heading">
      <h3 id="submit-heading">Ask for leave</h3>
      <div className="fields">
        <label>Type
          <select name="type" value={form.type} onChange={set('type')}>
            {TYPES.map((t) => <option key={t} value={t}>{TYPE_LABELS[t]}</option>)}
          </select>
        </label>
        <label>From<input name="startDate" type="date" value={form.startDate} onChange={set('startDate')} required /></label>
        <label>To<input name="endDate" type="date" value={form.endDate} onChange={set('endDate')} required /></label>
        <label className="wide">Reason
          <input name="reason" value={form.reason} onChange={set('reason')} maxLength={500} />
        </label>
      </div>
      <div className="date-check" role="status" aria-live="polite">
        {problems.length > 0
          ? <ul className="problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul>
          : count !== null && <p>This request takes <strong>{count}</strong> working day{count === 1 ? '' : 's'}.</p>}
      </div>
      <ErrorMessage error={error} />
      <button type="submit" className="primary" {...serverAction} disabled={serverAction.disabled || problems.length > 0}>
        {busy ? 'Submitting…' : 'Submit request'}
      </button>
    </form>
  );
}

/** The employee's own page: balances, a form to ask for leave, and their requests with cancel. */
export default function MyLeavePage({ api, refreshKey }) {
  const [requests, setRequests] = useState([]);
  const [balances, setBalances] = useState([]);
  const [error, setError] = useState(null);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);

  const load = useCallback(async () => {
    try {
      const [mine, balance] = await Promise.all([api.myRequests(), api.myBalances(year)]);
      setRequests(mine);
      setBalances(balance);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, year]);

  useEffect(() => {
    load();
  }, [load, refreshKey]);

  return (
    <section className="card" aria-labelledby="my-leave-heading">
      <h2 id="my-leave-heading">My leave</h2>
      <ErrorMessage error={error} />
      <div className="year-switch" role="group" aria-label="Balances of">
        {[thisYear, thisYear + 1].map((y) => (
          <button key={y} type="button" className={`tab ${year === y ? 'current' : ''}`} aria-pressed={year === y}
                  onClick={() => setYear(y)}>{y}</button>
        ))}
      </div>
      <Balances balances={balances} />
      <SubmitForm api={api} onSubmitted={load} />
      <h3>My requests</h3>
      {requests.length === 0 ? <p className="empty">You have not asked for leave yet.</p> : (
        <ScrollTable label="My requests">
          <table className="requests my-requests">
            <thead>
              <tr><th scope="col">Type</th><th scope="col">From</th><th scope="col">To</th><th scope="col">Days</th>
                <th scope="col">Status</th><th scope="col">Reason</th><th scope="col">Decision</th><th scope="col" /></tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id} data-id={r.id} data-status={r.status}>
                  <td><Link to={`/requests/${encodeURIComponent(r.id)}`}>{TYPE_LABELS[r.type] ?? r.type}</Link></td>
                  <td>{r.startDate}</td><td>{r.endDate}</td><td>{r.workingDays}</td>
                  <td><span className={`status status-${r.status.toLowerCase()}`}>{r.status}</span></td>
                  <td>{r.reason}</td><td>{r.decisionComment}</td>
                  <td>{cancellable(r) && (
                    <CancelRequest request={r} api={api} onDone={load} />
                  )}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
