// The sections of a certificate that a handover grants (requirement H2), and which parts of the
// certificate input (CONTRACTS §1) each one covers. Server and web share this table: the server sends
// and accepts only the paths of granted sections; the web shows only those sections.
import { z } from 'zod';

export const handoverSections = [
  'data.personal',
  'data.company',
  'data.certificate',
  'data.further',
  'data.signatures',
  'career.positions',
  'career.activities',
  'career.additionalActivities',
  'career.trainings',
  'career.powersOfAttorney',
  'rating.ratings',
  'rating.qualifications',
  'rating.achievements',
  'result',
] as const;
export type HandoverSection = (typeof handoverSections)[number];

export const handoverGrantLevels = ['none', 'read', 'write'] as const;
export type HandoverGrantLevel = (typeof handoverGrantLevels)[number];
export type HandoverGrants = Record<HandoverSection, HandoverGrantLevel>;

export const handoverGrantsSchema = z.strictObject(
  Object.fromEntries(
    handoverSections.map((section) => [
      section,
      z.enum(handoverGrantLevels, { error: 'must be none, read or write' }),
    ]),
  ) as Record<HandoverSection, z.ZodEnum<{ none: 'none'; read: 'read'; write: 'write' }>>,
);

/**
 * The input paths (dot-separated, from the root of the certificate input) each section covers. A path
 * covers everything below it. `result` covers no input: it grants the composed certificate (read) and
 * the choice of phrasings and own sentences (write, the `options`).
 */
export const handoverSectionPaths: Readonly<Record<HandoverSection, readonly string[]>> = {
  'data.personal': ['employee'],
  'data.company': ['employer'],
  'data.certificate': [
    'kind',
    'form',
    'language',
    'issueDate',
    'place',
    'employment.startDate',
    'employment.endDate',
    'employment.jobTitle',
    'employment.department',
    'employment.jobProfile',
    'employment.exitReason',
    'employment.interimReason',
    'employment.interimReasonText',
  ],
  'data.further': ['employment.isManager', 'employment.staffCount', 'examResult', 'closing'],
  'data.signatures': ['signatures'],
  'career.positions': ['positions'],
  'career.activities': ['activities'],
  'career.additionalActivities': ['additionalActivities'],
  'career.trainings': ['trainings'],
  'career.powersOfAttorney': ['employment.powerOfAttorney'],
  'rating.ratings': ['ratings', 'overallGrade'],
  'rating.qualifications': ['qualifications'],
  'rating.achievements': ['achievements'],
  result: [],
};

/** The section an input path belongs to (`employment.jobTitle` → `data.certificate`), or null. */
export function handoverSectionOfPath(path: string): HandoverSection | null {
  for (const section of handoverSections) {
    for (const covered of handoverSectionPaths[section]) {
      if (path === covered || path.startsWith(`${covered}.`)) return section;
    }
  }
  return null;
}

const grantsOf = (write: readonly HandoverSection[], read: readonly HandoverSection[]): HandoverGrants =>
  Object.fromEntries(
    handoverSections.map((section) => [
      section,
      write.includes(section) ? 'write' : read.includes(section) ? 'read' : 'none',
    ]),
  ) as HandoverGrants;

/** Ready-made grants: the supervisor rates and describes; the employee checks their data. */
export const handoverPresets = {
  supervisorRates: grantsOf(
    [
      'career.activities',
      'career.additionalActivities',
      'rating.ratings',
      'rating.qualifications',
      'rating.achievements',
    ],
    ['data.personal', 'data.certificate', 'career.positions', 'career.trainings', 'result'],
  ),
  employeeChecksData: grantsOf(
    ['data.personal', 'career.positions', 'career.trainings'],
    ['data.certificate', 'career.activities', 'career.additionalActivities'],
  ),
} as const satisfies Record<string, HandoverGrants>;
export type HandoverPreset = keyof typeof handoverPresets;
