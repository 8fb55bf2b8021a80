import type { z } from 'zod';
import { certificateInputSchema, type CertificateInput } from './certificate-input.schema.js';

export interface ValidationIssue {
  /** Dotted path of the offending field, e.g. `employment.startDate` (empty for the whole document). */
  path: string;
  message: string;
}

export type ValidationResult =
  { success: true; data: CertificateInput } | { success: false; issues: ValidationIssue[] };

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.map((segment) => String(segment)).join('.');
}

export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: formatIssuePath(issue.path),
    message: describeIssue(issue),
  }));
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
  return issue.message;
}

/** Validates unknown data against the certificate input contract; never throws. */
export function validateCertificateInput(data: unknown): ValidationResult {
  const result = certificateInputSchema.safeParse(data);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: toValidationIssues(result.error) };
}
