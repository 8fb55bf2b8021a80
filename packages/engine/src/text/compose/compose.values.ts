// Data values shared by several sections, formatted for insertion into templates.
import type { CertificateInput } from '@zeugnisdesk/shared';
import { formatGermanDate } from '../../format/dates.js';
import type { JobProfile } from '../job-profiles/job-profile.types.js';
import type { ComposeContext, SectionWriter } from './compose.context.js';

export function departmentClause(department: string | null | undefined): string {
  return department ? ` in der Abteilung ${department}` : '';
}

export function birthClause(context: ComposeContext): string {
  const { birthDate, birthPlace } = context.input.employee;
  if (birthDate && birthPlace) return `, geboren am ${formatGermanDate(birthDate)} in ${birthPlace},`;
  if (birthDate) return `, geboren am ${formatGermanDate(birthDate)},`;
  if (birthPlace) return `, geboren in ${birthPlace},`;
  return '';
}

/** The occupation an apprentice trains for: the profile's title for the gender, else the job title. */
export function occupationName({ input, profile }: Pick<ComposeContext, 'input' | 'profile'>): string {
  if (profile?.apprenticeship) return profile.titles[input.employee.gender];
  return input.employment.jobTitle;
}

export const defaultExternalParties = 'Kunden und Geschäftspartnern';

/** Groups the internal behaviour sentence names, superiors first (domain guide §2.2 B). */
function internalParties(input: CertificateInput): string {
  if (input.kind === 'apprenticeship')
    return 'Ausbilderinnen und Ausbildern, Vorgesetzten, Kolleginnen und Kollegen';
  if (input.employment.isManager) return 'Vorgesetzten, Kolleginnen und Kollegen sowie Mitarbeitenden';
  return 'Vorgesetzten, Kolleginnen und Kollegen';
}

/** Slot values of the assessment templates (catalogue.types.ts lists them). */
export function assessmentSlotValues(
  input: CertificateInput,
  profile: JobProfile | undefined,
): Record<string, string> {
  return {
    internalParties: internalParties(input),
    externalParties: profile?.externalParties ?? defaultExternalParties,
    occupation: occupationName({ input, profile }),
  };
}

const examGradeNames = ['sehr gut', 'gut', 'befriedigend', 'ausreichend', 'mangelhaft', 'ungenügend'];

export function examGradeName(grade: number): string {
  return examGradeNames[grade - 1] ?? String(grade);
}

/** Joins short phrases as German prose: "A", "A und B", "A, B und C". */
export function joinAsProse(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`;
}

/** A user phrase ending a sentence must not end in a second full stop. */
export function withoutFinalStop(text: string): string {
  return text.replace(/[.\s]+$/, '');
}

/** The user's own list: one item inline after the lead's colon, several as a list block after it. */
export function writeUserList(
  writer: SectionWriter,
  sentenceId: string,
  lead: { one: readonly string[]; many: readonly string[] },
  items: readonly string[],
): void {
  const cleaned = items.map(withoutFinalStop);
  if (cleaned.length === 0) return;
  if (cleaned.length === 1) {
    writer.sentence({ id: sentenceId, variants: lead.one, values: { item: cleaned[0] as string } });
  } else {
    writer.sentence({ id: sentenceId, variants: lead.many });
    writer.list(cleaned);
  }
}

const numberWords = [
  'null',
  'eine',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
];

/** Numbers up to twelve in words, as German style guides recommend in running text. */
export function numberInWords(count: number): string {
  return numberWords[count] ?? String(count);
}

/** Whether the positions tell a career worth its own sentences (not just the one job restated). */
export function hasCareerStations(input: CertificateInput): boolean {
  const { positions } = input;
  return (
    positions.length > 1 || (positions.length === 1 && positions[0]?.jobTitle !== input.employment.jobTitle)
  );
}
