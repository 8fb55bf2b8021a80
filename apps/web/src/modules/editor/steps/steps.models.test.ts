import {
  categoryNames,
  composeCertificate,
  gradeNames,
  listJobProfiles,
  type JobProfile,
} from '@zeugnisdesk/engine';
import {
  certificateInputSchema,
  certificateKinds,
  ratingCategories,
  type CertificateInput,
  type CertificateKind,
} from '@zeugnisdesk/shared';
import { describe, expect, it } from 'vitest';
import example from '../../../../../../examples/certificate-input.example.json';
import { editorDe } from '../../../locales/de/editor';
import { editorEn } from '../../../locales/en/editor';
import {
  addPhrases,
  addSignature,
  appendItem,
  automaticOverallGrade,
  buttonAfterMove,
  changeGender,
  changeKind,
  chooseJobProfile,
  currentClosing,
  dayAfter,
  defaultChamber,
  exitReasonChoice,
  exitReasonsFor,
  gradeChoice,
  gradeOfChoice,
  indexAfterRemove,
  inputText,
  maxListEntries,
  moveItem,
  newPosition,
  nullableDate,
  nullableInteger,
  nullableText,
  patchEmployee,
  powerOfAttorneyChoice,
  ratingSentenceIds,
  removeItem,
  removeSignature,
  replaceItem,
  setAddressField,
  setAllRatings,
  setClosingAutomatic,
  setClosingBlock,
  setExamChamber,
  setExamGrade,
  setManager,
  setPowerOfAttorney,
  setRating,
  singleLine,
  suggestionsFor,
  visibleBehaviourCategories,
  visiblePerformanceCategories,
} from './steps.models';

const base: CertificateInput = certificateInputSchema.parse(example);

const manager: CertificateInput = {
  ...base,
  employment: { ...base.employment, isManager: true, staffCount: 12 },
  ratings: { ...base.ratings, leadership: 2 },
};

const apprentice: CertificateInput = {
  ...base,
  kind: 'apprenticeship',
  employment: { ...base.employment, exitReason: 'apprenticeship_completed' },
  examResult: { grade: 2, chamber: 'IHK Köln' },
};

const interim: CertificateInput = {
  ...base,
  kind: 'interim',
  employment: { ...base.employment, endDate: null, exitReason: null, interimReason: 'supervisor_change' },
};

