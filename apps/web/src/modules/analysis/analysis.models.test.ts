import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-client.models';
import { de } from '../../locales/de/translation';
import {
  analysisErrorKey,
  asGrade,
  assessedCategories,
  checkPdfFile,
  checkText,
  closingParts,
  formatCount,
  formatFileSize,
  formatGradeSpan,
  gradeColor,
  gradeSpan,
  gradesInSentences,
  locateSentences,
  maxPdfBytes,
  maxTextLength,
  sortFlags,
  toParagraphs,
  unassessedCategories,
  type TextSegment,
} from './analysis.models';
import type { AnalysedSentence, ClosingAnalysis, GradeRange } from './analysis.types';
import corpusCertificate from '../../../../../test-corpus/analysis/certificates/01-maschinenbau-vertriebsinnendienst.txt?raw';

const range = (grade: number, min = grade, max = grade): GradeRange => ({ grade, min, max, evidence: 'x' });
const sentence = (
  text: string,
  grade: number | null = null,
  role: AnalysedSentence['role'] = 'assessment',
) => ({
  text,
  role,
  categories: [],
  grade,
});
/** The paragraphs as strings, each sentence in [brackets] with its grade: easy to compare. */
const render = (paragraphs: TextSegment[][]) =>
  paragraphs.map((segments) =>
    segments
      .map((segment) =>
        segment.kind === 'plain' ? segment.text : `[${segment.text}|${segment.sentence.grade ?? '-'}]`,
      )
      .join(''),
  );

describe('grades and ranges', () => {
  it('shows one number when the wording allows one grade, a range („2–3“) when it allows more', () => {
    expect(formatGradeSpan(range(2))).toBe('2');
    expect(formatGradeSpan(range(2, 2, 3))).toBe('2–3');
    expect(formatGradeSpan(range(1, 1, 4))).toBe('1–4');
  });

  it('orders a range best first even when the bounds arrive swapped, and falls back to the estimate', () => {
    expect(gradeSpan({ grade: 3, min: 4, max: 2 })).toEqual({ from: 2, to: 4 });
    expect(gradeSpan({ grade: 3, min: Number.NaN, max: 4 })).toEqual({ from: 3, to: 4 });
    expect(formatGradeSpan({ grade: 2.5, min: 2.5, max: 2.5 })).toBe('2,5');
  });

  it('knows words only for whole grades 1 … 5 (the locale has exactly those)', () => {
    expect([1, 2, 3, 4, 5].map(asGrade)).toEqual([1, 2, 3, 4, 5]);
    expect([0, 6, 2.5, null, undefined].map(asGrade)).toEqual([null, null, null, null, null]);
    expect(Object.keys(de.analysis.grades)).toEqual(['1', '2', '3', '4', '5']);
    expect(de.analysis.grades).toEqual({
      '1': 'sehr gut',
      '2': 'gut',
      '3': 'befriedigend',
      '4': 'ausreichend',
      '5': 'mangelhaft',
    });
  });

  it('tints each grade differently, and no grade grey', () => {
    const colors = [1, 2, 3, 4, 5].map(gradeColor);
    expect(new Set(colors).size).toBe(5);
    expect(colors).not.toContain('gray');
    expect(gradeColor(null)).toBe('gray');
  });
});

describe('the sections', () => {
  it('lists the assessed sections in certificate order, unknown keys last', () => {
    const listed = assessedCategories({
      behaviourInternal: range(1),
      somethingNew: range(3),
      willingness: range(2),
      result: range(1, 1, 2),
    });
    expect(listed.map((item) => item.key)).toEqual([
      'willingness',
      'result',
      'behaviourInternal',
      'somethingNew',
    ]);
    expect(listed.at(-1)?.category).toBeNull();
  });

  it('names the usual sections the text leaves out, but not leadership', () => {
    expect(
      unassessedCategories({
        willingness: range(1),
        ability: range(1),
        knowledge: range(1),
        result: range(1),
      }),
    ).toEqual(['training', 'workStyle', 'behaviourInternal', 'behaviourExternal']);
  });

  it('has a German name for every section', () => {
    expect(Object.keys(de.analysis.categories)).toEqual([
      'willingness',
      'ability',
      'knowledge',
      'training',
      'workStyle',
      'result',
      'leadership',
      'behaviourInternal',
      'behaviourExternal',
    ]);
  });
});

