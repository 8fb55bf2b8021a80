// Problems the engine reports as data (house rule 3): composition notes now, consistency checks later.
export type IssueSeverity = 'error' | 'warning' | 'info';

export interface CertificateIssue {
  /** Stable code, `<area>.<reason>` (e.g. `activities.from_job_profile`). */
  code: string;
  severity: IssueSeverity;
  /** German message for the user interface. */
  message: string;
  /** Input path the issue concerns (`employment.jobProfile`), where there is one. */
  path?: string;
  /** Id of the document sentence the issue concerns (`performance.willingness`), where there is one. */
  sentenceId?: string;
  /** The words in the text that triggered the issue, where there are such words. */
  evidence?: string;
}
