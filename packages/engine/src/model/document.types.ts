// The document model every renderer and the web preview share: sections → blocks → runs.
// A run is a sentence (or a list item) with enough provenance for the editor to offer the
// alternative phrasings of a generated sentence, or to mark user text as such.
import type { CertificateForm, CertificateKind, Gender } from '@zeugnisdesk/shared';

export const sectionIds = [
  'heading',
  'introduction',
  'activities',
  'performance',
  'behaviour',
  'closing',
  'signature',
] as const;
export type SectionId = (typeof sectionIds)[number];

export interface Run {
  text: string;
  /**
   * Stable id of the generated sentence ("performance.willingness", "closing.thanks"). Options can pin
   * its variant or override its text by this id. Absent for text that comes verbatim from the input.
   */
  sentenceId?: string;
  /** Index of the phrasing used, and how many phrasings exist for this sentence. */
  variant?: number;
  variantCount?: number;
  /** The grade this sentence expresses, where it carries one. */
  grade?: number;
  /** `user`: the user's own words (activities, overrides); `generated`: from the phrase library. */
  origin: 'generated' | 'user';
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; runs: Run[] }
  /** A list introduced by the preceding paragraph; each item is one run. */
  | { type: 'list'; items: Run[] }
  | { type: 'dateLine'; place: string; date: string; text: string }
  | { type: 'signatures'; signers: { name: string; function: string }[] };

export interface Section {
  id: SectionId;
  blocks: Block[];
}

export interface CertificateDocument {
  language: 'de';
  kind: CertificateKind;
  form: CertificateForm;
  title: string;
  employer: { name: string; address: string | null };
  employee: { name: string; gender: Gender };
  issueDate: string;
  /** The grade the summary formula expresses (null for simple certificates or when nothing is rated). */
  overallGrade: number | null;
  sections: Section[];
}
