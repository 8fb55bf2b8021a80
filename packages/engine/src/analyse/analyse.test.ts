import { describe, expect, it } from 'vitest';
import { analyseCertificate } from './analyse.js';
import { splitSentences } from './sentences.js';

const grades = (text: string) =>
  Object.fromEntries(
    Object.entries(analyseCertificate(text).categories).map(([key, range]) => [key, range?.grade]),
  );

describe('splitSentences', () => {
  it('does not split at dates, titles, ordinals and abbreviations', () => {
    const text =
      'Herr Dr. Max Müller war vom 01.04.2019 bis zum 1. März 2024 tätig, u. a. als Leiter. Er arbeitete z. B. mit SAP.';
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual([
      'Herr Dr. Max Müller war vom 01.04.2019 bis zum 1. März 2024 tätig, u. a. als Leiter.',
      'Er arbeitete z. B. mit SAP.',
    ]);
  });

  it('separates paragraphs and bullet items, joins hyphenated line breaks and keeps suspended hyphens', () => {
    const text =
      'Zu seinen Aufgaben gehörten:\n– Überwachung der Lenk- und Ruhezeiten\n• Planung\n\nEr war ein Logistik-\nexperte. Sie war Lenk-\nund Ruhezeitexpertin.';
    expect(splitSentences(text)).toEqual([
      { text: 'Zu seinen Aufgaben gehörten:', paragraph: 0, isListItem: false },
      { text: 'Überwachung der Lenk- und Ruhezeiten', paragraph: 0, isListItem: true },
      { text: 'Planung', paragraph: 0, isListItem: true },
      { text: 'Er war ein Logistikexperte.', paragraph: 1, isListItem: false },
      { text: 'Sie war Lenk- und Ruhezeitexpertin.', paragraph: 1, isListItem: false },
    ]);
  });
});

