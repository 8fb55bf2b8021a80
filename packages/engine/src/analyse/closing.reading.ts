// Reads the closing paragraph's five building blocks and the grade their presence and warmth signal
// (domain guide §2.2 D): regret, thanks, career and private wishes, continued success.
import type { CertificateKind } from '@zeugnisdesk/shared';
import { findSignal, hasSignal, type AnalysedSentence } from './analysed-sentence.js';
import type { ClosingAnalysis } from './analyse.types.js';

const regretSignals = [
  'bedauern*',
  'bedauert*',
  'bedauerlich*',
  'leider',
  'ungern',
  'schweren herzens',
  'verlieren wir',
];
const thanksSignals = ['danken', 'danke', 'dank', 'dankbar*', 'bedanken'];
const wishSignals = ['wünschen', 'wünsche*', 'alles gute', 'viel erfolg', 'weiterhin erfolg'];
/** An interim certificate looks ahead instead of wishing farewell. */
const continuationSignals = [
  'freuen uns',
  'freut uns',
  'weitere zusammenarbeit',
  'weiteren zusammenarbeit',
  'rückkehr',
];
/** Words that make a closing very warm (grade 1) … */
const strongWarmthSignals = [
  'außerordentlich*',
  'herzlich*',
  'zutiefst',
  'hervorragend*',
  'erdenklich*',
  'ganz besonders',
  'von herzen',
  'aufrichtig*',
  'ausgezeichnet*',
  'überaus',
  'höchst*',
];
/** … and those that make it warm (grade 2). */
const warmthSignals = [...strongWarmthSignals, 'sehr', 'wertvoll*', 'stets', 'jederzeit', 'besonders'];

export function readClosing(
  sentences: readonly AnalysedSentence[],
  kind: CertificateKind,
  isTakenOver: boolean,
): ClosingAnalysis {
  const has = (signals: readonly string[]) =>
    sentences.some((sentence) => findSignal(sentence, signals) !== undefined);
  const regret = has(regretSignals);
  const thanks = has(thanksSignals);
  const wishes = has(wishSignals);
  const warm = has(warmthSignals);
  const veryWarm = sentences.filter((sentence) => findSignal(sentence, strongWarmthSignals)).length >= 1;
  // Where the employee stays (interim, taken over after training) no regret is expected.
  const staying = kind === 'interim' || isTakenOver;
  let grade: number;
  if (staying) {
    const ahead = wishes || has(continuationSignals);
    grade = thanks && ahead ? (veryWarm ? 1 : warm ? 2 : 3) : thanks || ahead ? 4 : 5;
  } else if (regret && thanks && wishes) {
    grade = veryWarm ? 1 : 2;
  } else if (thanks && wishes) {
    grade = 3;
  } else if (regret && (thanks || wishes)) {
    grade = 3;
  } else {
    grade = thanks || wishes ? 4 : 5;
  }
  return {
    regret,
    thanks,
    wishes,
    careerWishes: has([
      'beruflich*',
      'berufsweg*',
      'berufsleben',
      'karriere*',
      'laufbahn*',
      'aufgaben',
      'werdegang',
    ]),
    privateWishes: has([
      'privat*',
      'persönlich*',
      'familie*',
      'gesundheit',
      'lebensabschnitt*',
      'lebensweg*',
    ]),
    successWish: has(['erfolg*']),
    grade,
  };
}

export const mentionsHealth = (sentence: AnalysedSentence) =>
  hasSignal(sentence, 'gesundheit') || hasSignal(sentence, 'gesund*');