describe('the closing and the flags', () => {
  const closing: ClosingAnalysis = {
    regret: false,
    thanks: true,
    wishes: true,
    careerWishes: false,
    privateWishes: true,
    successWish: false,
    grade: 3,
  };

  it('lists the building blocks the closing has and lacks', () => {
    expect(closingParts(closing)).toEqual([
      { part: 'regret', present: false },
      { part: 'thanks', present: true },
      { part: 'careerWishes', present: false },
      { part: 'privateWishes', present: true },
      { part: 'successWish', present: false },
    ]);
  });

  it('counts wishes of no particular kind as wishes for the future (career)', () => {
    const parts = closingParts({ ...closing, privateWishes: false });
    expect(parts.find((part) => part.part === 'careerWishes')?.present).toBe(true);
  });

  it('puts errors before warnings before hints, keeping the order within each', () => {
    const flags = [
      { code: 'a', severity: 'info', message: '' },
      { code: 'b', severity: 'warning', message: '' },
      { code: 'c', severity: 'error', message: '' },
      { code: 'd', severity: 'warning', message: '' },
    ] as const;
    expect(sortFlags([...flags]).map((flag) => flag.code)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('checks before sending', () => {
  it('refuses an empty text and one over the limit', () => {
    expect(checkText('   \n ')).toBe('analysis.errors.emptyText');
    expect(checkText('x'.repeat(maxTextLength + 1))).toBe('analysis.errors.textTooLong');
    expect(checkText(` ${'x'.repeat(maxTextLength)} `)).toBeNull();
  });

  it('refuses no file, a file that is not a PDF, an empty one and one over 5 MB', () => {
    expect(checkPdfFile(null)).toBe('analysis.errors.noFile');
    expect(checkPdfFile({ name: 'zeugnis.docx', type: 'application/msword', size: 10 })).toBe(
      'analysis.errors.notPdf',
    );
    expect(checkPdfFile({ name: 'zeugnis.pdf', type: 'application/pdf', size: 0 })).toBe(
      'analysis.errors.emptyFile',
    );
    expect(checkPdfFile({ name: 'zeugnis.pdf', type: 'application/pdf', size: maxPdfBytes + 1 })).toBe(
      'analysis.errors.fileTooLarge',
    );
    expect(checkPdfFile({ name: 'ZEUGNIS.PDF', type: '', size: maxPdfBytes })).toBeNull();
  });
});

describe('error messages', () => {
  it('says plainly that a PDF could not be read, or is too large, instead of the server text', () => {
    expect(analysisErrorKey(new ApiError(400, 'analysis.unreadable_pdf', 'The PDF contains no text'))).toBe(
      'analysis.errors.unreadablePdf',
    );
    expect(analysisErrorKey(new ApiError(413, 'http.413', 'x'))).toBe('analysis.errors.fileTooLarge');
    expect(analysisErrorKey(new ApiError(415, 'http.415', 'x'))).toBe('analysis.errors.notPdf');
    expect(analysisErrorKey(new ApiError(400, 'validation.failed', 'x'))).toBe(
      'analysis.errors.textRejected',
    );
  });

  it('falls back to the app-wide messages (network, session, server)', () => {
    expect(analysisErrorKey(new ApiError(0, 'network.failed', 'x'))).toBe('errors.network');
    expect(analysisErrorKey(new ApiError(401, 'auth.required', 'x'))).toBe('errors.sessionLost');
    expect(analysisErrorKey(new ApiError(500, 'http.500', 'x'))).toBe('errors.server');
  });
});

describe('the text, sentence by sentence', () => {
  it('locates each sentence in the text, in order, across line breaks and hyphenation', () => {
    const text = 'Zeugnis\n\nEr war ein Logistik-\nunternehmer. Er   arbeitete\nstets sorgfältig.';
    const located = locateSentences(text, [
      { text: 'Zeugnis' },
      { text: 'Er war ein Logistikunternehmer.' },
      { text: 'Er arbeitete stets sorgfältig.' },
    ]);
    expect(located.map(({ start, end }) => text.slice(start, end))).toEqual([
      'Zeugnis',
      'Er war ein Logistik-\nunternehmer.',
      'Er   arbeitete\nstets sorgfältig.',
    ]);
  });

  it('finds a repeated sentence at its own place, not at the first occurrence', () => {
    const text = 'Er war gut. Er war gut. Ende.';
    const located = locateSentences(text, [
      { text: 'Er war gut.' },
      { text: 'Er war gut.' },
      { text: 'Ende.' },
    ]);
    expect(located.map(({ start }) => start)).toEqual([0, 12, 24]);
  });

  it('leaves a sentence it cannot find unmarked, and still marks the ones after it', () => {
    const text = 'Erster Satz. Zweiter Satz.';
    const located = locateSentences(text, [{ text: 'Ganz anders.' }, { text: 'Zweiter Satz.' }]);
    expect(located).toEqual([{ index: 1, start: 13, end: 26 }]);
    expect(render(toParagraphs(text, [sentence('Ganz anders.', 1), sentence('Zweiter Satz.', 2)]))).toEqual([
      'Erster Satz. [Zweiter Satz.|2]',
    ]);
  });

  it('groups the sentences into the paragraphs of the text, keeping list lines and dropping blank lines', () => {
    const text =
      'Arbeitszeugnis\r\n\r\nZu ihren Aufgaben gehörten:\n– Angebote\n– Versand\n\n\n  Sie arbeitete stets sorgfältig. Sie war stets motiviert.  \n\nMünchen, 1. Mai 2025\n';
    const paragraphs = toParagraphs(text, [
      sentence('Arbeitszeugnis', null, 'other'),
      sentence('Zu ihren Aufgaben gehörten:', null, 'description'),
      sentence('Angebote', null, 'description'),
      sentence('Versand', null, 'description'),
      sentence('Sie arbeitete stets sorgfältig.', 2),
      sentence('Sie war stets motiviert.', 2),
      sentence('München, 1. Mai 2025', null, 'other'),
    ]);
    expect(render(paragraphs)).toEqual([
      '[Arbeitszeugnis|-]',
      '[Zu ihren Aufgaben gehörten:|-]\n– [Angebote|-]\n– [Versand|-]',
      '[Sie arbeitete stets sorgfältig.|2] [Sie war stets motiviert.|2]',
      '[München, 1. Mai 2025|-]',
    ]);
    const graded = paragraphs[2]!.filter((segment) => segment.kind === 'sentence');
    expect(graded.map((segment) => segment.kind === 'sentence' && segment.index)).toEqual([4, 5]);
  });

  it('marks every sentence of a real certificate (corpus 01) and keeps all its words', async () => {
    const text = corpusCertificate;
    // The engine's own sentence split, as the server sends it.
    const { analyseCertificate } = await import('@zeugnisdesk/engine');
    const result = analyseCertificate(text);
    const located = locateSentences(text, result.sentences);
    expect(located).toHaveLength(result.sentences.length);
    const paragraphs = toParagraphs(text, result.sentences);
    const words = (value: string) => value.split(/\s+/).filter(Boolean);
    expect(
      words(
        render(paragraphs)
          .join(' ')
          .replace(/\[|\|[-\d]\]/g, ''),
      ),
    ).toEqual(words(text));
    expect(paragraphs.length).toBe(text.trim().split(/\n\s*\n/).length);
  });

  it('lists the grades the sentences carry, for the legend', () => {
    expect(
      gradesInSentences([sentence('a', 3), sentence('b', null), sentence('c', 1), sentence('d', 3)]),
    ).toEqual([1, 3]);
  });
});

describe('numbers as people read them', () => {
  it('groups digits and writes sizes in KB or MB per language', () => {
    expect(formatCount(100_000, 'de')).toBe('100.000');
    expect(formatCount(100_000, 'en')).toBe('100,000');
    expect(formatFileSize(820 * 1024, 'de')).toBe('820 KB');
    expect(formatFileSize(300, 'de')).toBe('1 KB');
    expect(formatFileSize(1.4 * 1024 * 1024, 'de')).toBe('1,4 MB');
    expect(formatFileSize(1.4 * 1024 * 1024, 'en')).toBe('1.4 MB');
  });
});
