// The analysis result (spec CONTRACTS §3); it may grow, it must not break.
import type { CertificateKind, ExitReason, RatingCategory } from '@zeugnisdesk/shared';
import type { IssueSeverity } from '../model/issue.types.js';

export interface GradeRange {
  /** Best single estimate, 1 (sehr gut) … 5 (mangelhaft). */
  grade: number;
  /** The range the wording allows. */
  min: number;
  max: number;
  /** The sentence(s) that carry the grade. */
  evidence: string;
}

export interface ClosingAnalysis {
  regret: boolean;
  thanks: boolean;
  wishes: boolean;
  /** The wishes split into their building blocks: career, private life, continued success. */
  careerWishes: boolean;
  privateWishes: boolean;
  successWish: boolean;
  /** The grade the closing signals (5 when there is none). */
  grade: number;
}

export interface AnalysisFlag {
  code: string;
  severity: IssueSeverity;
  /** German, hedged: the reading an informed reader may take, not a verdict. */
  message: string;
  evidence?: string;
}

export type SentenceRole = 'description' | 'assessment' | 'summary' | 'behaviour' | 'closing' | 'other';

export interface AnalysedSentenceResult {
  text: string;
  role: SentenceRole;
  /** Categories the sentence assesses (a behaviour sentence may assess internal and external at once). */
  categories: RatingCategory[];
  grade: number | null;
}

export interface AnalysisResult {
  kind: CertificateKind;
  /** Detected exit reason; null for interim certificates, `none` when the text names none. */
  exitReason: ExitReason | 'none' | null;
  overall: GradeRange | null;
  categories: Partial<Record<RatingCategory, GradeRange>>;
  closing: ClosingAnalysis;
  flags: AnalysisFlag[];
  sentences: AnalysedSentenceResult[];
}
