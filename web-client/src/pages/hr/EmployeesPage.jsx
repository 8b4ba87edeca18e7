import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useServerAction } from '../../connection.js';
import ErrorMessage from '../ErrorMessage.jsx';
import ScrollTable from '../ScrollTable.jsx';
import HrNav from './HrNav.jsx';

export const ROLES = ['EMPLOYEE', 'MANAGER', 'HR_ADMIN'];
export const ROLE_LABELS = { EMPLOYEE: 'Employee', MANAGER: 'Manager', HR_ADMIN: 'HR administrator' };

/** Whether someone matches a search: by name or username, in any case. */
export function matches(employee, search) {
  const wanted = search.trim().toLowerCase();
  return !wanted || employee.displayName.toLowerCase().includes(wanted) || employee.username.toLowerCase().includes(wanted);
}

function CreateEmployee({ api, managers, onCreated }) {
  const empty = { username: '', displayName: '', roles: ['EMPLOYEE'], managerId: '', annualAllowance: '25',
    initialPassword: '' };
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);
  const [error, setError] = useState(null);
  const set = (field) => (event) => setForm({ ...form, [field]: event.target.value });
  const toggle = (role) => setForm({
    ...form, roles: form.roles.includes(role) ? form.roles.filter((r) => r !== role) : [...form.roles, role],
  });
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.createEmployee({ ...form, managerId: form.managerId || null,
        annualAllowance: Number(form.annualAllowance) });
      setForm(empty);
      onCreated(created);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card hr-form" onSubmit={submit} aria-labelledby="create-heading">
      <h2 id="create-heading">New employee</h2>
      <label>Username<input name="username" value={form.username} required onChange={set('username')} /></label>
      <label>Name<input name="displayName" value={form.displayName} required onChange={set('displayName')} /></label>
      <fieldset>
        <legend>Roles</legend>
        {ROLES.map((role) => (
          <label key={role} className="inline">
            <input type="checkbox" checked={form.roles.includes(role)} disabled={role === 'EMPLOYEE'}
                   onChange={() => toggle(role)} />
            {ROLE_LABELS[role]}
          </label>
        ))}
      </fieldset>
      <label>
        Reports to
        <select name="managerId" value={form.managerId} onChange={set('managerId')}>
          <option value="">Nobody</option>
          {managers.map((m) => <option key={m.id} value={m.id}>{m.displayName}</option>)}
        </select>
      </label>
      <label>
        Annual leave per year (days, whole or half)
        <input name="annualAllowance" type="number" min="0" max="366" step="0.5" required value={form.annualAllowance}
               onChange={set('annualAllowance')} />
      </label>
      <label>
        First password (they change it)
        <input name="initialPassword" type="password" autoComplete="new-password" value={form.initialPassword} required
               onChange={set('initialPassword')} />
      </label>
      <ErrorMessage error={error} />
      <button type="submit" className="primary" {...serverAction}>Create</button>
    </form>
  );
}

/** HR's list of everyone, with search, and the form to add someone. */
export default function EmployeesPage({ api }) {
  const [employees, setEmployees] = useState([]);
  const [search, setSearch] = useState('');
  const [error, setError] = useState(null);
  const [created, setCreated] = useState(null);

  const load = useCallback(async () => {
    try {
      setEmployees(await api.employees());
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api]);

  useEffect(() => {
    load();
  }, [load]);

  const shown = useMemo(() => employees.filter((e) => matches(e, search)), [employees, search]);
  const managers = employees.filter((e) => e.active && e.roles.includes('MANAGER'));
  const nameOf = (id) => employees.find((e) => e.id === id)?.displayName ?? id;

  return (
    <>
      <section className="card" aria-labelledby="employees-heading">
        <h1 id="employees-heading">Employees</h1>
        <HrNav />
        <ErrorMessage error={error} />
        {created && <p role="status" className="notice">{created.displayName} was created.</p>}
        <label className="search">
          Search by name or username
          <input type="search" name="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </label>
        <ScrollTable label="Employees">
          <table className="employees">
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Username</th><th scope="col">Roles</th>
                <th scope="col">Manager</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id} data-id={e.id}>
                  <td><Link to={`/hr/employees/${encodeURIComponent(e.id)}`}>{e.displayName}</Link></td>
                  <td>{e.username}</td>
                  <td>{e.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')}</td>
                  <td>{e.managerId ? nameOf(e.managerId) : '—'}</td>
                  <td>{e.active ? 'Active' : 'Deactivated'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        {shown.length === 0 && <p className="empty">Nobody matches.</p>}
      </section>
      <CreateEmployee api={api} managers={managers} onCreated={(person) => { setCreated(person); load(); }} />
    </>
  );
}
