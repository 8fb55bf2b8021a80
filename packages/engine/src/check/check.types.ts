// The shape every consistency rule shares: one context in, a list of issues out (house rule 1).
import type { CertificateInput, Grade } from '@zeugnisdesk/shared';
import type { CertificateDocument } from '../model/document.types.js';
import type { CertificateIssue } from '../model/issue.types.js';
import type { JobProfile } from '../text/job-profiles/job-profile.types.js';

export interface CheckOptions {
  /** The version issued before this one (a correction): closing and ratings must not get worse. */
  previousVersion?: CertificateInput;
  /** Resolves `employment.jobProfile`; the shipped profiles when absent. */
  findJobProfile?: (id: string) => JobProfile | undefined;
}

export interface CheckContext {
  input: CertificateInput;
  /** The composed document, including the user's overrides (a blanked sentence is simply absent). */
  document: CertificateDocument;
  previousVersion: CertificateInput | undefined;
  profile: JobProfile | undefined;
  /** The overall grade the certificate states (explicit or derived); null for simple certificates. */
  grade: Grade | null;
}

export type CheckRule = (context: CheckContext) => CertificateIssue[];
