// The closing must match the overall grade (domain guide §2.2 D): a cold closing on a strong
// certificate signals conflict, a warm one on a weak certificate signals a favour.
import type { CertificateInput } from '@zeugnisdesk/shared';
import { defaultClosingBlocks } from '../text/compose/closing.section.js';
import { gradeLabel } from '../model/labels.js';
import { joinAsProse } from '../text/compose/compose.values.js';
import type { CheckRule } from './check.types.js';
import { blockNames, blockNouns, documentClosing, isRegretPossible } from './closing.blocks.js';

const isResignation = (input: CertificateInput) =>
  input.kind === 'final' && input.employment.exitReason === 'employee_resignation';

/** Blocks the default closing for the grade has and the document lacks (regret on resignation aside). */
export const closingWeakerThanPerformance: CheckRule = ({ input, document, grade }) => {
  if (grade === null) return [];
  const expected = defaultClosingBlocks(grade);
  const actual = documentClosing(document);
  const resignation = isResignation(input);
  const missing = (['regret', 'thanks', 'wishes'] as const).filter((block) => {
    if (!expected[block] || actual[block]) return false;
    // Regret is judged where it is possible; on resignation closing.regret_missing says it precisely.
    return block !== 'regret' || (isRegretPossible(input) && !resignation);
  });
  if (missing.length === 0) return [];
  return [
    {
      code: 'closing.weaker_than_performance',
      severity: 'warning',
      message:
        `Die Schlussformel ist schwächer, als es die Gesamtnote ${gradeLabel(grade)} erwarten lässt: Es ` +
        `${missing.length === 1 ? 'fehlt' : 'fehlen'} ${joinAsProse(missing.map((block) => blockNames[block]))}. ` +
        'Eine knappere Schlussformel, als die Leistungen erwarten lassen, kann als Distanzierung gelesen werden.',
      path: 'closing',
    },
  ];
};

/** Grade 1–2 and the employee resigns: without regret the reader may think the employer is glad. */
export const closingRegretMissing: CheckRule = ({ input, document, grade }) => {
  if (grade === null || grade > 2) return [];
  if (!isResignation(input)) return [];
  if (documentClosing(document).regret) return [];
  return [
    {
      code: 'closing.regret_missing',
      severity: 'warning',
      message:
        `Bei einer Eigenkündigung und der Gesamtnote ${gradeLabel(grade)} fehlt das Bedauern über das ` +
        'Ausscheiden. Ohne Bedauern kann das Zeugnis so gelesen werden, als sei das Unternehmen über den ' +
        'Weggang nicht unglücklich.',
      path: 'closing.regret',
    },
  ];
};

/** Regret or thanks on an overall grade of 4 or 5. */
export const closingStrongerThanPerformance: CheckRule = ({ document, grade }) => {
  if (grade === null || grade < 4) return [];
  const actual = documentClosing(document);
  const warm = (['regret', 'thanks'] as const).filter((block) => actual[block]);
  if (warm.length === 0) return [];
  return [
    {
      code: 'closing.stronger_than_performance',
      severity: 'warning',
      message:
        `Die Schlussformel drückt ${joinAsProse(warm.map((block) => blockNouns[block]))} aus, obwohl die ` +
        `Gesamtnote ${gradeLabel(grade)} ist. Eine herzliche Schlussformel neben schwachen Leistungen kann ` +
        'als Widerspruch oder als Gefälligkeit gelesen werden.',
      path: 'closing',
    },
  ];
};

export const closingRules: readonly CheckRule[] = [
  closingWeakerThanPerformance,
  closingRegretMissing,
  closingStrongerThanPerformance,
];
