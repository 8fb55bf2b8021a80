// Splits certificate text into paragraphs and sentences. German certificates are full of full stops
// that end no sentence: dates (01.04.2019), ordinals, titles (Dr.), abbreviations (z. B., u. a.).

export interface TextSentence {
  text: string;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  paragraph: number;
  /** A bullet-list item or a short line such as a heading or a signature: not an assessment. */
  isListItem: boolean;
}

const abbreviations = new Set([
  'dr',
  'prof',
  'dipl',
  'ing',
  'inf',
  'kfm',
  'kffr',
  'techn',
  'med',
  'rer',
  'nat',
  'jur',
  'oec',
  'phil',
  'habil',
  'mag',
  'bzw',
  'ca',
  'ggf',
  'inkl',
  'evtl',
  'usw',
  'etc',
  'vgl',
  'nr',
  'abs',
  'str',
  'tel',
  'bspw',
  'sog',
  'z',
  'b',
  'u',
  'a',
  'd',
  'h',
  'o',
  'ä',
  'ua',
  'zb',
  'dh',
  'gem',
  'lt',
  'max',
  'min',
  'mio',
  'mrd',
  'tsd',
  'st',
  'hr',
  'fr',
  'jan',
  'feb',
  'mär',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dez',
  'co',
  'e',
  'v',
  'geb',
  'allg',
  'insb',
  'bes',
]);

const bullet = /^\s*(?:[-–—•●▪·*]|\d{1,2}[.)])\s+/u;

const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/** Whether the full stop at `index` ends a sentence. Looks only at the neighbourhood, never slices the text. */
function endsSentence(text: string, index: number): boolean {
  const char = text[index];
  if (char === '!' || char === '?') return true;
  if (char !== '.') return false;
  const next = text.slice(index + 1, index + 24);
  // Inside a number or date: 01.04.2019, 2.4 Mio.
  if (isDigit(text[index - 1]) && isDigit(next[0])) return false;
  // Ordinal or date part: "1. April 2024", "zum 1. 3."
  let start = index;
  while (start > 0 && isDigit(text[start - 1])) start--;
  const digits = index - start;
  if (digits > 0 && digits <= 2 && (start === 0 || /\s/.test(text[start - 1] as string))) {
    if (/^\s*(?:\d|[A-ZÄÖÜ][a-zäöü]+\s+\d{4})/u.test(next)) return false;
  }
  // An abbreviation ("Dr.", "z. B.", "bzw.") ends no sentence while text follows.
  let wordStart = index;
  while (wordStart > 0 && isLetter(text[wordStart - 1])) wordStart--;
  if (wordStart < index && abbreviations.has(text.slice(wordStart, index).toLowerCase()) && /\S/.test(next))
    return false;
  // A full stop followed by a lower-case letter continues the sentence ("…ca. zwei …").
  return !/^\s*\p{Ll}/u.test(next);
}

function splitBlock(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (let index = 0; index < block.length; index++) {
    if (!endsSentence(block, index)) continue;
    // Keep closing quotes and brackets with the sentence.
    let end = index + 1;
    while (end < block.length && /[“”"'»«)\]]/.test(block[end] as string)) end++;
    const sentence = block.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
    index = end - 1;
  }
  const rest = block.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * Joins the lines of a paragraph. A line ending in a hyphen before a lower-case word was hyphenated
 * by the layout ("Logistik-" + "unternehmen"); before "und"/"oder" it is a German suspended compound
 * ("Lenk-" + "und Ruhezeiten") and keeps its hyphen.
 */
function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const line of lines) {
    if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line) && !/^(und|oder|sowie|bzw|bis)(?!\p{L})/u.test(line)) {
      text = text.slice(0, -1) + line;
    } else {
      text = text ? `${text} ${line}` : line;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Paragraphs are separated by blank lines; list items by their bullets; lines inside a paragraph are joined. */
export function splitSentences(text: string): TextSentence[] {
  const result: TextSentence[] = [];
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00ad[ \t]*\n[ \t]*/g, '')
    .replace(/\u00ad/g, '')
    .split(/\n\s*\n/);
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let prose: string[] = [];
    const flushProse = () => {
      const joined = joinLines(prose);
      for (const sentence of splitBlock(joined)) {
        result.push({ text: sentence, paragraph: paragraphIndex, isListItem: false });
      }
      prose = [];
    };
    for (const line of paragraph.split('\n')) {
      if (bullet.test(line)) {
        flushProse();
        result.push({ text: line.replace(bullet, '').trim(), paragraph: paragraphIndex, isListItem: true });
      } else if (line.trim()) {
        prose.push(line.trim());
      }
    }
    flushProse();
  });
  return result;
}
