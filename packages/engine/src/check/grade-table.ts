// Tables and grade lists in free text. A certificate must be continuous prose: a table or tick-box
// grading does not satisfy the claim to a qualified certificate (BAG 27.04.2021 – 9 AZR 262/20).

/** Tab stops and column bars. */
const tableMarks = /[\t|]/u;
/** "Note 1", "Note: 2", "Bewertung: gut", "Gesamtnote: sehr gut". */
const labelledGrade =
  /(?<!\p{L})(?:(?:Note|Gesamtnote)\s*:?\s*[1-6](?!\d)(?![.,]\d)|(?:Note|Gesamtnote|Bewertung|Beurteilung|Einstufung)\s*:\s*(?:sehr\s+gut|gut|befriedigend|ausreichend|mangelhaft|ungenügend|[1-6](?!\d)))(?!\p{L})/iu;
/** "(1)", "sehr gut (1)". */
const bracketedGrade = /\(\s*[1-6]\s*\)/u;
/** "Fachwissen: 1" — a category with a grade; two of them make a list. */
const categoryGrade =
  /(?<!\p{L})\p{L}+\s*:\s*(?:[1-6]|sehr\s+gut|gut|befriedigend|ausreichend|mangelhaft|ungenügend)(?=\s*(?:$|[,;.\n)]))/gimu;
/** A degree or exam grade ("Bachelor, Note 1,7", "IHK-Prüfung (2)") describes a qualification. */
const degreeContext =
  /(?<!\p{L})(?:\p{L}*abschluss\p{L}*|\p{L}*prüfung\p{L}*|examen|studium|bachelor|master|diplom|abitur|ihk|hwk)(?!\p{L})/iu;

/** The words that make the text look like a table or a grade list, or null. */
export function findGradeTable(text: string): string | null {
  const mark = tableMarks.exec(text);
  if (mark) return mark[0] === '\t' ? 'Tabulator' : mark[0];
  const listed = text.match(categoryGrade) ?? [];
  if (listed.length >= 2) return listed.join(', ');
  if (degreeContext.test(text)) return null;
  return labelledGrade.exec(text)?.[0] ?? bracketedGrade.exec(text)?.[0] ?? null;
}
