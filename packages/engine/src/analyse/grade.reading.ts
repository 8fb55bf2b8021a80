// Decodes the grade one sentence signals from its signal words (domain guide §2.2).
import { findSignal, hasSignal, type AnalysedSentence } from './analysed-sentence.js';
import {
  adequacySignals,
  behaviourScale,
  beyondNormSignals,
  constancySignals,
  frequentSignals,
  excellenceSignals,
  goodSignals,
  positiveSignals,
  restrictionSignals,
} from './grade-signals.js';

export interface GradeReading {
  grade: number;
  min: number;
  max: number;
}

const reading = (grade: number, min = grade, max = grade): GradeReading => ({ grade, min, max });

/** Performance categories: restriction → 5, adequacy → 4, superlative → 1, intensifier → 2, plain → 3. */
export function readPerformanceGrade(sentence: AnalysedSentence): GradeReading | null {
  const constant = findSignal(sentence, constancySignals) !== undefined;
  if (findSignal(sentence, restrictionSignals)) return reading(5, 4, 5);
  if (findSignal(sentence, beyondNormSignals)) return constant ? reading(1) : reading(1, 1, 2);
  if (findSignal(sentence, adequacySignals)) return constant ? reading(4, 3, 4) : reading(4);
  if (findSignal(sentence, frequentSignals)) return reading(3, 2, 3);
  if (findSignal(sentence, excellenceSignals)) return constant ? reading(1) : reading(1, 1, 2);
  if (findSignal(sentence, goodSignals)) return constant ? reading(2) : reading(2, 2, 3);
  if (findSignal(sentence, positiveSignals)) return constant ? reading(2, 2, 3) : reading(3);
  return null;
}

/** Behaviour: vorbildlich / einwandfrei / korrekt, each half a step better with a constancy adverb. */
export function readBehaviourGrade(sentence: AnalysedSentence): GradeReading | null {
  const constant = findSignal(sentence, constancySignals) !== undefined;
  if (findSignal(sentence, restrictionSignals)) return reading(5, 4, 5);
  if (findSignal(sentence, beyondNormSignals)) return constant ? reading(1) : reading(1, 1, 2);
  if (findSignal(sentence, adequacySignals)) return constant ? reading(3, 3, 4) : reading(4);
  if (findSignal(sentence, behaviourScale.superlative)) return reading(1);
  if (findSignal(sentence, behaviourScale.exemplary)) return constant ? reading(1) : reading(2, 1, 2);
  if (findSignal(sentence, behaviourScale.flawless)) return constant ? reading(2) : reading(3);
  // "stets sehr höflich": the intensifier outweighs the distant adjective.
  if (findSignal(sentence, goodSignals)) return constant ? reading(2) : reading(2, 2, 3);
  if (findSignal(sentence, behaviourScale.correct) || findSignal(sentence, adequacySignals)) {
    return constant ? reading(3, 3, 4) : reading(4);
  }
  return readPerformanceGrade(sentence);
}

const summaryNouns = ['zufriedenheit', 'erwartung*', 'zufrieden*', 'anerkennung'];

/** "erfüllte die Anforderungen in vollem Umfang": a formula, but about one category, never the summary. */
export function isRequirementsFormula(sentence: AnalysedSentence): boolean {
  return (
    hasSignal(sentence, 'anforderungen') &&
    ['voll*', 'in vollem umfang'].some((signal) => hasSignal(sentence, signal)) &&
    ['erfüll*', 'entsprach*', 'entsprochen', 'entspricht', 'entsprechen', 'gerecht'].some((signal) =>
      hasSignal(sentence, signal),
    )
  );
}

export function isSummarySentence(sentence: AnalysedSentence): boolean {
  // "Unsere Wünsche für Gesundheit und Zufriedenheit begleiten sie" is a wish, not a verdict.
  if (['wünsch*', 'begleite*'].some((signal) => hasSignal(sentence, signal))) return false;
  if (hasSignal(sentence, 'zufriedenheit')) return true;
  const speaksOfPerformance =
    hasSignal(sentence, 'leistung*') || hasSignal(sentence, 'aufgaben') || hasSignal(sentence, 'wir');
  if (hasSignal(sentence, 'erwartung*')) {
    return [
      'erfüll*',
      'entsprach*',
      'entsprochen',
      'entspricht',
      'entsprechen',
      'übertr*',
      'gerecht',
      'weit über*',
    ].some((signal) => hasSignal(sentence, signal));
  }
  return speaksOfPerformance && summaryNouns.some((signal) => hasSignal(sentence, signal));
}

/**
 * The summary formula sits one step lower than other sentences: the bare „zu unserer Zufriedenheit“
 * is 4, „vollen“ 3, „stets … vollen“ 2, „stets … vollsten“ 1 (BAG 9 AZR 12/03 anchors „voll“ at 3).
 */
export function readSummaryGrade(sentence: AnalysedSentence): GradeReading {
  const constant = findSignal(sentence, constancySignals) !== undefined;
  if (findSignal(sentence, restrictionSignals)) return reading(5, 5, 5);
  if (['vollsten', 'vollstem', 'vollster', 'vollste'].some((signal) => hasSignal(sentence, signal)))
    return constant ? reading(1) : reading(2, 1, 2);
  if (findSignal(sentence, excellenceSignals)) return constant ? reading(1) : reading(1, 1, 2);
  const fullyAndWholly = ['voll und ganz', 'vollauf', 'in jeder hinsicht', 'sehr', 'bestens'];
  if (fullyAndWholly.some((signal) => hasSignal(sentence, signal)))
    return constant ? reading(2) : reading(2, 2, 3);
  if (
    ['vollen', 'voller', 'voll', 'volle', 'vollem', 'in vollem umfang'].some((signal) =>
      hasSignal(sentence, signal),
    )
  ) {
    return constant ? reading(2) : reading(3);
  }
  return constant ? reading(3, 3, 4) : reading(4);
}