describe('analyseCertificate', () => {
  it.each([
    ['Er erledigte seine Aufgaben stets zu unserer vollsten Zufriedenheit.', 1],
    ['Er erledigte seine Aufgaben stets zu unserer vollen Zufriedenheit.', 2],
    ['Er erledigte seine Aufgaben zu unserer vollen Zufriedenheit.', 3],
    ['Er erledigte seine Aufgaben zu unserer Zufriedenheit.', 4],
    ['Er erledigte seine Aufgaben im Großen und Ganzen zu unserer Zufriedenheit.', 5],
    ['Sie hat unsere Erwartungen stets in allerbester Weise erfüllt.', 1],
    ['Ihre Leistungen haben unseren Erwartungen voll entsprochen.', 3],
    ['Ihre Leistungen entsprachen unseren Erwartungen.', 4],
    ['Wir waren mit ihren Leistungen stets sehr zufrieden.', 2],
  ])('reads the summary formula "%s" as grade %i', (sentence, grade) => {
    expect(analyseCertificate(sentence).overall?.grade).toBe(grade);
  });

  it('reports the half-grade formula without "stets" as a range', () => {
    expect(analyseCertificate('Sie arbeitete zu unserer vollsten Zufriedenheit.').overall).toMatchObject({
      grade: 2,
      min: 1,
      max: 2,
    });
  });

  it.each([
    ['Sein Verhalten gegenüber Vorgesetzten und Kollegen war stets vorbildlich.', 1],
    ['Sein Verhalten gegenüber Vorgesetzten und Kollegen war vorbildlich.', 2],
    ['Sein Verhalten gegenüber Vorgesetzten und Kollegen war stets einwandfrei.', 2],
    ['Sein Verhalten gegenüber Vorgesetzten und Kollegen war einwandfrei.', 3],
    ['Sein Verhalten gegenüber Vorgesetzten und Kollegen war korrekt.', 4],
    ['Sein Verhalten gegenüber Vorgesetzten und Kollegen war im Wesentlichen einwandfrei.', 5],
  ])('reads the behaviour sentence "%s" as grade %i', (sentence, grade) => {
    expect(grades(sentence)).toEqual({ behaviourInternal: grade });
  });

  it('assigns a behaviour sentence that names customers to both internal and external behaviour', () => {
    expect(
      grades('Ihr Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets vorbildlich.'),
    ).toEqual({
      behaviourInternal: 1,
      behaviourExternal: 1,
    });
  });

  it('reads single categories by their signal words', () => {
    const text = [
      'Sie zeigte stets ein außergewöhnliches Engagement.',
      'Ihre Auffassungsgabe war sehr schnell, und sie war stets sehr belastbar.',
      'Sie verfügte über ein solides Fachwissen.',
      'An Weiterbildungen nahm sie teil, wenn es betrieblich erforderlich war.',
      'Ihre Arbeitsweise war im Wesentlichen sorgfältig.',
    ].join(' ');
    expect(grades(text)).toEqual({ willingness: 1, ability: 2, knowledge: 3, training: 4, workStyle: 5 });
  });

  it('reads „über das übliche Maß hinaus“ as beyond the norm, not as the adequate „üblich“', () => {
    expect(
      grades(
        'Sie ergriff stets aus eigenem Antrieb die Initiative und setzte sich weit über das übliche Maß hinaus ein.',
      ),
    ).toEqual({ willingness: 1 });
    // The plain word keeps its reading.
    expect(grades('Sie zeigte die übliche Einsatzbereitschaft.')).toEqual({ willingness: 4 });
  });

  it.each([
    ['Zwischenzeugnis\n\nFrau Roth ist seit dem 01.01.2020 bei uns tätig.', 'interim', null],
    [
      'Ausbildungszeugnis\n\nHerr Roth absolvierte eine Ausbildung zum Koch. Wir übernehmen ihn gern in ein Arbeitsverhältnis.',
      'apprenticeship',
      'apprenticeship_taken_over',
    ],
    ['Arbeitszeugnis\n\nFrau Roth verlässt uns auf eigenen Wunsch.', 'final', 'employee_resignation'],
    [
      'Arbeitszeugnis\n\nDas Arbeitsverhältnis endet aus betriebsbedingten Gründen.',
      'final',
      'employer_operational',
    ],
    [
      'Arbeitszeugnis\n\nDas Arbeitsverhältnis endet im gegenseitigen Einvernehmen.',
      'final',
      'mutual_agreement',
    ],
    ['Arbeitszeugnis\n\nDas Arbeitsverhältnis endet mit Ablauf der Befristung.', 'final', 'fixed_term'],
    ['Arbeitszeugnis\n\nHerr Roth tritt in den wohlverdienten Ruhestand.', 'final', 'retirement'],
    ['Arbeitszeugnis\n\nDas Arbeitsverhältnis endet am 30.06.2026.', 'final', 'none'],
  ])('detects kind and exit reason of %j', (text, kind, exitReason) => {
    expect(analyseCertificate(text)).toMatchObject({ kind, exitReason });
  });

  it.each([
    [
      'Wir bedauern sein Ausscheiden außerordentlich, danken ihm herzlich und wünschen ihm alles erdenklich Gute.',
      1,
    ],
    ['Wir bedauern sein Ausscheiden, danken ihm für die Mitarbeit und wünschen ihm viel Erfolg.', 2],
    ['Wir danken ihm für die Mitarbeit und wünschen ihm alles Gute.', 3],
    ['Wir wünschen ihm alles Gute.', 4],
    ['Das Arbeitsverhältnis endet am 30.06.2026.', 5],
  ])('grades the closing "%s" as %i', (closing, grade) => {
    expect(analyseCertificate(`Arbeitszeugnis\n\n${closing}`).closing.grade).toBe(grade);
  });

  const strong = [
    'Arbeitszeugnis',
    '',
    'Herr Roth zeigte stets eine außerordentliche Einsatzbereitschaft. Er arbeitete stets äußerst sorgfältig. Seine Arbeitsergebnisse waren stets hervorragend. Er erledigte seine Aufgaben stets zu unserer vollsten Zufriedenheit.',
    '',
  ].join('\n');

  it('flags a closing that is much colder than the performance', () => {
    const result = analyseCertificate(
      `${strong}Sein Verhalten gegenüber Vorgesetzten und Kollegen war stets vorbildlich.\n\nDas Arbeitsverhältnis endet am 30.06.2026.`,
    );
    expect(result.flags.map((flag) => flag.code)).toContain('closing.weaker_than_performance');
  });

  it('does not flag a closing that matches the performance', () => {
    const result = analyseCertificate(
      `${strong}Sein Verhalten gegenüber Vorgesetzten und Kollegen war stets vorbildlich.\n\nHerr Roth verlässt uns auf eigenen Wunsch. Wir bedauern dies außerordentlich, danken ihm herzlich und wünschen ihm alles erdenklich Gute.`,
    );
    expect(result.flags).toEqual([]);
  });

  it('flags a behaviour sentence that leaves out the superiors, and one that names colleagues first', () => {
    const missing = analyseCertificate(
      `${strong}Sein Verhalten gegenüber Kollegen und Kunden war stets vorbildlich.`,
    );
    expect(missing.flags.map((flag) => flag.code)).toContain('behaviour.superiors_missing');
    const order = analyseCertificate(
      `${strong}Sein Verhalten gegenüber Kollegen und Vorgesetzten war stets vorbildlich.`,
    );
    expect(order.flags.map((flag) => flag.code)).toContain('behaviour.order_unusual');
  });

  it('flags a missing behaviour assessment and a summary that contradicts the single grades', () => {
    const text =
      'Herr Roth zeigte stets eine außerordentliche Einsatzbereitschaft. Er arbeitete stets äußerst sorgfältig. Seine Arbeitsergebnisse waren stets hervorragend. Er erledigte seine Aufgaben zu unserer Zufriedenheit.';
    const codes = analyseCertificate(text).flags.map((flag) => flag.code);
    expect(codes).toContain('omission.behaviour');
    expect(codes).toContain('summary.contradicts_categories');
  });

  it('flags a single category far below the rest', () => {
    const text = `${strong}Angebotene Weiterbildungen nahm er im Großen und Ganzen wahr. Sein Verhalten gegenüber Vorgesetzten und Kollegen war stets vorbildlich.`;
    expect(analyseCertificate(text).flags.map((flag) => flag.code)).toContain('grade.outlier');
  });

  it('flags hidden codes and forbidden mentions with hedged wording, but a health wish only outside retirement', () => {
    const risky = analyseCertificate(
      `${strong}Er war stets gesellig und trug zur Verbesserung des Betriebsklimas bei. Wir wünschen ihm vor allem Gesundheit.`,
    );
    const codes = risky.flags.map((flag) => flag.code);
    expect(codes).toContain('wording.sociable');
    expect(codes).toContain('wording.health_wish');
    const retirement = analyseCertificate(
      `${strong}Er tritt in den wohlverdienten Ruhestand. Wir wünschen ihm vor allem Gesundheit.`,
    );
    expect(retirement.flags.map((flag) => flag.code)).not.toContain('wording.health_wish');
  });

  it('reads a double negative as a merely sufficient grade', () => {
    expect(grades('Seine Arbeitsweise war nicht unzuverlässig.')).toEqual({ workStyle: 4 });
  });

  it('names the building blocks of the wishes', () => {
    const { closing } = analyseCertificate(
      'Arbeitszeugnis\n\nWir wünschen ihr beruflich wie privat alles Gute und weiterhin viel Erfolg.',
    );
    expect(closing).toMatchObject({
      wishes: true,
      careerWishes: true,
      privateWishes: true,
      successWish: true,
    });
  });

  it('flags customer work without an assessment of the behaviour towards customers', () => {
    const withCustomers = `${strong}Zu seinen Aufgaben gehörte die Beratung von Kunden.\n\nSein Verhalten gegenüber Vorgesetzten und Kollegen war stets vorbildlich.`;
    expect(analyseCertificate(withCustomers).flags.map((flag) => flag.code)).toContain(
      'omission.behaviour_external',
    );
    const assessed = `${withCustomers} Gegenüber Kunden trat er stets vorbildlich auf.`;
    expect(analyseCertificate(assessed).flags.map((flag) => flag.code)).not.toContain(
      'omission.behaviour_external',
    );
  });

  it('never fails on empty or odd input', () => {
    for (const text of ['', '   ', '.....', '1. 2. 3.', 'Zufriedenheit', '– – –']) {
      expect(() => analyseCertificate(text)).not.toThrow();
    }
    expect(analyseCertificate('').overall).toBeNull();
  });
});
