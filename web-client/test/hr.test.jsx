import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../src/api.js';
import EmployeePage from '../src/pages/hr/EmployeePage.jsx';
import EmployeesPage, { matches } from '../src/pages/hr/EmployeesPage.jsx';
import HolidaysPage from '../src/pages/hr/HolidaysPage.jsx';
import ImportPage from '../src/pages/hr/ImportPage.jsx';

const PEOPLE = [
  { id: 'alice', username: 'alice', displayName: 'Alice Archer', roles: ['EMPLOYEE'], managerId: 'bob', active: true },
  { id: 'bob', username: 'bob', displayName: 'Bob Baker', roles: ['EMPLOYEE', 'MANAGER'], managerId: 'hana', active: true },
  { id: 'hana', username: 'hana', displayName: 'Hana Hale', roles: ['EMPLOYEE', 'HR_ADMIN'], managerId: null, active: true },
];

function at(path, element, route) {
  return render(<MemoryRouter initialEntries={[path]}><Routes><Route path={route ?? path} element={element} /></Routes></MemoryRouter>);
}

describe('HR administration in the browser', () => {
  afterEach(cleanup);

  it('searches people by name or username', () => {
    expect(matches(PEOPLE[0], 'ARCH')).toBe(true);
    expect(matches(PEOPLE[0], 'bob')).toBe(false);
    expect(matches(PEOPLE[0], '  ')).toBe(true);
  });

  it('lists everyone with their manager by name, and creates someone under a manager', async () => {
    const api = { employees: vi.fn().mockResolvedValue(PEOPLE),
      createEmployee: vi.fn().mockResolvedValue({ id: 'dan', displayName: 'Dan Doyle' }) };
    at('/hr', <EmployeesPage api={api} />);

    const row = (await screen.findByRole('link', { name: 'Alice Archer' })).closest('tr');
    expect(within(row).getByText('Bob Baker')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Search by name or username'), 'hana');
    expect(screen.queryByRole('link', { name: 'Alice Archer' })).toBeNull();

    await userEvent.type(screen.getByLabelText('Username'), 'dan');
    await userEvent.type(screen.getByLabelText('Name'), 'Dan Doyle');
    await userEvent.selectOptions(screen.getByLabelText('Reports to'), 'bob');
    await userEvent.type(screen.getByLabelText(/First password/), 'a first password to change');
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));

    expect(api.createEmployee).toHaveBeenCalledWith({ username: 'dan', displayName: 'Dan Doyle', roles: ['EMPLOYEE'],
      managerId: 'bob', annualAllowance: 25, initialPassword: 'a first password to change' });
    expect(await screen.findByText('Dan Doyle was created.')).toBeInTheDocument();
  });

  it('moves, re-roles, sets an allowance and deactivates only after confirming', async () => {
    const api = {
      employee: vi.fn().mockResolvedValue({ ...PEOPLE[0], allowanceYear: 2026, annualAllowance: 25 }),
      employees: vi.fn().mockResolvedValue(PEOPLE),
      setManager: vi.fn().mockResolvedValue({}),
      setAllowance: vi.fn().mockResolvedValue({ year: 2027, annualAllowance: 27.5 }),
      setRoles: vi.fn().mockResolvedValue({}),
      deactivate: vi.fn().mockResolvedValue({}),
    };
    at('/hr/employees/alice', <EmployeePage api={api} />, '/hr/employees/:id');

    // the page moves focus to its heading in an effect once the person is loaded: wait for it, not for the heading
    const heading = await screen.findByRole('heading', { level: 1, name: 'Alice Archer' });
    await vi.waitFor(() => expect(heading).toHaveFocus());
    await userEvent.selectOptions(screen.getByLabelText('Reports to'), '');
    await userEvent.click(screen.getByRole('button', { name: 'Move Alice Archer' }));
    expect(api.setManager).toHaveBeenCalledWith('alice', '');

    await userEvent.click(screen.getByLabelText('Manager'));
    await userEvent.click(screen.getByRole('button', { name: "Save Alice Archer's roles" }));
    expect(api.setRoles).toHaveBeenCalledWith('alice', ['EMPLOYEE', 'MANAGER']);

    await userEvent.selectOptions(screen.getByLabelText('Year'), '2027');
    await userEvent.clear(screen.getByLabelText('Days (whole or half)'));
    await userEvent.type(screen.getByLabelText('Days (whole or half)'), '27.5');
    await userEvent.click(screen.getByRole('button', { name: 'Set the allowance of 2027' }));
    expect(api.setAllowance).toHaveBeenCalledWith('alice', 2027, 27.5);
    expect(await screen.findByText('Alice Archer has 27.5 days of annual leave in 2027.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Deactivate Alice Archer' }));
    expect(api.deactivate).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText(/Alice Archer leaves/));
    await userEvent.click(screen.getByRole('button', { name: 'Deactivate Alice Archer' }));
    expect(api.deactivate).toHaveBeenCalledWith('alice');
  });

  it('adds and removes public holidays', async () => {
    const api = { holidays: vi.fn().mockResolvedValue([{ date: '2026-12-25', name: 'Christmas Day' }]),
      addHoliday: vi.fn().mockResolvedValue({ date: '2026-12-08', recountedRequests: 2 }),
      removeHoliday: vi.fn().mockResolvedValue({ date: '2026-12-25', recountedRequests: 0 }) };
    at('/hr/holidays', <HolidaysPage api={api} />);

    await userEvent.click(await screen.findByRole('button', { name: 'Remove Christmas Day (2026-12-25)' }));
    expect(api.removeHoliday).toHaveBeenCalledWith('2026-12-25');

    await userEvent.type(screen.getByLabelText('Date'), '2026-12-08');
    await userEvent.type(screen.getByLabelText('Name'), 'Founders');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(api.addHoliday).toHaveBeenCalledWith('2026-12-08', 'Founders');
    expect(await screen.findByText('Founders added; 2 pending request(s) recounted.')).toBeInTheDocument();
  });

  it('shows every refused line of an import', async () => {
    const api = { importEmployees: vi.fn().mockRejectedValue(new ApiError(400, {
      code: 'EmployeeImportRejected', detail: 'nobody was imported: 2 lines are wrong',
      errors: [{ line: 3, message: 'alice cannot be a manager' }, { line: 4, message: "the allowance 'many' is not a number of days" }],
    })) };
    at('/hr/import', <ImportPage api={api} />);

    await userEvent.type(screen.getByLabelText('Or paste the lines'), 'x,y');
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('nobody was imported: 2 lines are wrong');
    expect(alert).toHaveTextContent('Line 3: alice cannot be a manager');
    expect(alert).toHaveTextContent("Line 4: the allowance 'many' is not a number of days");
  });
});
