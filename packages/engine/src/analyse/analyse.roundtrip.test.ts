// Round trip: whatever our own composer writes, the analyser reads back every rated category's grade
// and the overall grade exactly (issue #3: at least 10,000 random inputs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateInputSchema } from '@zeugnisdesk/shared';
import { composeCertificate } from '../text/compose/compose.js';
import { certificateInputArbitrary } from '../text/compose/compose.test-utils.js';
import { assessedPerformanceCategories } from '../text/compose/grades.js';
import { analyseCertificate } from './analyse.js';

const qualified = certificateInputArbitrary
  .map((draft) => certificateInputSchema.parse(draft))
  .filter((input) => input.form === 'qualified');

describe('analyseCertificate reads our own certificates back', () => {
  it('recovers every rated category and the overall grade exactly', () => {
    fc.assert(
      fc.property(qualified, fc.string({ minLength: 1, maxLength: 8 }), (input, seed) => {
        const { text, document } = composeCertificate(input, { seed });
        const result = analyseCertificate(text);
        const expected: Record<string, number> = {};
        for (const category of assessedPerformanceCategories(input))
          expected[category] = input.ratings[category] as number;
        for (const category of ['behaviourInternal', 'behaviourExternal'] as const) {
          if (input.ratings[category] !== null) expected[category] = input.ratings[category] as number;
        }
        const actual = Object.fromEntries(
          Object.entries(result.categories).map(([key, range]) => [key, range?.grade]),
        );
        expect(actual, text).toEqual(expected);
        expect(result.overall?.grade ?? null, text).toBe(document.overallGrade);
        expect(result.kind).toBe(input.kind);
      }),
      { numRuns: Number(process.env.ROUNDTRIP_RUNS ?? 10_000) },
    );
  });
});
