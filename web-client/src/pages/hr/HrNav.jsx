import { NavLink } from 'react-router';

/** The HR administration's own links. */
export default function HrNav() {
  return (
    <nav aria-label="HR administration" className="sub-nav">
      <NavLink to="/hr" end>Employees</NavLink>
      <NavLink to="/hr/holidays">Public holidays</NavLink>
      <NavLink to="/hr/import">Import from CSV</NavLink>
    </nav>
  );
}
