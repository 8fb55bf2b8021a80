// Value-neutral sentences that frame the data: introduction, career, activities, lead-ins for the
// user's own lists, exam result. Slots are filled by the composer (see each comment).
import type { StructureCatalogue } from './structure.types.js';

export const structurePhrases: StructureCatalogue = {
  introduction: {
    // {birth}: ", geboren am 14.03.1990 in Bonn," or ""; {department}: " in der Abteilung Nahverkehr" or "".
    final: [
      '{FullName}{birth} war vom {startDate} bis zum {endDate} in unserem Unternehmen als {jobTitle}{department} tätig.',
      '{FullName}{birth} trat am {startDate} in unser Unternehmen ein und war bis zum {endDate} als {jobTitle}{department} bei uns beschäftigt.',
      '{FullName}{birth} gehörte unserem Unternehmen vom {startDate} bis zum {endDate} an, zuletzt als {jobTitle}{department}.',
    ],
    interim: [
      '{FullName}{birth} ist seit dem {startDate} in unserem Unternehmen tätig, derzeit als {jobTitle}{department}.',
      '{FullName}{birth} trat am {startDate} in unser Unternehmen ein und ist heute als {jobTitle}{department} beschäftigt.',
      '{FullName}{birth} gehört unserem Unternehmen seit dem {startDate} an und ist gegenwärtig als {jobTitle}{department} tätig.',
    ],
    apprenticeship: [
      '{FullName}{birth} absolvierte vom {startDate} bis zum {endDate} in unserem Unternehmen eine Ausbildung als {occupation}.',
      '{FullName}{birth} wurde vom {startDate} bis zum {endDate} in unserem Unternehmen im Ausbildungsberuf {occupation} ausgebildet.',
      'Vom {startDate} bis zum {endDate} absolvierte {FullName}{birth} in unserem Unternehmen eine Berufsausbildung als {occupation}.',
    ],
  },
  // With career stations the introduction leaves the detail to them and names the last position.
  introductionWithPositions: {
    final: [
      '{FullName}{birth} war vom {startDate} bis zum {endDate} in unserem Unternehmen tätig, zuletzt als {jobTitle}{department}.',
      '{FullName}{birth} trat am {startDate} in unser Unternehmen ein und war bis zum {endDate} bei uns beschäftigt, zuletzt als {jobTitle}{department}.',
    ],
    interim: [
      '{FullName}{birth} ist seit dem {startDate} in unserem Unternehmen tätig, derzeit als {jobTitle}{department}.',
      '{FullName}{birth} trat am {startDate} in unser Unternehmen ein und ist heute als {jobTitle}{department} beschäftigt.',
    ],
    apprenticeship: [
      '{FullName}{birth} absolvierte vom {startDate} bis zum {endDate} in unserem Unternehmen eine Ausbildung als {occupation}.',
      '{FullName}{birth} wurde vom {startDate} bis zum {endDate} in unserem Unternehmen im Ausbildungsberuf {occupation} ausgebildet.',
    ],
  },
  // {chamber}: the competent body, a feminine noun ("IHK Köln", "Handwerkskammer", "Pflegeschule").
  competentBody: [
    'Zuständige Stelle für die Ausbildung [t:war|ist] die {chamber}.',
    'Die Ausbildung [t:wurde|wird] unter der Aufsicht der {chamber} durchgeführt.',
  ],
  // {description}: the employer's own phrase, e.g. "ein mittelständisches Logistikunternehmen".
  company: ['Wir sind {description}.'],
  // Apprenticeship: the goal of the training (§16 BBiG).
  trainingGoal: [
    'Ziel der Ausbildung [t:war|ist] der Erwerb der beruflichen Handlungsfähigkeit im Ausbildungsberuf {occupation}.',
    'Die Ausbildung [t:hatte|hat] zum Ziel, die für den Beruf {occupation} erforderlichen Fertigkeiten, Kenntnisse und Fähigkeiten zu vermitteln.',
  ],
  positions: {
    // {from}, {to}: German dates; {jobTitle}; {department} as in the introduction.
    first: [
      'Vom {from} bis zum {to} war {er} als {jobTitle}{department} tätig.',
      'Zunächst war {er} vom {from} bis zum {to} als {jobTitle}{department} eingesetzt.',
    ],
    next: [
      'Vom {from} bis zum {to} war {er} anschließend als {jobTitle}{department} tätig.',
      'Danach übernahm {er} vom {from} bis zum {to} die Aufgaben als {jobTitle}{department}.',
    ],
    last: [
      'Ab dem {from} war {er} als {jobTitle}{department} tätig.',
      'Zum {from} übernahm {er} die Position als {jobTitle}{department}.',
    ],
    current: [
      'Seit dem {from} ist {er} als {jobTitle}{department} tätig.',
      'Zum {from} übernahm {er} die Position als {jobTitle}{department}, die {er} bis heute innehat.',
    ],
  },
  activitiesLead: {
    employee: [
      'Zu {seinen} Aufgaben <gehören:pl> insbesondere:',
      '{Sein.m} Aufgabenbereich <umfassen> vor allem folgende Tätigkeiten:',
      '{Er} <sein> insbesondere mit folgenden Aufgaben betraut:',
    ],
    apprentice: [
      'Im Rahmen der Ausbildung [t:wurden|werden] {ihm} insbesondere folgende Kenntnisse und Fertigkeiten vermittelt:',
      'Zu den Inhalten der Ausbildung <gehören:pl> insbesondere:',
    ],
  },
  additionalActivities: {
    one: [
      'Darüber hinaus <übernehmen> {er} folgende zusätzliche Aufgabe: {item}.',
      'Zusätzlich <sein> {er} mit folgender Aufgabe betraut: {item}.',
    ],
    many: [
      'Darüber hinaus <übernehmen> {er} folgende zusätzliche Aufgaben:',
      'Zusätzlich <sein> {er} mit folgenden Aufgaben betraut:',
    ],
  },
  powerOfAttorney: {
    prokura: ['{Er} <verfügen> über Prokura.', 'Das Unternehmen <haben> {ihm} Prokura erteilt.'],
    handlungsvollmacht: [
      '{Er} <verfügen> über Handlungsvollmacht.',
      'Das Unternehmen <haben> {ihm} Handlungsvollmacht erteilt.',
    ],
  },
  // {staffCount}: the number, in words up to twelve ("sieben", "24").
  staffResponsibility: {
    one: ['In dieser Funktion <tragen> {er} die Personalverantwortung für eine Person.'],
    many: [
      'In dieser Funktion <tragen> {er} die Personalverantwortung für {staffCount} Mitarbeitende.',
      'In dieser Funktion <führen> {er} ein Team von {staffCount} Mitarbeitenden.',
    ],
  },
  leadershipResponsibility: ['In dieser Funktion <tragen> {er} Führungsverantwortung.'],
  // The user's own lists: one item is written inline after the colon ({item}), several follow as a
  // list. „Hervorzuheben ist“ is the employer speaking today, so it stays in the present tense.
  qualifications: {
    one: [
      '{Er} <verfügen> insbesondere über folgende Qualifikation: {item}.',
      'Hervorzuheben ist dabei: {item}.',
    ],
    many: [
      '{Er} <verfügen> insbesondere über folgende Qualifikationen:',
      'Hervorzuheben sind dabei insbesondere:',
    ],
  },
  trainings: {
    one: [
      'Dabei <absolvieren> {er} die Weiterbildung {item}.',
      'Hervorzuheben ist die Weiterbildung {item}.',
    ],
    many: [
      'Dabei <absolvieren> {er} unter anderem folgende Weiterbildungen:',
      'Hervorzuheben ist die Teilnahme an folgenden Weiterbildungen:',
    ],
  },
  achievements: {
    one: ['Als besonderer Erfolg ist hervorzuheben: {item}.', 'Besonders hervorzuheben ist: {item}.'],
    many: [
      'Zu {seinen} besonderen Erfolgen <zählen:pl> insbesondere:',
      'Als besondere Erfolge sind hervorzuheben:',
    ],
  },
  // {chamber}: "IHK Köln"; {examGrade}: "gut".
  examPassed: [
    'Die Abschlussprüfung vor der {chamber} <bestehen> {er} mit der Note „{examGrade}“.',
    '{Er} <schließen> die Ausbildung mit der Abschlussprüfung vor der {chamber} ab, die {er} mit der Note „{examGrade}“ <bestehen>.',
  ],
  examFailed: ['Die Abschlussprüfung vor der {chamber} [t:wurde|wird] mit der Note „{examGrade}“ bewertet.'],
};
