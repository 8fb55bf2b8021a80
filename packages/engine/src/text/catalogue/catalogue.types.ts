// The phrase library is data: templates keyed by category, grade and variant (C8, C12).
// The shipped catalogue is the default; tenants will later override entries key by key.
import type { Grade, InterimReason, PerformanceCategory, BehaviourCategory } from '@zeugnisdesk/shared';

/** Alternative phrasings per grade: at least 3 for grades 1–4 and 2 for grade 5. */
export type GradeScale = Readonly<Record<Grade, readonly string[]>>;

export type EmployeeAssessmentCategory = PerformanceCategory | 'summary' | BehaviourCategory;
export type ApprenticeAssessmentCategory =
  Exclude<PerformanceCategory, 'leadership'> | 'summary' | BehaviourCategory;

/**
 * Slots the assessment templates may use:
 *   behaviourInternal: {internalParties}  dative plural, superiors first ("Vorgesetzten, Kolleginnen und Kollegen")
 *   behaviourExternal: {externalParties}  dative plural ("Kunden und Geschäftspartnern", "Patientinnen und Patienten")
 *   apprentice templates: {occupation}    the occupation trained for ("Kauffrau für Büromanagement")
 * Everything else about the person comes from grammar tokens ({Er}, {seine}, <verb>, …).
 */
export interface AssessmentCatalogue {
  employee: Readonly<Record<EmployeeAssessmentCategory, GradeScale>>;
  apprentice: Readonly<Record<ApprenticeAssessmentCategory, GradeScale>>;
}

export type FinalExitKey =
  | 'employee_resignation'
  | 'employer_operational'
  | 'employer_other'
  | 'mutual_agreement'
  | 'fixed_term'
  | 'retirement'
  | 'none';
export type ApprenticeshipExitKey =
  'apprenticeship_completed' | 'apprenticeship_taken_over' | 'apprenticeship_none';

/** Regret wording differs by why the employee leaves. */
export type RegretKind = 'departure' | 'operational' | 'fixedTerm' | 'retirement' | 'apprenticeship';
export type WishesKind = 'career' | 'retirement' | 'apprenticeship' | 'apprenticeshipTakenOver';

/**
 * Closing paragraph (domain guide §2.2 D–E). Slots: {endDate} (German date) in exit sentences;
 * {interimReasonText} in interimOccasion.other's first variant family; {occupation} for apprentices.
 * Exit sentences are rendered in present tense when the certificate is issued on or before the end
 * date and in past tense after it; every other closing sentence speaks in the present ("Wir danken").
 */
export interface ClosingCatalogue {
  exit: Readonly<Record<FinalExitKey | ApprenticeshipExitKey, readonly string[]>>;
  /** Exit sentences for apprentices whose exam result the certificate states just before. */
  exitAfterExam: Readonly<
    Record<'apprenticeship_completed' | 'apprenticeship_taken_over', readonly string[]>
  >;
  regret: Readonly<Record<RegretKind, GradeScale>>;
  thanks: GradeScale;
  wishes: Readonly<Record<WishesKind, GradeScale>>;
  interimOccasion: Readonly<Record<InterimReason, readonly string[]>>;
  /** Used instead of interimOccasion.other when the input gives interimReasonText. */
  interimOccasionText: readonly string[];
  interimThanks: GradeScale;
  interimContinuation: GradeScale;
  /** Parental leave: wishes for the time away and the return, instead of interimContinuation. */
  interimParentalLeave: GradeScale;
  /** Simple certificates carry no grade: one neutral wish. */
  simpleWishes: readonly string[];
}
