// Enumerations of the public certificate input contract (spec CONTRACTS §1).
// German legal terms ↔ these identifiers: docs/glossary.md.

export const certificateKinds = ['final', 'interim', 'apprenticeship'] as const;
export const certificateForms = ['qualified', 'simple'] as const;
export const certificateLanguages = ['de', 'en'] as const;
export const genders = ['male', 'female', 'diverse'] as const;

export const finalExitReasons = [
  'employee_resignation',
  'employer_operational',
  'employer_other',
  'mutual_agreement',
  'fixed_term',
  'retirement',
  'none',
] as const;
export const apprenticeshipExitReasons = [
  'apprenticeship_completed',
  'apprenticeship_taken_over',
  'none',
] as const;
export const exitReasons = [
  ...finalExitReasons.filter((reason) => reason !== 'none'),
  ...apprenticeshipExitReasons,
] as const;

export const interimReasons = [
  'supervisor_change',
  'transfer',
  'employee_request',
  'parental_leave',
  'restructuring',
  'other',
] as const;

export const powersOfAttorney = ['prokura', 'handlungsvollmacht'] as const;

/** Rated categories in the order the certificate assesses them (domain guide §2.1). */
export const performanceCategories = [
  'willingness',
  'ability',
  'knowledge',
  'training',
  'workStyle',
  'result',
  'leadership',
] as const;
export const behaviourCategories = ['behaviourInternal', 'behaviourExternal'] as const;
export const ratingCategories = [...performanceCategories, ...behaviourCategories] as const;

export type CertificateKind = (typeof certificateKinds)[number];
export type CertificateForm = (typeof certificateForms)[number];
export type CertificateLanguage = (typeof certificateLanguages)[number];
export type Gender = (typeof genders)[number];
export type ExitReason = (typeof exitReasons)[number];
export type InterimReason = (typeof interimReasons)[number];
export type PowerOfAttorney = (typeof powersOfAttorney)[number];
export type PerformanceCategory = (typeof performanceCategories)[number];
export type BehaviourCategory = (typeof behaviourCategories)[number];
export type RatingCategory = (typeof ratingCategories)[number];
export type Grade = 1 | 2 | 3 | 4 | 5;
