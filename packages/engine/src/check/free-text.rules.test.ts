import { describe, expect, it } from 'vitest';
import { checkExample, withCode } from './check.test-utils.js';

const mentionsAndWordings = (issues: { code: string }[]) =>
  issues.filter((issue) => /^(?:mention|wording)\./.test(issue.code));

describe('risky phrases in free text', () => {
  it('reports a forbidden mention in an input list as an error with path and evidence', () => {
    const issues = checkExample((draft) =>
      draft.achievements.push('Vertretung einer Kollegin während ihrer Krankheit'),
    );
    expect(withCode(issues, 'mention.illness')).toEqual([
      expect.objectContaining({ severity: 'error', path: 'achievements.1', evidence: 'Krankheit' }),
    ]);
  });

  it('reports a risky reading in an override with the sentence id', () => {
    const issues = checkExample(() => {}, {
      overrides: { 'behaviour.behaviourInternal': 'Frau Schmidt war stets gesellig und bei allen beliebt.' },
    });
    expect(withCode(issues, 'wording.sociable')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        sentenceId: 'behaviour.behaviourInternal',
        evidence: 'gesellig',
      }),
    ]);
  });

  it('reads job titles, trainings and the interim occasion text too', () => {
    const issues = checkExample((draft) => {
      draft.trainings.push({ title: 'Seminar für Betriebsratsmitglieder', year: 2024 });
    });
    expect(withCode(issues, 'mention.works_council')[0]?.path).toBe('trainings.1.title');
  });

  it('accepts a health wish in a retirement certificate only', () => {
    const overrides = { 'closing.wishes': 'Wir wünschen ihr für die Zukunft vor allem Gesundheit.' };
    const retired = checkExample((draft) => (draft.employment.exitReason = 'retirement'), { overrides });
    expect(withCode(retired, 'wording.health_wish')).toEqual([]);
    expect(
      withCode(
        checkExample(() => {}, { overrides }),
        'wording.health_wish',
      ),
    ).toHaveLength(1);
  });

  it('does not flag a nurse at a hospital; the employer name is not free text', () => {
    const issues = checkExample((draft) => {
      draft.employer.name = 'Evangelisches Krankenhaus Köln-Kalk gGmbH';
      draft.employer.description = 'ein Krankenhaus der Regelversorgung';
      draft.employment.jobTitle = 'Gesundheits- und Krankenpflegerin';
      draft.employment.jobProfile = 'pflegefachkraft';
      draft.positions = [];
      draft.activities = [
        'Betreuung von Patienten im Krankenhaus',
        'Pflege von Patienten mit chronischen Erkrankungen',
        'Dokumentation der Behandlungspflege',
      ];
    });
    expect(mentionsAndWordings(issues)).toEqual([]);
  });
});

describe('format.grade_table', () => {
  it('is an error for a grade list in an override', () => {
    const issues = checkExample(() => {}, {
      overrides: { 'performance.summary': 'Fachwissen: 1\nArbeitsweise: 2\nVerhalten: sehr gut' },
    });
    expect(withCode(issues, 'format.grade_table')).toEqual([
      expect.objectContaining({ severity: 'error', sentenceId: 'performance.summary' }),
    ]);
  });

  it.each([
    'Disposition\tNahverkehr',
    'Disposition | Nahverkehr',
    'Arbeitsweise Note 2',
    'Gesamtnote: 1',
    'Bewertung: gut',
    'Fachwissen sehr gut (1)',
  ])('is an error for %j in an activity', (text) => {
    const issues = checkExample((draft) => draft.activities.push(text));
    expect(withCode(issues, 'format.grade_table')[0]?.path).toBe('activities.4');
  });

  it.each([
    'Bachelor of Science Logistik, Note 1,7',
    'IHK-Abschlussprüfung mit der Note 2 bestanden',
    'Planung von 3 Touren täglich (Nahverkehr)',
    'Schwerpunkt: gut strukturierte Tourenplanung',
  ])('accepts %j', (text) => {
    const issues = checkExample((draft) => draft.qualifications.push(text));
    expect(withCode(issues, 'format.grade_table')).toEqual([]);
  });
});
