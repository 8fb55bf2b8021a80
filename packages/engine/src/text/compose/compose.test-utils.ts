// fast-check arbitraries for valid certificate inputs, shared by property tests and benchmarks.
import fc from 'fast-check';
import type { CertificateInputDraft } from '@zeugnisdesk/shared';
import { jobProfiles } from '../job-profiles/job-profiles.js';

const firstNames = ['Anna', 'Jonas', 'Mia', 'Alex', 'Hans', 'Özlem', 'Jörg', 'Luca'];
const lastNames = ['Schmidt', 'Fuchs', 'Weiß', 'Krause', 'Günther', 'Yılmaz', 'Brandt-Meyer', 'Haas'];
const phrases = [
  'Bearbeitung von Kundenanfragen',
  'Erstellung von Angeboten und Rechnungen',
  'Pflege der Stammdaten im ERP-System',
  'Koordination externer Dienstleister',
  'Planung der Wochenproduktion',
  'Einarbeitung neuer Beschäftigter',
];

const isoDate = (minYear: number, maxYear: number) =>
  fc
    .record({
      year: fc.integer({ min: minYear, max: maxYear }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(
      ({ year, month, day }) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );

const grade = fc.integer({ min: 1, max: 5 });
const maybeGrade = fc.option(grade, { nil: null, freq: 5 });

export const certificateInputArbitrary: fc.Arbitrary<CertificateInputDraft> = fc
  .record({
    kind: fc.constantFrom('final', 'interim', 'apprenticeship') as fc.Arbitrary<
      'final' | 'interim' | 'apprenticeship'
    >,
    form: fc.constantFrom('qualified', 'qualified', 'qualified', 'simple') as fc.Arbitrary<
      'qualified' | 'simple'
    >,
    gender: fc.constantFrom('male', 'female', 'diverse') as fc.Arbitrary<'male' | 'female' | 'diverse'>,
    title: fc.constantFrom(null, null, 'Dr.', 'Prof. Dr.'),
    firstName: fc.constantFrom(...firstNames),
    lastName: fc.constantFrom(...lastNames),
    birthDate: fc.option(isoDate(1950, 1985), { nil: null }),
    birthPlace: fc.constantFrom(null, 'Bonn', 'Görlitz'),
    start: isoDate(1990, 2015),
    years: fc.integer({ min: 0, max: 10 }),
    description: fc.constantFrom(null, 'ein Familienunternehmen der Lebensmittelbranche'),
    department: fc.constantFrom(null, 'Vertrieb'),
    jobProfile: fc.constantFrom(null, ...jobProfiles.map((profile) => profile.id)),
    isManager: fc.boolean(),
    staffCount: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    powerOfAttorney: fc.constantFrom(null, 'prokura', 'handlungsvollmacht') as fc.Arbitrary<
      null | 'prokura' | 'handlungsvollmacht'
    >,
    finalReason: fc.constantFrom(
      'employee_resignation',
      'employer_operational',
      'employer_other',
      'mutual_agreement',
      'fixed_term',
      'retirement',
      'none',
      null,
    ),
    apprenticeshipReason: fc.constantFrom(
      'apprenticeship_completed',
      'apprenticeship_taken_over',
      'none',
      null,
    ),
    interimReason: fc.constantFrom(
      'supervisor_change',
      'transfer',
      'employee_request',
      'parental_leave',
      'restructuring',
      'other',
    ),
    interimReasonText: fc.constantFrom(null, 'zur Vorlage bei einer Bank'),
    ratings: fc.record({
      willingness: maybeGrade,
      ability: maybeGrade,
      knowledge: maybeGrade,
      training: maybeGrade,
      workStyle: maybeGrade,
      result: maybeGrade,
      leadership: maybeGrade,
      behaviourInternal: maybeGrade,
      behaviourExternal: maybeGrade,
    }),
    overallGrade: fc.option(grade, { nil: null, freq: 4 }),
    activities: fc.subarray(phrases),
    additionalActivities: fc.subarray(phrases, { maxLength: 2 }),
    qualifications: fc.subarray(['Staplerschein', 'sehr gute Englischkenntnisse', 'SAP FI'], {
      maxLength: 3,
    }),
    achievements: fc.subarray(['Senkung der Ausschussquote um zehn Prozent'], { maxLength: 1 }),
    trainings: fc.subarray([
      { title: 'Grundlagen des Projektmanagements', year: 2019 },
      { title: 'Erste Hilfe', year: null },
    ]),
    closing: fc.option(fc.record({ regret: fc.boolean(), thanks: fc.boolean(), wishes: fc.boolean() }), {
      nil: null,
      freq: 4,
    }),
    exam: fc.option(
      fc.record({
        grade: fc.integer({ min: 1, max: 6 }),
        chamber: fc.constantFrom('IHK Köln', 'HWK Dortmund'),
      }),
      { nil: null },
    ),
    twoSigners: fc.boolean(),
    issueDelay: fc.integer({ min: 0, max: 30 }),
  })
  .map((draw): CertificateInputDraft => {
    const startYear = Number(draw.start.slice(0, 4));
    const endDate = `${startYear + draw.years + 1}${draw.start.slice(4)}`;
    const day = Number(endDate.slice(8)) + (draw.issueDelay % 2 ? draw.issueDelay % 10 : 0);
    const issueDate =
      draw.kind === 'interim'
        ? endDate
        : `${endDate.slice(0, 8)}${String(Math.min(28, day)).padStart(2, '0')}`;
    const isManager = draw.kind !== 'apprenticeship' && draw.isManager;
    const birthDate = draw.birthDate && draw.birthDate < draw.start ? draw.birthDate : null;
    return {
      kind: draw.kind,
      form: draw.form,
      issueDate,
      place: 'Köln',
      employer: { name: 'Beispiel GmbH', description: draw.description },
      employee: {
        gender: draw.gender,
        title: draw.title,
        firstName: draw.firstName,
        lastName: draw.lastName,
        birthDate,
        birthPlace: draw.birthPlace,
      },
      employment: {
        startDate: draw.start,
        endDate: draw.kind === 'interim' ? null : endDate,
        jobTitle: draw.kind === 'apprenticeship' ? 'Kaufmann für Büromanagement' : 'Sachbearbeitung',
        department: draw.department,
        jobProfile: draw.jobProfile,
        exitReason:
          draw.kind === 'final'
            ? (draw.finalReason as never)
            : draw.kind === 'apprenticeship'
              ? (draw.apprenticeshipReason as never)
              : null,
        interimReason: draw.kind === 'interim' ? (draw.interimReason as never) : null,
        interimReasonText: draw.kind === 'interim' ? draw.interimReasonText : null,
        isManager,
        staffCount: isManager ? draw.staffCount : null,
        powerOfAttorney: draw.powerOfAttorney,
      },
      positions: [],
      activities: draw.activities,
      additionalActivities: draw.additionalActivities,
      trainings: draw.trainings,
      qualifications: draw.qualifications,
      achievements: draw.achievements,
      ratings: { ...draw.ratings, leadership: isManager ? draw.ratings.leadership : null },
      overallGrade: draw.overallGrade,
      examResult: draw.kind === 'apprenticeship' ? draw.exam : null,
      closing: draw.closing,
      signatures: draw.twoSigners
        ? [
            { name: 'Petra Lang', function: 'Geschäftsführerin' },
            { name: 'Uwe Lang', function: 'Ausbilder' },
          ]
        : [{ name: 'Petra Lang', function: 'Geschäftsführerin' }],
    };
  });
