// The public certificate input contract (spec CONTRACTS §1) as one zod schema.
// Structural rules live in the object schemas; rules that relate fields to each other live in
// `addCrossFieldIssues`, so that every offending path is reported at once.
import { z } from 'zod';
import {
  apprenticeshipExitReasons,
  certificateForms,
  certificateKinds,
  certificateLanguages,
  finalExitReasons,
  genders,
  interimReasons,
  powersOfAttorney,
  exitReasons,
} from './certificate-input.enums.js';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => text(max).nullish();
const isoDate = z.iso.date({ error: 'must be a date in the form YYYY-MM-DD' });
const phraseList = z.array(text(600)).max(40, 'must have at most 40 entries').default([]);
const grade = z.int().min(1, 'must be a grade from 1 to 5').max(5, 'must be a grade from 1 to 5');
const rating = grade.nullable().default(null);

export const addressSchema = z.strictObject({
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: optionalText(100),
});

export const employerSchema = z.strictObject({
  name: text(200),
  description: optionalText(300),
  address: addressSchema.nullish(),
});

export const employeeSchema = z.strictObject({
  gender: z.enum(genders, { error: `must be one of ${genders.join(', ')}` }),
  title: optionalText(60),
  firstName: text(100),
  lastName: text(100),
  birthDate: isoDate.nullish(),
  birthPlace: optionalText(100),
});

export const employmentSchema = z.strictObject({
  startDate: isoDate,
  endDate: isoDate.nullish(),
  jobTitle: text(200),
  department: optionalText(200),
  jobProfile: optionalText(80),
  exitReason: z.enum(exitReasons, { error: `must be one of ${exitReasons.join(', ')}` }).nullish(),
  interimReason: z.enum(interimReasons, { error: `must be one of ${interimReasons.join(', ')}` }).nullish(),
  /** Free text that names the occasion of an interim certificate more precisely (optional, contract extension). */
  interimReasonText: optionalText(300),
  isManager: z.boolean().default(false),
  staffCount: z.int().min(1, 'must be at least 1').max(1_000_000).nullish(),
  powerOfAttorney: z
    .enum(powersOfAttorney, { error: `must be one of ${powersOfAttorney.join(', ')} or null` })
    .nullish(),
});

export const positionSchema = z.strictObject({
  from: isoDate,
  to: isoDate.nullish(),
  jobTitle: text(200),
  department: optionalText(200),
});

export const trainingSchema = z.strictObject({
  title: text(300),
  year: z.int().min(1900, 'must be a year').max(2200, 'must be a year').nullish(),
});

export const ratingsSchema = z.strictObject({
  willingness: rating,
  ability: rating,
  knowledge: rating,
  training: rating,
  workStyle: rating,
  result: rating,
  leadership: rating,
  behaviourInternal: rating,
  behaviourExternal: rating,
});

export const examResultSchema = z.strictObject({
  grade: z.int().min(1, 'must be an exam grade from 1 to 6').max(6, 'must be an exam grade from 1 to 6'),
  chamber: text(200),
});

export const closingSchema = z.strictObject({
  regret: z.boolean(),
  thanks: z.boolean(),
  wishes: z.boolean(),
});

export const signatureSchema = z.strictObject({
  name: text(150),
  function: text(150),
});

const emptyRatings = {
  willingness: null,
  ability: null,
  knowledge: null,
  training: null,
  workStyle: null,
  result: null,
  leadership: null,
  behaviourInternal: null,
  behaviourExternal: null,
};

export const certificateInputObjectSchema = z.strictObject({
  kind: z.enum(certificateKinds, { error: `must be one of ${certificateKinds.join(', ')}` }),
  form: z
    .enum(certificateForms, { error: `must be one of ${certificateForms.join(', ')}` })
    .default('qualified'),
  language: z
    .enum(certificateLanguages, { error: `must be one of ${certificateLanguages.join(', ')}` })
    .default('de'),
  issueDate: isoDate,
  place: text(100),
  employer: employerSchema,
  employee: employeeSchema,
  employment: employmentSchema,
  positions: z.array(positionSchema).max(30, 'must have at most 30 entries').default([]),
  activities: phraseList,
  additionalActivities: phraseList,
  trainings: z.array(trainingSchema).max(40, 'must have at most 40 entries').default([]),
  qualifications: phraseList,
  achievements: phraseList,
  ratings: ratingsSchema.default(emptyRatings),
  overallGrade: grade.nullish(),
  examResult: examResultSchema.nullish(),
  closing: closingSchema.nullish(),
  signatures: z
    .array(signatureSchema)
    .min(1, 'must name at least one signer')
    .max(2, 'must name at most two signers'),
});

type ParsedInput = z.output<typeof certificateInputObjectSchema>;

/** Cross-field rules of CONTRACTS §1. Dates are ISO strings, so they compare correctly as strings. */
function addCrossFieldIssues(input: ParsedInput, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const { kind, employment } = input;

  if (kind === 'interim') {
    if (employment.endDate) issue(['employment', 'endDate'], 'must be null for an interim certificate');
    if (!employment.interimReason)
      issue(['employment', 'interimReason'], 'is required for an interim certificate');
    if (employment.exitReason) issue(['employment', 'exitReason'], 'must be null for an interim certificate');
  } else {
    if (!employment.endDate) issue(['employment', 'endDate'], `is required for a ${kind} certificate`);
    if (employment.interimReason)
      issue(['employment', 'interimReason'], 'is only allowed for an interim certificate');
    const allowed: readonly string[] = kind === 'final' ? finalExitReasons : apprenticeshipExitReasons;
    if (employment.exitReason && !allowed.includes(employment.exitReason)) {
      issue(['employment', 'exitReason'], `must be one of ${allowed.join(', ')} for a ${kind} certificate`);
    }
  }
  if (employment.endDate && employment.startDate > employment.endDate) {
    issue(['employment', 'startDate'], 'must be a date before employment.endDate');
  }
  if (input.issueDate < employment.startDate) {
    issue(['issueDate'], 'must not be before employment.startDate');
  }
  if (input.employee.birthDate && input.employee.birthDate >= employment.startDate) {
    issue(['employee', 'birthDate'], 'must be a date before employment.startDate');
  }
  if (input.examResult && kind !== 'apprenticeship') {
    issue(['examResult'], 'is only allowed for an apprenticeship certificate');
  }
  if (!employment.isManager) {
    if (input.ratings.leadership !== null)
      issue(['ratings', 'leadership'], 'is only allowed when employment.isManager is true');
    if (employment.staffCount)
      issue(['employment', 'staffCount'], 'is only allowed when employment.isManager is true');
  }
  input.positions.forEach((position, index) => {
    if (position.to && position.from > position.to) {
      issue(['positions', index, 'from'], `must be a date before positions.${index}.to`);
    }
  });
}

export const certificateInputSchema = certificateInputObjectSchema.superRefine(addCrossFieldIssues);

export type CertificateInput = z.output<typeof certificateInputSchema>;
/** The input as a caller may write it: defaults (form, language, empty lists, ratings) may be left out. */
export type CertificateInputDraft = z.input<typeof certificateInputSchema>;
export type Ratings = CertificateInput['ratings'];
