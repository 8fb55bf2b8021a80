// A sentence prepared for lexicon look-ups: lower-case words, and the padded phrase string that lets a
// multi-word signal be found with one `includes`.

export interface AnalysedSentence {
  text: string;
  words: readonly string[];
  /** " word word word " — phrases are matched as " im großen und ganzen ". */
  padded: string;
}

export function analyseWords(text: string): AnalysedSentence {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return { text, words, padded: ` ${words.join(' ')} ` };
}

/**
 * A phrase of whole words ("im allgemeinen"), a word stem ending in `*` ("hervorragend*"), a word
 * ending starting with `*` ("*team": Pflegeteam) or a word part in stars ("*seminar*": Fachseminaren).
 */
export type Signal = string;

export function hasSignal(sentence: AnalysedSentence, signal: Signal): boolean {
  if (signal.startsWith('*')) {
    const part = signal.endsWith('*') ? signal.slice(1, -1) : signal.slice(1);
    return signal.endsWith('*')
      ? sentence.words.some((word) => word.includes(part))
      : sentence.words.some((word) => word.endsWith(part));
  }
  if (signal.endsWith('*')) {
    const stem = signal.slice(0, -1);
    if (stem.includes(' ')) return sentence.padded.includes(` ${stem}`);
    return sentence.words.some((word) => word.startsWith(stem));
  }
  return sentence.padded.includes(` ${signal} `);
}

export function findSignal(sentence: AnalysedSentence, signals: readonly Signal[]): Signal | undefined {
  return signals.find((signal) => hasSignal(sentence, signal));
}

export function countSignals(sentence: AnalysedSentence, signals: readonly Signal[]): number {
  let count = 0;
  for (const signal of signals) if (hasSignal(sentence, signal)) count++;
  return count;
}
