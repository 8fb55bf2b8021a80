// Builds certificate inputs from the committed example, composes them and runs the check.
import { readFileSync } from 'node:fs';
import { certificateInputSchema, type CertificateInput } from '@zeugnisdesk/shared';
import type { CertificateIssue } from '../model/issue.types.js';
import { composeCertificate } from '../text/compose/compose.js';
import { checkCertificate, type CheckOptions } from './check.js';

const example = JSON.parse(
  readFileSync(new URL('../../../../examples/certificate-input.example.json', import.meta.url), 'utf8'),
) as CertificateInput;

/** The example, changed in place by `change`, validated like any input. */
export function exampleInput(change: (draft: CertificateInput) => void = () => {}): CertificateInput {
  const draft = structuredClone(example);
  change(draft);
  return certificateInputSchema.parse(draft);
}

/** An interim certificate of the example's employee. */
export function makeInterim(draft: CertificateInput): void {
  draft.kind = 'interim';
  draft.employment.endDate = null;
  draft.employment.exitReason = null;
  draft.employment.interimReason = 'supervisor_change';
}

/** An apprenticeship certificate (Kauffrau für Büromanagement, 2023–2026, exam passed with 2). */
export function makeApprenticeship(draft: CertificateInput): void {
  draft.kind = 'apprenticeship';
  draft.employment.startDate = '2023-08-01';
  draft.employment.endDate = '2026-06-30';
  draft.employment.jobTitle = 'Kauffrau für Büromanagement';
  draft.employment.jobProfile = 'ausbildung-kaufmann-bueromanagement';
  draft.employment.exitReason = 'apprenticeship_completed';
  draft.positions = [];
  draft.examResult = { grade: 2, chamber: 'IHK Köln' };
  draft.employee.birthDate = '2006-05-01';
}

export interface CheckExampleOptions extends CheckOptions {
  overrides?: Record<string, string>;
}

export function checkInput(input: CertificateInput, options: CheckExampleOptions = {}): CertificateIssue[] {
  const { overrides, ...checkOptions } = options;
  const { document } = composeCertificate(input, overrides ? { overrides } : {});
  return checkCertificate(input, document, checkOptions);
}

/** Check the example after `change`. */
export function checkExample(
  change: (draft: CertificateInput) => void = () => {},
  options: CheckExampleOptions = {},
): CertificateIssue[] {
  return checkInput(exampleInput(change), options);
}

export function withCode(issues: readonly CertificateIssue[], code: string): CertificateIssue[] {
  return issues.filter((issue) => issue.code === code);
}

export const codesOf = (issues: readonly CertificateIssue[]) => issues.map((issue) => issue.code);
