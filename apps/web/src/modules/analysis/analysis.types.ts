// The analysis result as the API sends it (POST /api/v1/analysis, CONTRACTS §3). The web app does not
// depend on the engine package; these types mirror its result and may grow with it.

/** The rated sections, in the order a certificate assesses them (the rating keys of the input contract). */
export const ratingCategories = [
  'willingness',
  'ability',
  'knowledge',
  'training',
  'workStyle',
  'result',
  'leadership',
  'behaviourInternal',
  'behaviourExternal',
] as const;
export type RatingCategory = (typeof ratingCategories)[number];

export const exitReasons = [
  'employee_resignation',
  'employer_operational',
  'employer_other',
  'mutual_agreement',
  'fixed_term',
  'retirement',
  'apprenticeship_completed',
  'apprenticeship_taken_over',
  'none',
] as const;
export type AnalysisExitReason = (typeof exitReasons)[number];

export const certificateKinds = ['final', 'interim', 'apprenticeship'] as const;
export type AnalysisKind = (typeof certificateKinds)[number];

export type FlagSeverity = 'error' | 'warning' | 'info';
export type SentenceRole = 'description' | 'assessment' | 'summary' | 'behaviour' | 'closing' | 'other';

/** A grade the wording signals: the best single estimate and the range the wording allows (1 … 5). */
export interface GradeRange {
  grade: number;
  min: number;
  max: number;
  /** The sentence(s) that carry the grade, joined by „ … “. */
  evidence: string;
}

export interface ClosingAnalysis {
  regret: boolean;
  thanks: boolean;
  wishes: boolean;
  careerWishes: boolean;
  privateWishes: boolean;
  successWish: boolean;
  /** The grade the closing signals (5 when there is none). */
  grade: number;
}

export interface AnalysisFlag {
  code: string;
  severity: FlagSeverity;
  /** German, hedged (the engine writes it). */
  message: string;
  evidence?: string;
}

export interface AnalysedSentence {
  text: string;
  role: SentenceRole;
  categories: string[];
  grade: number | null;
}

export interface AnalysisResult {
  kind: AnalysisKind;
  /** Null for an interim certificate; `none` when the text names no reason. */
  exitReason: AnalysisExitReason | null;
  overall: GradeRange | null;
  /** Only the sections the text assesses; keys beyond `RatingCategory` may come with a newer server. */
  categories: Partial<Record<string, GradeRange>>;
  closing: ClosingAnalysis;
  flags: AnalysisFlag[];
  sentences: AnalysedSentence[];
  /** The text that was analysed (for a PDF: the text read from it). */
  text: string;
}
