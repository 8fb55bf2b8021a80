import { describe, expect, it } from 'vitest';
import { addMonths, nextDay, wholeMonthsBetween } from './iso-dates.js';

describe('ISO date arithmetic', () => {
  it('adds months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2026-06-30', 3)).toBe('2026-09-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-11-15', 14)).toBe('2028-01-15');
    expect(addMonths('1989-02-28', 15 * 12)).toBe('2004-02-28');
  });

  it('finds the next day across month and year ends', () => {
    expect(nextDay('2026-06-30')).toBe('2026-07-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2100-02-28')).toBe('2100-03-01');
  });

  it('counts completed months', () => {
    expect(wholeMonthsBetween('2019-08-01', '2022-08-01')).toBe(36);
    expect(wholeMonthsBetween('2019-08-15', '2022-08-14')).toBe(35);
  });
});
