// Which building blocks of the closing (regret, thanks, wishes) a certificate says, mirroring the
// composer's choice (text/compose/closing.section.ts), so that rules can compare them.
import type { CertificateInput } from '@zeugnisdesk/shared';
import type { CertificateDocument } from '../model/document.types.js';
import { defaultClosingBlocks } from '../text/compose/closing.section.js';
import { overallGrade } from '../text/compose/grades.js';
import { hasSentence } from './document-query.js';

export interface ClosingBlocks {
  regret: boolean;
  thanks: boolean;
  wishes: boolean;
}

export const blockNames: Readonly<Record<keyof ClosingBlocks, string>> = {
  regret: 'das Bedauern',
  thanks: 'der Dank',
  wishes: 'die Zukunftswünsche',
};

/** The same without article, for "drückt Bedauern und Dank aus". */
export const blockNouns: Readonly<Record<keyof ClosingBlocks, string>> = {
  regret: 'Bedauern',
  thanks: 'Dank',
  wishes: 'Zukunftswünsche',
};

/** Regret fits neither an interim certificate nor a dismissal for conduct, nor a trainee who stays. */
export function isRegretPossible(input: CertificateInput): boolean {
  const reason = input.employment.exitReason;
  if (input.kind === 'interim') return false;
  if (input.kind === 'apprenticeship') return reason === 'apprenticeship_completed';
  return reason !== 'employer_other';
}

/** The closing an input asks for: the explicit blocks, or the composer's default for the grade. */
export function effectiveClosing(input: CertificateInput): ClosingBlocks {
  const blocks =
    input.closing ??
    (input.form === 'simple'
      ? { regret: false, thanks: false, wishes: true }
      : defaultClosingBlocks(overallGrade(input) ?? 3));
  return { ...blocks, regret: blocks.regret && isRegretPossible(input) };
}

/** The closing the document actually says; a block whose sentence was blanked out is missing. */
export function documentClosing(document: CertificateDocument): ClosingBlocks {
  return {
    regret: hasSentence(document, 'closing.regret'),
    thanks: hasSentence(document, 'closing.thanks'),
    wishes: hasSentence(document, 'closing.wishes'),
  };
}
