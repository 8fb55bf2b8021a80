// C15 consistency check: every rule family in a fixed order, the issues sorted by severity (errors
// first) and, within a severity, by that order. Pure: the same input gives the same issues.
import type { CertificateInput } from '@zeugnisdesk/shared';
import type { CertificateDocument } from '../model/document.types.js';
import type { CertificateIssue, IssueSeverity } from '../model/issue.types.js';
import { overallGrade } from '../text/compose/grades.js';
import { findJobProfile } from '../text/job-profiles/job-profiles.js';
import type { CheckContext, CheckOptions, CheckRule } from './check.types.js';
import { closingRules } from './closing.rules.js';
import { assessmentCompletenessRules } from './completeness.assessment.rules.js';
import { completenessRules } from './completeness.rules.js';
import { dateRules } from './dates.rules.js';
import { examRules } from './exam.rules.js';
import { freeTextRules } from './free-text.rules.js';
import { genderRules } from './gender.rules.js';
import { gradeRules } from './grades.rules.js';
import { legalHintRules } from './legal-hints.rules.js';
import { tenseMismatchRule } from './tense.rules.js';
import { versionRules } from './versions.rules.js';

export type { CheckOptions } from './check.types.js';

export const checkRules: readonly CheckRule[] = [
  ...completenessRules,
  ...assessmentCompletenessRules,
  ...dateRules,
  ...gradeRules,
  ...closingRules,
  ...versionRules,
  ...examRules,
  ...freeTextRules,
  ...genderRules,
  tenseMismatchRule,
  ...legalHintRules,
];

const severityRank: Readonly<Record<IssueSeverity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then hints; the order within a severity is kept (stable sort). */
export function sortIssues(issues: readonly CertificateIssue[]): CertificateIssue[] {
  return [...issues].sort((a, b) => severityRank[a.severity] - severityRank[b.severity]);
}

/**
 * Checks a certificate for contradictions, missing parts and risky wording. `document` is the composed
 * certificate of `input` (with the same overrides the user chose); nothing is thrown, all is data.
 */
export function checkCertificate(
  input: CertificateInput,
  document: CertificateDocument,
  options: CheckOptions = {},
): CertificateIssue[] {
  const profileId = input.employment.jobProfile;
  const context: CheckContext = {
    input,
    document,
    previousVersion: options.previousVersion,
    profile: profileId ? (options.findJobProfile ?? findJobProfile)(profileId) : undefined,
    grade: overallGrade(input),
  };
  return sortIssues(checkRules.flatMap((rule) => rule(context)));
}
