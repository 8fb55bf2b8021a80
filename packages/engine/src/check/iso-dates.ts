// Calendar arithmetic on ISO date strings (YYYY-MM-DD); the engine has no Date (house rule: no clock).

function parts(isoDate: string): [number, number, number] {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  return [year, month, day];
}

function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The same day n months later; the 31st becomes the last day of a shorter month. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return toIso(newYear, newMonth, Math.min(day, daysInMonth(newYear, newMonth)));
}

export function nextDay(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  if (day < daysInMonth(year, month)) return toIso(year, month, day + 1);
  return month === 12 ? toIso(year + 1, 1, 1) : toIso(year, month + 1, 1);
}

/** Completed months from one date to a later one ("2019-08-01" → "2022-08-01" = 36). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth, fromDay] = parts(from);
  const [toYear, toMonth, toDay] = parts(to);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) - (toDay < fromDay ? 1 : 0);
}
