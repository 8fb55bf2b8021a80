// Read-only questions about the composed document that several rules ask.
import type { CertificateDocument, Run, SectionId } from '../model/document.types.js';

/** Every sentence and list item of a section (or of the whole document), in reading order. */
export function runsOf(document: CertificateDocument, sectionId?: SectionId): Run[] {
  return document.sections
    .filter((section) => sectionId === undefined || section.id === sectionId)
    .flatMap((section) => section.blocks)
    .flatMap((block) => (block.type === 'paragraph' ? block.runs : block.type === 'list' ? block.items : []));
}

/** Whether the document contains the sentence with a non-empty text (an override can blank it out). */
export function hasSentence(document: CertificateDocument, sentenceId: string): boolean {
  return runsOf(document).some((run) => run.sentenceId === sentenceId && run.text.trim() !== '');
}

/** Sentences the user wrote in place of a generated one (options.overrides). */
export function overrideRuns(document: CertificateDocument): Run[] {
  return runsOf(document).filter((run) => run.origin === 'user' && run.sentenceId !== undefined);
}
