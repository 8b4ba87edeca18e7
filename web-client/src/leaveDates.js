/**
 * What a leave request will count before it is sent, with the server's rules (docs/web.md): Monday to
 * Friday are working days, public holidays are not, a half day at either end counts 0.5; a request
 * must cover at least one working day, may not end before it starts, and may not start in the past
 * (sick leave may start up to 14 days back). The server decides; this only tells the person early.
 */
export const SICK_BACKDATING_DAYS = 14;

function parse(date) {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function iso(date) {
  return date.toISOString().slice(0, 10);
}

/** The working days between start and end, both included, as the server counts them. */
export function workingDays(startDate, endDate, holidays = new Set(), { halfDayStart = false, halfDayEnd = false } = {}) {
  let count = 0;
  const days = [];
  for (let day = parse(startDate); iso(day) <= endDate; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(iso(day))) {
      count += 1;
      days.push(iso(day));
    }
    if (days.length > 400) break;
  }
  if (count > 0 && halfDayStart && days[0] === startDate) count -= 0.5;
  if (count > 0 && halfDayEnd && days[days.length - 1] === endDate) count -= 0.5;
  return count;
}

/**
 * What to say about the dates chosen: {problems: [..], count} where problems stop the request and count
 * is the working days it will take (null until both dates are there).
 */
export function checkDates({ type, startDate, endDate }, today, holidays) {
  if (!startDate || !endDate) return { problems: [], count: null };
  const problems = [];
  if (endDate < startDate) {
    problems.push('The last day is before the first.');
    return { problems, count: null };
  }
  const earliest = type === 'SICK'
    ? iso(new Date(parse(today).getTime() - SICK_BACKDATING_DAYS * 86_400_000)) : today;
  if (startDate < earliest) {
    problems.push(type === 'SICK'
      ? `Sick leave may start at most ${SICK_BACKDATING_DAYS} days ago.`
      : 'The first day is in the past.');
  }
  const count = workingDays(startDate, endDate, holidays);
  if (count === 0) problems.push('These days are all weekend days or public holidays: no working day to take off.');
  return { problems, count };
}

/** The years a period touches (for the public holidays to ask for). */
export function yearsOf(startDate, endDate) {
  if (!startDate || !endDate || endDate < startDate) return [];
  const years = [];
  for (let y = Number(startDate.slice(0, 4)); y <= Number(endDate.slice(0, 4)) && years.length < 3; y += 1) years.push(y);
  return years;
}
