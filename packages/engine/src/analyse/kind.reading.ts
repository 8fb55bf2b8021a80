// Detects the kind of certificate and the exit reason from the wording (domain guide §2.2 E–F).
import type { CertificateKind, ExitReason } from '@zeugnisdesk/shared';
import { findSignal, type AnalysedSentence } from './analysed-sentence.js';

const interimSignals = ['zwischenzeugnis*', 'zwischenbeurteilung*'];
const apprenticeshipHeadings = ['ausbildungszeugnis*', 'abschlusszeugnis der ausbildung'];
const finalHeadings = [
  'arbeitszeugnis',
  'zeugnis',
  'dienstzeugnis',
  'endzeugnis',
  'qualifiziertes arbeitszeugnis',
];

/**
 * The heading decides where there is one ("Zwischenzeugnis", "Ausbildungszeugnis", "Arbeitszeugnis");
 * without it, the introduction: an activity list may well mention trainees or exams.
 */
export function readKind(
  all: () => AnalysedSentence,
  heading: AnalysedSentence,
  introduction: AnalysedSentence,
): CertificateKind {
  if (findSignal(heading, interimSignals)) return 'interim';
  if (findSignal(heading, apprenticeshipHeadings)) return 'apprenticeship';
  if (finalHeadings.some((signal) => heading.padded.trim() === signal)) {
    return readApprenticeship(introduction) ? 'apprenticeship' : 'final';
  }
  if (findSignal(all(), interimSignals)) return 'interim';
  return readApprenticeship(introduction) ? 'apprenticeship' : 'final';
}

const apprenticeshipSignals = [
  'ausbildungszeugnis*',
  'berufsausbildung*',
  'ausbildung zum',
  'ausbildung zur',
  'ausbildung als',
  'ausbildungsberuf*',
  'ausbildungsverhältnis*',
  'abschlussprüfung*',
  'gesellenprüfung*',
];

function readApprenticeship(introduction: AnalysedSentence): boolean {
  return findSignal(introduction, apprenticeshipSignals) !== undefined;
}

const exitPatterns: readonly (readonly [ExitReason, readonly string[]])[] = [
  [
    'apprenticeship_taken_over',
    [
      'in ein arbeitsverhältnis',
      'zu übernehmen',
      'übernehmen wir',
      'übernahmen wir',
      'weiterbeschäftig*',
      'übernommen',
    ],
  ],
  [
    'employee_resignation',
    [
      'auf eigenen wunsch',
      'eigenen wunsch',
      'auf wunsch von',
      'eigenkündigung',
      'neuen herausforderung*',
      'neuen beruflichen herausforderung*',
    ],
  ],
  [
    'employer_operational',
    [
      'betriebsbedingt*',
      'betrieblichen gründen',
      'betriebliche gründe',
      'umstrukturierung*',
      'neuorganisation*',
      'restrukturierung*',
      'stilllegung*',
      'schließung*',
      'standortverlagerung*',
      'wegfall*',
    ],
  ],
  [
    'mutual_agreement',
    ['gegenseitigen einvernehmen', 'beiderseitigen einvernehmen', 'einvernehmlich*', 'aufhebungsvertrag*'],
  ],
  [
    'fixed_term',
    ['befristung*', 'befristet*', 'zeitablauf*', 'vereinbarten zeit', 'vertragsende*', 'projektende*'],
  ],
  ['retirement', ['ruhestand*', 'rente', 'altersrente*', 'ruhestands*']],
  [
    'apprenticeship_completed',
    [
      'abschlussprüfung*',
      'gesellenprüfung*',
      'bestanden',
      'ausbildung abgeschlossen',
      'nach abschluss der ausbildung',
    ],
  ],
];

const negations = ['nicht', 'kein', 'keine', 'keinen', 'leider'];

/** The exit reason the closing names; `none` when it names none. Interim certificates have none. */
export function readExitReason(
  closing: readonly AnalysedSentence[],
  kind: CertificateKind,
): ExitReason | 'none' | null {
  if (kind === 'interim') return null;
  for (const [reason, signals] of exitPatterns) {
    const forApprentices = reason.startsWith('apprenticeship');
    if (forApprentices !== (kind === 'apprenticeship')) continue;
    // "konnten wir sie nicht in ein Arbeitsverhältnis übernehmen" is the opposite of a takeover.
    const negatable = reason === 'apprenticeship_taken_over';
    if (
      closing.some(
        (sentence) => findSignal(sentence, signals) && !(negatable && findSignal(sentence, negations)),
      )
    ) {
      return reason;
    }
  }
  return 'none';
}
