import { useState } from 'react';
import { useServerAction } from '../../connection.js';
import ErrorMessage from '../ErrorMessage.jsx';
import HrNav from './HrNav.jsx';

const EXAMPLE = 'username,displayName,roles,managerUsername,allowance,initialPassword\n'
  + 'dan,Dan Doyle,EMPLOYEE|MANAGER,,25,a first password to change';

/**
 * Importing people from a CSV file (docs/administration.md): all or nothing, and every refused line is
 * shown with its number.
 */
export default function ImportPage({ api }) {
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);
  const [error, setError] = useState(null);
  const [imported, setImported] = useState(null);

  const readFile = async (event) => {
    const file = event.target.files?.[0];
    if (file) setCsv(await file.text());
  };

  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setImported(null);
    try {
      setImported(await api.importEmployees(csv));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="import-heading">
      <h1 id="import-heading">Import employees from CSV</h1>
      <HrNav />
      <p>
        One person per line: <code>username,displayName,roles,managerUsername,allowance[,initialPassword]</code>;
        roles separated by <code>|</code>. If any line is wrong, nobody is created and every wrong line is listed.
      </p>
      <form className="hr-form import-form" onSubmit={submit}>
        <label>CSV file<input type="file" accept=".csv,text/csv,text/plain" onChange={readFile} /></label>
        <label>
          Or paste the lines
          <textarea name="csv" rows={8} value={csv} placeholder={EXAMPLE} onChange={(e) => setCsv(e.target.value)} />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" {...serverAction} disabled={busy || !csv.trim() || serverAction.disabled}>
          Import
        </button>
      </form>
      {imported && (
        <div role="status" className="notice">
          <p>{imported.count} employee(s) created:</p>
          <ul>{imported.created.map((e) => <li key={e.id}>{e.displayName} ({e.username})</li>)}</ul>
        </div>
      )}
    </section>
  );
}
