// A rule that reports one issue when a part is missing: most completeness rules have this shape.
import type { CertificateIssue } from '../model/issue.types.js';
import type { CheckContext, CheckRule } from './check.types.js';

type Finding = Omit<CertificateIssue, 'code' | 'severity'>;

/** A rule that reports one issue when `isMissing` holds. */
export function whenMissing(
  code: string,
  severity: CertificateIssue['severity'],
  isMissing: (context: CheckContext) => boolean,
  finding: (context: CheckContext) => Finding,
): CheckRule {
  return (context) => (isMissing(context) ? [{ code, severity, ...finding(context) }] : []);
}
