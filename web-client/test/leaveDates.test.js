import { describe, expect, it } from 'vitest';
import { checkDates, workingDays, yearsOf } from '../src/leaveDates.js';

const NONE = new Set();

describe('the dates of a leave request, checked before sending', () => {
  it('counts Monday to Friday, without public holidays, halves at the ends', () => {
    expect(workingDays('2026-12-07', '2026-12-13', NONE)).toBe(5); // Monday to Sunday
    expect(workingDays('2026-12-21', '2026-12-27', new Set(['2026-12-25']))).toBe(4);
    expect(workingDays('2026-12-07', '2026-12-09', NONE, { halfDayStart: true, halfDayEnd: true })).toBe(2);
  });

  it('says how many working days the request takes', () => {
    expect(checkDates({ type: 'ANNUAL', startDate: '2026-12-14', endDate: '2026-12-16' }, '2026-12-03', NONE))
      .toEqual({ problems: [], count: 3 });
  });

  it('refuses an end before the start, a start in the past and a weekend-only period', () => {
    expect(checkDates({ type: 'ANNUAL', startDate: '2026-12-16', endDate: '2026-12-14' }, '2026-12-03', NONE).problems)
      .toEqual(['The last day is before the first.']);
    expect(checkDates({ type: 'ANNUAL', startDate: '2026-12-01', endDate: '2026-12-04' }, '2026-12-03', NONE).problems)
      .toEqual(['The first day is in the past.']);
    expect(checkDates({ type: 'ANNUAL', startDate: '2026-12-12', endDate: '2026-12-13' }, '2026-12-03', NONE))
      .toEqual({ problems: ['These days are all weekend days or public holidays: no working day to take off.'], count: 0 });
  });

  it('lets sick leave start up to 14 days back', () => {
    expect(checkDates({ type: 'SICK', startDate: '2026-11-23', endDate: '2026-11-24' }, '2026-12-03', NONE).problems)
      .toEqual([]);
    expect(checkDates({ type: 'SICK', startDate: '2026-11-18', endDate: '2026-11-19' }, '2026-12-03', NONE).problems)
      .toEqual(['Sick leave may start at most 14 days ago.']);
  });

  it('knows which years a period touches', () => {
    expect(yearsOf('2026-12-28', '2027-01-05')).toEqual([2026, 2027]);
    expect(yearsOf('2026-12-28', '')).toEqual([]);
  });
});
