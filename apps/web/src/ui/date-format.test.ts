import { describe, expect, it } from 'vitest';
import { formatDate } from './date-format';

describe('formatDate', () => {
  it('writes a calendar date the German and the British way, without shifting the day', () => {
    expect(formatDate('2026-12-31', 'de')).toBe('31.12.2026');
    expect(formatDate('2026-01-01', 'en')).toBe('01/01/2026');
  });

  it('leaves text that is no date as it is', () => {
    expect(formatDate('unbekannt', 'de')).toBe('unbekannt');
  });
});
