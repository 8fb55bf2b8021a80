// The contract between the editor page (state, autosave, preview) and its step forms (Daten, Werdegang,
// Bewertung). The steps are controlled: they read `content` and report every change through `onChange`.
import type { CertificateInput, HandoverGrants } from '@zeugnisdesk/shared';

/** The certificate content as the editor holds it: the engine input of CONTRACTS §1. */
export type EditorContent = CertificateInput;

/** An update of the content; steps pass a function so that quick successive edits never get lost. */
export type ContentUpdate = (content: EditorContent) => EditorContent;

export interface StepProps {
  content: EditorContent;
  onChange: (update: ContentUpdate) => void;
  /** Messages by input path (`employment.jobTitle`, `positions.0.from`): validation and server errors. */
  fieldErrors: Readonly<Record<string, string>>;
  /** Issued or archived certificates, or a user who may only read: show the values, allow no change. */
  readOnly: boolean;
  /** The composed sentence for a sentence id (`performance.willingness`), or null when none is composed. */
  sentenceOf: (sentenceId: string) => string | null;
  /**
   * On a handover recipient's page: what each section may show (none: not rendered at all; read: shown
   * without inputs; write: editable). Absent in HR's editor, where every section is shown.
   */
  sections?: HandoverGrants;
}
