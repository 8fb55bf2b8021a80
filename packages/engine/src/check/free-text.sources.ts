// The texts the user wrote: list entries and titles of the input, and sentences that replace a
// generated one (overrides). Employer name and description, department, place and the names of people
// are not free text here: they name organisations and people (a hospital, a union or a church can be
// the employer) and say nothing about the employee's conduct.
import type { CertificateInput } from '@zeugnisdesk/shared';
import type { CertificateDocument } from '../model/document.types.js';
import { overrideRuns } from './document-query.js';

export interface FreeText {
  text: string;
  /** Input path for input fields ("activities.2"). */
  path?: string;
  /** Sentence id for an override. */
  sentenceId?: string;
}

const listKeys = ['activities', 'additionalActivities', 'qualifications', 'achievements'] as const;

export function inputFreeTexts(input: CertificateInput): FreeText[] {
  const texts: FreeText[] = [{ text: input.employment.jobTitle, path: 'employment.jobTitle' }];
  input.positions.forEach((position, index) =>
    texts.push({ text: position.jobTitle, path: `positions.${index}.jobTitle` }),
  );
  for (const key of listKeys) {
    input[key].forEach((text, index) => texts.push({ text, path: `${key}.${index}` }));
  }
  input.trainings.forEach((training, index) =>
    texts.push({ text: training.title, path: `trainings.${index}.title` }),
  );
  const occasion = input.employment.interimReasonText;
  if (occasion) texts.push({ text: occasion, path: 'employment.interimReasonText' });
  return texts;
}

/** The user's own sentences in the document, each with the id of the sentence it replaces. */
export function overrideFreeTexts(document: CertificateDocument): FreeText[] {
  return overrideRuns(document).map((run) => ({ text: run.text, sentenceId: run.sentenceId as string }));
}

export function freeTexts(input: CertificateInput, document: CertificateDocument): FreeText[] {
  return [...inputFreeTexts(input), ...overrideFreeTexts(document)];
}

/** The location fields of an issue about a free text. */
export function locationOf(source: FreeText): { path?: string; sentenceId?: string } {
  return source.path ? { path: source.path } : { sentenceId: source.sentenceId as string };
}