function validationIssues(content: CertificateInput): string[] {
  const result = certificateInputSchema.safeParse(content);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Every sentence id with its grade in the composed certificate. */
function composedSentences(content: CertificateInput): Map<string, number | undefined> {
  const { document } = composeCertificate(content);
  const sentences = new Map<string, number | undefined>();
  for (const section of document.sections) {
    for (const block of section.blocks) {
      const runs = block.type === 'paragraph' ? block.runs : block.type === 'list' ? block.items : [];
      for (const run of runs) if (run.sentenceId) sentences.set(run.sentenceId, run.grade);
    }
  }
  return sentences;
}

describe('text and numbers from inputs', () => {
  it('turns blank optional text into null and keeps everything else as typed', () => {
    expect(nullableText('')).toBeNull();
    expect(nullableText('   ')).toBeNull();
    expect(nullableText('Dr. ')).toBe('Dr. ');
    expect(inputText(null)).toBe('');
    expect(inputText(undefined)).toBe('');
    expect(inputText('Bonn')).toBe('Bonn');
  });

  it('keeps required text empty rather than null, so the page can ask for it', () => {
    const update = patchEmployee({ firstName: '' });
    expect(update(base).employee.firstName).toBe('');
    expect(validationIssues(update(base))).toEqual(['employee.firstName: must not be empty']);
  });

  it('reads dates and whole numbers', () => {
    expect(nullableDate('')).toBeNull();
    expect(nullableDate('2024-02-29')).toBe('2024-02-29');
    expect(nullableInteger('')).toBeNull();
    expect(nullableInteger(' 12 ')).toBe(12);
    expect(nullableInteger(7)).toBe(7);
    expect(nullableInteger(2.5)).toBeNull();
    expect(nullableInteger('1e3')).toBeNull();
    expect(nullableInteger('-3')).toBeNull();
  });

  it('makes list phrases one line', () => {
    expect(singleLine('Planung\nund Steuerung')).toBe('Planung und Steuerung');
    expect(singleLine('a  \r\n  b\nc')).toBe('a b c');
    expect(singleLine('ohne Umbruch')).toBe('ohne Umbruch');
  });
});

describe('changing the kind of certificate', () => {
  const starts: [string, CertificateInput][] = [
    ['final', base],
    ['interim', interim],
    ['apprenticeship', apprentice],
  ];

  it.each(starts)('keeps a valid %s certificate valid whatever kind it becomes', (_, start) => {
    expect(validationIssues(start)).toEqual([]);
    for (const kind of certificateKinds) {
      const changed = changeKind(kind)(start);
      expect(changed.kind).toBe(kind);
      expect(validationIssues(changed), `${start.kind} → ${kind}`).toEqual([]);
      // And back again.
      expect(validationIssues(changeKind(start.kind)(changed)), `${kind} → ${start.kind}`).toEqual([]);
    }
  });

  it('makes an interim certificate without end, exit reason and exam, for the employee’s request', () => {
    const changed = changeKind('interim')({
      ...apprentice,
      closing: { regret: true, thanks: true, wishes: true },
    });
    expect(changed.employment).toMatchObject({
      endDate: null,
      exitReason: null,
      interimReason: 'employee_request',
    });
    expect(changed.examResult).toBeNull();
    expect(changed.closing).toEqual({ regret: false, thanks: true, wishes: true });
  });

  it('keeps an interim occasion that is already chosen', () => {
    const withReason = { ...base, employment: { ...base.employment, interimReason: 'transfer' as const } };
    expect(changeKind('interim')(withReason).employment.interimReason).toBe('transfer');
  });

  it('gives a final certificate an end date (the issue date) and drops the occasion', () => {
    const changed = changeKind('final')({
      ...interim,
      employment: { ...interim.employment, interimReasonText: 'anlässlich der Versetzung' },
    });
    expect(changed.employment).toMatchObject({
      endDate: interim.issueDate,
      interimReason: null,
      interimReasonText: null,
      exitReason: null,
    });
  });

  it('keeps an exit reason the new kind allows and drops one it does not', () => {
    const resigned = base; // employee_resignation
    expect(changeKind('apprenticeship')(resigned).employment.exitReason).toBeNull();
    const noReason = { ...base, employment: { ...base.employment, exitReason: 'none' as const } };
    expect(changeKind('apprenticeship')(noReason).employment.exitReason).toBe('none');
    expect(changeKind('final')(apprentice).employment.exitReason).toBeNull();
    expect(changeKind('final')(apprentice).examResult).toBeNull();
  });

  it('keeps the end date a final certificate already has', () => {
    expect(changeKind('apprenticeship')(base).employment.endDate).toBe(base.employment.endDate);
  });

  it('leaves the content alone when the kind stays', () => {
    expect(changeKind('final')(base)).toBe(base);
  });

  it('offers the exit reasons of the kind, and shows no reason as „none“', () => {
    expect(exitReasonsFor('final')).toContain('employee_resignation');
    expect(exitReasonsFor('final')).not.toContain('apprenticeship_completed');
    expect(exitReasonsFor('apprenticeship')).toEqual([
      'apprenticeship_completed',
      'apprenticeship_taken_over',
      'none',
    ]);
    expect(exitReasonsFor('interim')).toEqual([]);
    expect(exitReasonChoice({ ...base, employment: { ...base.employment, exitReason: null } })).toBe('none');
    expect(exitReasonChoice(base)).toBe('employee_resignation');
  });

  it('has a German and an English label for every kind, exit reason and occasion', () => {
    const kinds: CertificateKind[] = [...certificateKinds];
    for (const kind of kinds) {
      expect(editorDe.steps.data.certificate.kinds[kind]).toBeTruthy();
      for (const reason of exitReasonsFor(kind)) {
        expect(editorDe.steps.data.certificate.exitReasons[reason]).toBeTruthy();
        expect(editorEn.steps.data.certificate.exitReasons[reason]).toBeTruthy();
      }
    }
  });
});

describe('further details', () => {
  it('drops the staff count when the manager switch goes off, and keeps the content valid', () => {
    const off = setManager(false)({ ...manager, ratings: { ...manager.ratings, leadership: null } });
    expect(off.employment).toMatchObject({ isManager: false, staffCount: null });
    expect(validationIssues(off)).toEqual([]);
    expect(setManager(true)(base).employment.isManager).toBe(true);
  });

  it('writes the power of attorney, „none“ as null', () => {
    expect(setPowerOfAttorney('prokura')(base).employment.powerOfAttorney).toBe('prokura');
    expect(setPowerOfAttorney('none')(manager).employment.powerOfAttorney).toBeNull();
    expect(powerOfAttorneyChoice(base)).toBe('none');
  });

  it('sets and clears the exam result, keeping a chamber already typed', () => {
    const withExam = setExamGrade(1, 'IHK')({ ...apprentice, examResult: null });
    expect(withExam.examResult).toEqual({ grade: 1, chamber: 'IHK' });
    expect(setExamGrade(3, 'HWK')(apprentice).examResult).toEqual({ grade: 3, chamber: 'IHK Köln' });
    expect(setExamGrade(null, 'IHK')(apprentice).examResult).toBeNull();
    expect(setExamChamber('IHK Bonn')(apprentice).examResult?.chamber).toBe('IHK Bonn');
    expect(setExamChamber('IHK Bonn')(base)).toBe(base);
  });

  it('starts the chamber from the profile where it names one', () => {
    const profile = (chamber: string) =>
      ({ apprenticeship: { chamber, durationMonths: 36 } }) as unknown as JobProfile;
    expect(defaultChamber(profile('IHK'))).toBe('IHK');
    expect(defaultChamber(profile('other'))).toBe('');
    expect(defaultChamber(undefined)).toBe('');
  });

  it('clears the whole address when its last line is emptied, and keeps other parts', () => {
    const noStreet = setAddressField('street', '')(base);
    expect(noStreet.employer.address).toEqual({ street: null, postalCode: '50667', city: 'Köln' });
    const empty = setAddressField('city', ' ')(setAddressField('postalCode', '')(noStreet));
    expect(empty.employer.address).toBeNull();
    const withCountry = { ...base, employer: { ...base.employer, address: { country: 'Deutschland' } } };
    expect(setAddressField('city', 'Bonn')(withCountry).employer.address).toEqual({
      country: 'Deutschland',
      city: 'Bonn',
    });
    expect(
      setAddressField('street', 'Hauptstraße 1')({ ...base, employer: { ...base.employer, address: null } })
        .employer.address,
    ).toEqual({
      street: 'Hauptstraße 1',
    });
  });
});

describe('the closing', () => {
  it('starts an explicit closing from exactly what the automatic one writes', () => {
    const composed = composedSentences(base);
    const sentenceOf = (id: string) => (composed.has(id) ? id : null);
    expect(currentClosing(sentenceOf)).toEqual({ regret: true, thanks: true, wishes: true });
    const explicit = setClosingAutomatic(false, sentenceOf)(base);
    expect(explicit.closing).toEqual({ regret: true, thanks: true, wishes: true });
    expect(composeCertificate(explicit).text).toBe(composeCertificate(base).text);
    expect(setClosingAutomatic(true, sentenceOf)(explicit).closing).toBeNull();
  });

  it('reads a weak closing as such', () => {
    const weak = { ...base, overallGrade: 4 };
    const composed = composedSentences(weak);
    expect(currentClosing((id) => (composed.has(id) ? id : null))).toEqual({
      regret: false,
      thanks: false,
      wishes: true,
    });
  });

  it('switches single blocks only of an explicit closing', () => {
    const explicit = { ...base, closing: { regret: true, thanks: true, wishes: true } };
    expect(setClosingBlock('regret', false)(explicit).closing).toEqual({
      regret: false,
      thanks: true,
      wishes: true,
    });
    expect(setClosingBlock('regret', false)(base)).toBe(base);
  });
});

describe('lists', () => {
  it('replaces, removes and moves entries without touching the original', () => {
    const list = ['a', 'b', 'c'] as const;
    expect(replaceItem(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeItem(list, 0)).toEqual(['b', 'c']);
    expect(moveItem(list, 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 2, 1)).toEqual(['a', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('stops adding at the limit', () => {
    const full = Array.from({ length: maxListEntries }, (_, index) => `Eintrag ${index}`);
    expect(appendItem(full, 'zu viel', maxListEntries)).toHaveLength(maxListEntries);
    expect(appendItem(['a'], 'b', maxListEntries)).toEqual(['a', 'b']);
  });

  it('keeps the focus on the moved entry’s button, or the other one at an end', () => {
    expect(buttonAfterMove(2, -1, 4)).toEqual({ index: 1, button: 'up' });
    expect(buttonAfterMove(1, -1, 4)).toEqual({ index: 0, button: 'down' });
    expect(buttonAfterMove(1, 1, 4)).toEqual({ index: 2, button: 'down' });
    expect(buttonAfterMove(2, 1, 4)).toEqual({ index: 3, button: 'up' });
  });

  it('focuses the entry that takes the removed one’s place, else the one before, else none', () => {
    expect(indexAfterRemove(1, 3)).toBe(1);
    expect(indexAfterRemove(3, 3)).toBe(2);
    expect(indexAfterRemove(0, 0)).toBeNull();
  });

  it('starts a new station on entry, or the day after the previous one ends', () => {
    expect(newPosition({ ...base, positions: [] })).toEqual({
      from: base.employment.startDate,
      to: null,
      jobTitle: '',
      department: null,
    });
    expect(newPosition(base).from).toBe('2026-07-01');
    const open = { ...base, positions: [{ from: '2020-01-01', to: null, jobTitle: 'A', department: null }] };
    expect(newPosition(open).from).toBe('');
  });

  it('counts days in the calendar', () => {
    expect(dayAfter('2021-12-31')).toBe('2022-01-01');
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-02-28')).toBe('2023-03-01');
  });

  it('allows one or two signatures, never none', () => {
    const two = addSignature()(base);
    expect(two.signatures).toEqual([...base.signatures, { name: '', function: '' }]);
    expect(addSignature()(two).signatures).toHaveLength(2);
    expect(removeSignature(0)(two).signatures).toEqual([{ name: '', function: '' }]);
    expect(removeSignature(0)(base)).toBe(base);
  });
});

describe('job profiles and suggestions', () => {
  it('fills an empty job title from the chosen profile, but never overwrites one', () => {
    const profile = listJobProfiles().find((candidate) => candidate.id === 'lagerleiter')!;
    const empty = { ...base, employment: { ...base.employment, jobTitle: ' ' } };
    expect(chooseJobProfile(profile)(empty).employment).toMatchObject({
      jobProfile: 'lagerleiter',
      jobTitle: 'Lagerleiterin',
    });
    expect(chooseJobProfile(profile)(base).employment).toMatchObject({
      jobProfile: 'lagerleiter',
      jobTitle: 'Disponentin',
    });
    expect(chooseJobProfile(null)(base).employment.jobProfile).toBeNull();
  });

  it('changes a job title that follows the profile with the gender, and leaves one the user wrote', () => {
    const profile = listJobProfiles().find((candidate) => candidate.id === 'disponent');
    expect(changeGender('male', profile)(base)).toMatchObject({
      employee: { gender: 'male' },
      employment: { jobTitle: 'Disponent' },
    });
    const own = { ...base, employment: { ...base.employment, jobTitle: 'Teamleiterin Disposition' } };
    expect(changeGender('diverse', profile)(own).employment.jobTitle).toBe('Teamleiterin Disposition');
    expect(changeGender('male', undefined)(base).employment.jobTitle).toBe('Disponentin');
  });

  it('marks suggestions already in the list, ignoring case and spaces', () => {
    expect(
      suggestionsFor(
        ['Überwachung der Lenk- und Ruhezeiten', 'Neu'],
        [' überwachung der lenk- und ruhezeiten'],
      ),
    ).toEqual([
      { text: 'Überwachung der Lenk- und Ruhezeiten', added: true },
      { text: 'Neu', added: false },
    ]);
  });

  it('adds suggestions once, in order, as far as the list has room', () => {
    expect(addPhrases(['a'], ['A', 'b', 'c', 'b'])).toEqual(['a', 'b', 'c']);
    const almostFull = Array.from({ length: maxListEntries - 1 }, (_, index) => `Eintrag ${index}`);
    expect(addPhrases(almostFull, ['x', 'y'])).toEqual([...almostFull, 'x']);
  });
});

describe('ratings', () => {
  it('maps each category to the id of the sentence the composer writes for it', () => {
    // Leadership is assessed for managers only; the example has every other category rated.
    for (const content of [base, manager, apprentice, interim]) {
      const composed = composedSentences(content);
      const shown = [...visiblePerformanceCategories(content), ...visibleBehaviourCategories];
      for (const category of shown) {
        const id = ratingSentenceIds[category];
        expect(composed.has(id), `${content.kind}: ${id}`).toBe(true);
        expect(composed.get(id), `${content.kind}: grade of ${id}`).toBe(content.ratings[category]);
      }
    }
    expect(Object.keys(ratingSentenceIds).sort()).toEqual([...ratingCategories].sort());
  });

  it('writes no sentence for a category that is not rated', () => {
    const composed = composedSentences(setRating('knowledge', null)(base));
    expect(composed.has(ratingSentenceIds.knowledge)).toBe(false);
  });

  it('shows leadership for managers only, and never for apprentices', () => {
    expect(visiblePerformanceCategories(base)).not.toContain('leadership');
    expect(visiblePerformanceCategories(manager)).toContain('leadership');
    expect(
      visiblePerformanceCategories({
        ...apprentice,
        employment: { ...apprentice.employment, isManager: true },
      }),
    ).not.toContain('leadership');
  });

  it('sets all shown categories at once and leaves hidden ones alone', () => {
    const all = setAllRatings(3)(base);
    for (const category of ratingCategories) {
      expect(all.ratings[category]).toBe(category === 'leadership' ? null : 3);
    }
    expect(validationIssues(all)).toEqual([]);
    expect(setAllRatings(2)(manager).ratings.leadership).toBe(2);
  });

  it('sets and clears one grade', () => {
    expect(setRating('result', 4)(base).ratings.result).toBe(4);
    expect(setRating('result', null)(base).ratings.result).toBeNull();
  });

  it('translates grades to the segmented control and back', () => {
    expect(gradeChoice(null)).toBe('none');
    expect(gradeChoice(2)).toBe('2');
    expect(gradeOfChoice('2')).toBe(2);
    expect(gradeOfChoice('none')).toBeNull();
    expect(gradeOfChoice('6')).toBeNull();
    expect(gradeOfChoice('auto')).toBeNull();
  });

  it('tells the overall grade the certificate derives', () => {
    expect(automaticOverallGrade(base)).toBe(1);
    expect(automaticOverallGrade(setAllRatings(4)(base))).toBe(4);
  });

  it('names categories and grades in German as the engine does', () => {
    expect(editorDe.steps.rating.categories).toEqual(categoryNames);
    expect(editorDe.steps.rating.gradeNames).toEqual(
      Object.fromEntries(Object.entries(gradeNames).map(([grade, name]) => [String(grade), name])),
    );
  });
});

describe('updaters', () => {
  it('never change the content they are given', () => {
    const frozen = structuredClone(manager);
    const updates = [
      changeKind('interim'),
      changeKind('apprenticeship'),
      setManager(false),
      setAllRatings(2),
      setRating('ability', 5),
      setAddressField('street', ''),
      addSignature(),
      setClosingBlock('thanks', false),
      setExamGrade(2, 'IHK'),
      setPowerOfAttorney('prokura'),
      chooseJobProfile(null),
      changeGender('male', listJobProfiles()[0]),
    ];
    for (const update of updates) update(manager);
    expect(manager).toEqual(frozen);
  });
});
