import { describe, expect, it } from 'vitest';
import type { CertificateInput } from '@zeugnisdesk/shared';
import { jobProfiles } from '../text/job-profiles/job-profiles.js';
import { checkExample, withCode } from './check.test-utils.js';

const asMale = (draft: CertificateInput) => {
  draft.employee.gender = 'male';
  draft.employee.firstName = 'Jonas';
  draft.employment.jobTitle = 'Disponent';
  draft.positions[0]!.jobTitle = 'Sachbearbeiter Disposition';
  draft.positions[1]!.jobTitle = 'Disponent';
};
const override = (text: string) => ({ overrides: { 'performance.workStyle': text } });

describe('free_text.gender_mismatch', () => {
  it.each([
    ['Herr Schmidt arbeitete stets sorgfältig.', 'Herr Schmidt'],
    ['Sie erledigte seine Aufgaben stets zuverlässig.', 'seine'],
    ['Sie war ein sehr zuverlässiger Mitarbeiter.', 'ein sehr zuverlässiger Mitarbeiter'],
  ])('warns about %j for a woman', (text, evidence) => {
    expect(
      withCode(
        checkExample(() => {}, override(text)),
        'free_text.gender_mismatch',
      ),
    ).toEqual([
      expect.objectContaining({ severity: 'warning', sentenceId: 'performance.workStyle', evidence }),
    ]);
  });

  it.each([
    ['Frau Dr. Schmidt arbeitete stets sorgfältig.', 'Frau Dr. Schmidt'],
    ['Er war eine äußerst zuverlässige Mitarbeiterin.', 'eine äußerst zuverlässige Mitarbeiterin'],
  ])('warns about %j for a man', (text, evidence) => {
    const issues = checkExample(asMale, override(text));
    expect(withCode(issues, 'free_text.gender_mismatch')).toEqual([expect.objectContaining({ evidence })]);
  });

  it('warns about any salutation for a person of diverse gender', () => {
    const issues = checkExample(
      (draft) => (draft.employee.gender = 'diverse'),
      override('Herr Schmidt arbeitete sorgfältig.'),
    );
    expect(withCode(issues, 'free_text.gender_mismatch')).toHaveLength(1);
  });

  it('checks the salutation in input lists, naming the path', () => {
    const issues = checkExample((draft) => draft.achievements.push('Herr Schmidt senkte die Kosten.'));
    expect(withCode(issues, 'free_text.gender_mismatch')[0]?.path).toBe('achievements.1');
  });

  it('stays silent for other people, for "ihr…" and for matching forms', () => {
    const other = checkExample((draft) => draft.activities.push('Vertretung von Herrn Müller im Einkauf'));
    expect(withCode(other, 'free_text.gender_mismatch')).toEqual([]);
    const hers = checkExample(() => {}, override('Frau Schmidt erledigte ihre Aufgaben stets sorgfältig.'));
    expect(withCode(hers, 'free_text.gender_mismatch')).toEqual([]);
    const his = checkExample(asMale, override('Er betreute die Kunden und ihre Anliegen stets sorgfältig.'));
    expect(withCode(his, 'free_text.gender_mismatch')).toEqual([]);
  });
});

describe('free_text.job_title_gender', () => {
  it('warns about a feminine job title for a man, in the employment and the positions', () => {
    const issues = checkExample((draft) => (draft.employee.gender = 'male'));
    expect(withCode(issues, 'free_text.job_title_gender').map((issue) => issue.path)).toEqual([
      'employment.jobTitle',
      'positions.0.jobTitle',
      'positions.1.jobTitle',
    ]);
    const clerk = checkExample((draft) => {
      asMale(draft);
      draft.employment.jobTitle = 'Kauffrau für Büromanagement';
    });
    expect(withCode(clerk, 'free_text.job_title_gender')[0]?.evidence).toBe('Kauffrau');
  });

  it('warns about a feminine job title for a person of diverse gender', () => {
    const issues = checkExample((draft) => (draft.employee.gender = 'diverse'));
    expect(withCode(issues, 'free_text.job_title_gender')[0]?.message).toContain('geschlechtsneutrale');
  });

  it('leaves women, masculine and paired titles, and words that merely end in "in" alone', () => {
    expect(withCode(checkExample(), 'free_text.job_title_gender')).toEqual([]);
    const paired = checkExample((draft) => {
      asMale(draft);
      draft.employment.jobTitle = 'Verkäufer/Verkäuferin';
    });
    expect(withCode(paired, 'free_text.job_title_gender')).toEqual([]);
    const doctor = checkExample((draft) => {
      asMale(draft);
      draft.employment.jobTitle = 'Leiter Medizin und Termin-Management Berlin';
    });
    expect(withCode(doctor, 'free_text.job_title_gender')).toEqual([]);
  });

  it('accepts the masculine and neutral titles of every shipped job profile', () => {
    const flagged = jobProfiles.flatMap((profile) =>
      (['male', 'diverse'] as const).flatMap((gender) => {
        const issues = checkExample((draft) => {
          draft.employee.gender = gender;
          draft.employment.jobTitle = profile.titles[gender];
          draft.positions = [];
        });
        return withCode(issues, 'free_text.job_title_gender').map(() => profile.titles[gender]);
      }),
    );
    expect(flagged).toEqual([]);
  });
});
