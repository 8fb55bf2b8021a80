// A sentence prepared for lexicon look-ups: lower-case words, and the padded phrase string that lets a
// multi-word signal be found with one `includes`.

export interface AnalysedSentence {
  text: string;
  words: readonly string[];
  /** The same words as a set, for phrase pre-checks. */
  wordSet: ReadonlySet<string>;
  /** The first two letters of each word: the index into compiled word stems. */
  heads: readonly string[];
  /** " word word word " — phrases are matched as " im großen und ganzen ". */
  padded: string;
}

export function analyseWords(text: string): AnalysedSentence {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return {
    text,
    words,
    wordSet: new Set(words),
    heads: words.map((word) => word.slice(0, 2)),
    padded: ` ${words.join(' ')} `,
  };
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

/**
 * A signal list compiled for fast look-up: exact words in a map, word stems indexed by their first two
 * letters, and only phrases and word parts scanned. Analysing a two-page certificate asks several
 * thousand signal questions; this keeps each one close to a hash look-up per word.
 */
interface CompiledSignals<Tag> {
  exact: Map<string, [Signal, Tag][]>;
  stems: Map<string, [string, Signal, Tag][]>;
  /** Phrases, checked only when the sentence contains their first word. */
  phrases: [string, Signal, Tag][];
  scanned: [Signal, Tag][];
}

function compile<Tag>(entries: readonly (readonly [Signal, Tag])[]): CompiledSignals<Tag> {
  const compiled: CompiledSignals<Tag> = { exact: new Map(), stems: new Map(), phrases: [], scanned: [] };
  for (const [signal, tag] of entries) {
    const isStem = signal.endsWith('*') && !signal.startsWith('*') && !signal.includes(' ');
    if (isStem && signal.length >= 3) {
      const stem = signal.slice(0, -1);
      const head = stem.slice(0, 2);
      compiled.stems.set(head, [...(compiled.stems.get(head) ?? []), [stem, signal, tag]]);
    } else if (!signal.includes('*') && !signal.includes(' ')) {
      compiled.exact.set(signal, [...(compiled.exact.get(signal) ?? []), [signal, tag]]);
    } else if (signal.includes(' ') && !signal.startsWith('*')) {
      compiled.phrases.push([signal.split(' ')[0] as string, signal, tag]);
    } else {
      compiled.scanned.push([signal, tag]);
    }
  }
  return compiled;
}

/** The first entry of the compiled list that the sentence contains. */
function firstMatch<Tag>(sentence: AnalysedSentence, compiled: CompiledSignals<Tag>): Signal | undefined {
  const { words, heads } = sentence;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const exact = compiled.exact.get(word);
    if (exact) return exact[0]?.[0];
    const stems = compiled.stems.get(heads[index] as string);
    if (stems) for (const [stem, signal] of stems) if (word.startsWith(stem)) return signal;
  }
  for (const [first, signal] of compiled.phrases)
    if (sentence.wordSet.has(first) && hasSignal(sentence, signal)) return signal;
  for (const [signal] of compiled.scanned) if (hasSignal(sentence, signal)) return signal;
  return undefined;
}

const compiledLists = new WeakMap<readonly Signal[], CompiledSignals<null>>();

/** Some signal of the list that the sentence contains, or undefined. */
export function findSignal(sentence: AnalysedSentence, signals: readonly Signal[]): Signal | undefined {
  let compiled = compiledLists.get(signals);
  if (!compiled) {
    compiled = compile(signals.map((signal) => [signal, null] as const));
    compiledLists.set(signals, compiled);
  }
  return firstMatch(sentence, compiled);
}

/** A weighted, tagged signal table (category → words) compiled once; returns the score per tag. */
export function createScorer<Tag extends string>(
  table: Readonly<Record<Tag, readonly (readonly [Signal, number])[]>>,
): (sentence: AnalysedSentence) => Map<Tag, number> {
  const entries = (Object.entries(table) as [Tag, readonly (readonly [Signal, number])[]][]).flatMap(
    ([tag, signals]) => signals.map(([signal, weight]) => [signal, [tag, weight]] as const),
  );
  // The same word may count for several categories: key the "seen" set by signal and tag.
  const compiled = compile(entries.map(([signal, tagged]) => [`${signal}`, tagged] as const));
  return (sentence) => {
    const scores = new Map<Tag, number>();
    const counted = new Set<string>();
    forEachMatchAll(sentence, compiled, (signal, [tag, weight]) => {
      const key = `${tag}\u0000${signal}`;
      if (counted.has(key)) return;
      counted.add(key);
      scores.set(tag, (scores.get(tag) ?? 0) + weight);
    });
    return scores;
  };
}

/** Like forEachMatch, but reports every entry of a signal (a signal may carry several tags). */
function forEachMatchAll<Tag>(
  sentence: AnalysedSentence,
  compiled: CompiledSignals<Tag>,
  found: (signal: Signal, tag: Tag) => void,
): void {
  const { words, heads } = sentence;
  for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    for (const [signal, tag] of compiled.exact.get(word) ?? []) found(signal, tag);
    for (const [stem, signal, tag] of compiled.stems.get(heads[index] as string) ?? []) {
      if (word.startsWith(stem)) found(signal, tag);
    }
  }
  for (const [first, signal, tag] of compiled.phrases) {
    if (sentence.wordSet.has(first) && hasSignal(sentence, signal)) found(signal, tag);
  }
  for (const [signal, tag] of compiled.scanned) if (hasSignal(sentence, signal)) found(signal, tag);
}
