import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useServerAction } from '../../connection.js';
import ErrorMessage from '../ErrorMessage.jsx';
import { ROLE_LABELS, ROLES } from './EmployeesPage.jsx';
import HrNav from './HrNav.jsx';

/** One change HR can make: its own form, its own busy state, error and confirmation. */
function Change({ title, onSubmit, children, submitLabel, className = '' }) {
  const [busy, setBusy] = useState(false);
  const serverAction = useServerAction(busy);
  const [error, setError] = useState(null);
  const [done, setDone] = useState(null);
  const submit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(await onSubmit());
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className={`card hr-form ${className}`} onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      {children}
      <ErrorMessage error={error} />
      {done && <p role="status" className="notice">{done}</p>}
      <button type="submit" className={className.includes('danger') ? 'danger' : 'primary'} {...serverAction}>
        {submitLabel}
      </button>
    </form>
  );
}

/** HR's page of one employee: manager, roles, allowances per year, password reset, deactivation. */
export default function EmployeePage({ api }) {
  const { id } = useParams();
  const [employee, setEmployee] = useState(null);
  const [everyone, setEveryone] = useState([]);
  const [error, setError] = useState(null);
  const [managerId, setManagerId] = useState('');
  const [roles, setRoles] = useState([]);
  const [year, setYear] = useState(new Date().getFullYear());
  const [allowance, setAllowance] = useState('');
  const [password, setPassword] = useState('');
  const [confirmDeactivate, setConfirmDeactivate] = useState(false);
  const heading = useRef(null);

  const load = useCallback(async () => {
    try {
      const [found, all] = await Promise.all([api.employee(id), api.employees()]);
      setEmployee(found);
      setEveryone(all);
      setManagerId(found.managerId ?? '');
      setRoles(found.roles);
      setAllowance(String(found.annualAllowance));
      setYear(found.allowanceYear);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [api, id]);

  useEffect(() => {
    load();
  }, [load]);

  useEffect(() => {
    if (employee) heading.current?.focus();
  }, [employee?.id]);

  if (!employee) {
    return (
      <section className="card">
        <h1>Employee</h1>
        <HrNav />
        {error ? <ErrorMessage error={error} /> : <p role="status">Loading…</p>}
      </section>
    );
  }
  const managers = everyone.filter((e) => e.active && e.roles.includes('MANAGER') && e.id !== employee.id);
  const name = employee.displayName;
  return (
    <>
      <section className="card" aria-labelledby="employee-heading">
        <h1 id="employee-heading" ref={heading} tabIndex={-1}>{name}</h1>
        <HrNav />
        <p>
          {employee.username} · {employee.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ')} ·{' '}
          {employee.active ? 'Active' : 'Deactivated'}
        </p>
        <p><Link to="/hr">Back to everyone</Link></p>
      </section>
      {employee.active && (
        <div className="hr-changes">
          <Change title="Reporting line" submitLabel={`Move ${name}`} onSubmit={async () => {
            await api.setManager(employee.id, managerId);
            await load();
            return `${name} now reports to ${managers.find((m) => m.id === managerId)?.displayName ?? 'nobody'}.`;
          }}>
            <label>
              Reports to
              <select name="managerId" value={managerId} onChange={(e) => setManagerId(e.target.value)}>
                <option value="">Nobody</option>
                {managers.map((m) => <option key={m.id} value={m.id}>{m.displayName}</option>)}
              </select>
            </label>
          </Change>
          <Change title="Roles" submitLabel={`Save ${name}'s roles`} onSubmit={async () => {
            await api.setRoles(employee.id, roles);
            await load();
            return 'Roles saved; their earlier sessions were ended.';
          }}>
            <fieldset>
              <legend>Roles of {name}</legend>
              {ROLES.map((role) => (
                <label key={role} className="inline">
                  <input type="checkbox" checked={roles.includes(role)} disabled={role === 'EMPLOYEE'}
                         onChange={() => setRoles(roles.includes(role) ? roles.filter((r) => r !== role) : [...roles, role])} />
                  {ROLE_LABELS[role]}
                </label>
              ))}
            </fieldset>
          </Change>
          <Change title="Annual leave allowance" submitLabel={`Set the allowance of ${year}`} onSubmit={async () => {
            const saved = await api.setAllowance(employee.id, year, Number(allowance));
            return `${name} has ${saved.annualAllowance} days of annual leave in ${saved.year}.`;
          }}>
            <label>
              Year
              <select name="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
                {[employee.allowanceYear - 1, employee.allowanceYear, employee.allowanceYear + 1].map((y) => (
                  <option key={y} value={y}>{y}</option>
                ))}
              </select>
            </label>
            <label>
              Days (whole or half)
              <input name="annualAllowance" type="number" min="0" max="366" step="0.5" required value={allowance}
                     onChange={(e) => setAllowance(e.target.value)} />
            </label>
          </Change>
          <Change title="Password" submitLabel={`Set ${name}'s password`} onSubmit={async () => {
            await api.setPassword(employee.id, password);
            setPassword('');
            return 'Password set; their earlier sessions were ended.';
          }}>
            <label>
              New password
              <input name="newPassword" type="password" autoComplete="new-password" required value={password}
                     onChange={(e) => setPassword(e.target.value)} />
            </label>
          </Change>
          <Change title="Deactivate" className="danger-zone danger" submitLabel={`Deactivate ${name}`}
                  onSubmit={async () => {
                    if (!confirmDeactivate) throw new Error(`Tick the box to confirm that ${name} leaves.`);
                    await api.deactivate(employee.id);
                    await load();
                    return `${name} was deactivated.`;
                  }}>
            <label className="inline">
              <input type="checkbox" checked={confirmDeactivate} onChange={(e) => setConfirmDeactivate(e.target.checked)} />
              {name} leaves: they cannot log in any more, and their open sessions end
            </label>
          </Change>
        </div>
      )}
    </>
  );
}
