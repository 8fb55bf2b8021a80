// Dates travel as ISO strings (YYYY-MM-DD); the engine has no clock and needs no Date objects.

/** "2026-06-30" → "30.06.2026". */
export function formatGermanDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}

/** Compares ISO dates; negative when a is earlier. */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
