import { useCallback, useEffect, useState } from 'react';
import { useServerAction } from '../../connection.js';
import ErrorMessage from '../ErrorMessage.jsx';
import HrNav from './HrNav.jsx';

/** The public holidays of a year: added or removed, each change recounting the pending requests over it. */
export default function HolidaysPage({ api }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const [holidays, setHolidays] = useState([]);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);
  const [error, setError] = useState(null);
  const [done, setDone] = useState(null);

  const load = useCallback(async () => {
    try {
      setHolidays(await api.holidays(year));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, year]);

  useEffect(() => {
    load();
  }, [load]);

  const change = async (action, message) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const answer = await action();
      setDone(`${message}${answer?.recountedRequests ? `; ${answer.recountedRequests} pending request(s) recounted` : ''}.`);
      await load();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="holidays-heading">
      <h1 id="holidays-heading">Public holidays</h1>
      <HrNav />
      <label>
        Year
        <select name="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[year - 1, year, year + 1].map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      <ErrorMessage error={error} />
      {done && <p role="status" className="notice">{done}</p>}
      {holidays.length === 0 ? <p className="empty">No public holidays in {year}.</p> : (
        <ul className="holidays">
          {holidays.map((h) => (
            <li key={h.date}>
              <time dateTime={h.date}>{h.date}</time> {h.name}{' '}
              <button type="button" {...serverAction} aria-label={`Remove ${h.name} (${h.date})`}
                      onClick={() => change(() => api.removeHoliday(h.date), `${h.name} removed`)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      <form className="hr-form" onSubmit={(e) => {
        e.preventDefault();
        change(() => api.addHoliday(date, name), `${name} added`).then(() => { setDate(''); setName(''); });
      }}>
        <h2>Add a public holiday</h2>
        <label>Date<input name="date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} /></label>
        <label>Name<input name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} /></label>
        <button type="submit" className="primary" {...serverAction}>Add</button>
      </form>
    </section>
  );
}
