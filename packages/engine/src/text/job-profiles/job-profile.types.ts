// Job profiles (Berufsbilder, C7): occupations with prepared activity phrases and qualifications.
export const jobFields = [
  'office',
  'sales',
  'it',
  'engineering',
  'logistics',
  'care',
  'hospitality',
  'finance',
  'trades',
  'management',
] as const;
export type JobField = (typeof jobFields)[number];

export interface JobProfile {
  /** Stable id used in the input's `employment.jobProfile`, lower-case ASCII with dashes ("disponent"). */
  id: string;
  field: JobField;
  /** Job title by gender; diverse uses a neutral form ("Fachkraft für …", "Disponent (m/w/d)" is not allowed). */
  titles: { male: string; female: string; diverse: string };
  /** Present only for apprenticeship occupations (Ausbildungsberufe). */
  apprenticeship: {
    /** The chamber that examines: IHK (industry and commerce), HWK (crafts), or another competent body. */
    chamber: 'IHK' | 'HWK' | 'Ärztekammer' | 'Pflegeschule' | 'other';
    durationMonths: number;
  } | null;
  /** 6–12 value-neutral activity phrases in nominal style, German, no final full stop. */
  activities: readonly string[];
  /** Suggested qualifications: short German phrases usable in a list after a colon. */
  qualifications: readonly string[];
  /** Dative plural of the external parties for the behaviour sentence; default "Kunden und Geschäftspartnern". */
  externalParties?: string;
  /** Whether the job faces customers/patients/guests, so that external behaviour is expected. */
  isCustomerFacing: boolean;
}
