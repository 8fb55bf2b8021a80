// The user's own words: hidden signals and forbidden mentions (§109(2) GewO, domain guide §1.3 and
// §2.2 C), and tables or grade lists where prose is required.
import type { CertificateIssue } from '../model/issue.types.js';
import type { CheckRule } from './check.types.js';
import { freeTexts, locationOf } from './free-text.sources.js';
import { findGradeTable } from './grade-table.js';
import { findRiskyPhrases } from './risky-phrases.js';

export const riskyPhraseRule: CheckRule = ({ input, document }) => {
  const isRetirement = input.employment.exitReason === 'retirement';
  return freeTexts(input, document).flatMap((source) =>
    findRiskyPhrases(source.text, { isRetirement }).map(({ phrase, evidence }): CertificateIssue => ({
      code: phrase.code,
      severity: phrase.severity,
      message: phrase.message,
      ...locationOf(source),
      evidence,
    })),
  );
};

export const gradeTableRule: CheckRule = ({ input, document }) =>
  freeTexts(input, document).flatMap((source): CertificateIssue[] => {
    const evidence = findGradeTable(source.text);
    if (evidence === null) return [];
    return [
      {
        code: 'format.grade_table',
        severity: 'error',
        message:
          'Der Text sieht nach einer Tabelle oder Notenliste aus. Ein Zeugnis muss in zusammenhängenden ' +
          'Sätzen formuliert sein; eine tabellarische Bewertung erfüllt den Anspruch auf ein qualifiziertes ' +
          'Zeugnis nicht (BAG, 27.04.2021 – 9 AZR 262/20).',
        ...locationOf(source),
        evidence,
      },
    ];
  });

export const freeTextRules: readonly CheckRule[] = [riskyPhraseRule, gradeTableRule];
