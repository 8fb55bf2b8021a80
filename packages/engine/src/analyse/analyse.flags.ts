// Hedged observations about a certificate: contradictions between sections, a closing that does not
// match the grades, omissions an informed reader notices (BAG 12.08.2008 – 9 AZR 632/07).
import {
  performanceCategories,
  type CertificateKind,
  type ExitReason,
  type RatingCategory,
} from '@zeugnisdesk/shared';
import { findRiskyPhrases } from '../check/risky-phrases.js';
import { categoryNames, formatDecimal } from '../model/labels.js';
import type { AnalysisFlag, AnalysisResult, ClosingAnalysis, GradeRange } from './analyse.types.js';

export interface FlagInput {
  kind: CertificateKind;
  overall: GradeRange | null;
  hasSummary: boolean;
  categories: AnalysisResult['categories'];
  closing: ClosingAnalysis;
  exitReason: ExitReason | 'none' | null;
  behaviourGroups: { superiors: boolean; colleagues: boolean; external: boolean }[];
  behaviourTexts: string[];
  text: string;
}

const performanceKeys: readonly RatingCategory[] = performanceCategories;

function closingFlags({ closing, overall, kind, exitReason }: FlagInput): AnalysisFlag[] {
  if (!overall) return [];
  const flags: AnalysisFlag[] = [];
  if (closing.grade - overall.grade >= 2) {
    const staying = kind === 'interim' || exitReason === 'apprenticeship_taken_over';
    flags.push({
      code: 'closing.weaker_than_performance',
      severity: 'warning',
      message: staying
        ? 'Der Schluss fällt kühler aus als die Leistungsbeurteilung; das kann als Distanzierung gelesen werden.'
        : 'Der Schlussabsatz ist schwächer als die Leistungsbeurteilung (es fehlen Bedauern, Dank oder gute Wünsche). Das kann als Distanzierung oder Konflikt gelesen werden.',
    });
  }
  if (overall.grade >= 4 && closing.grade <= 2) {
    flags.push({
      code: 'closing.stronger_than_performance',
      severity: 'info',
      message:
        'Der Schlussabsatz ist herzlicher als die Leistungsbeurteilung; das kann als Gefälligkeit gelesen werden.',
    });
  }
  return flags;
}

function gradeFlags({ overall, hasSummary, categories }: FlagInput): AnalysisFlag[] {
  const flags: AnalysisFlag[] = [];
  const rated = performanceKeys
    .filter((key) => categories[key])
    .map((key) => [key, categories[key] as GradeRange] as const);
  if (hasSummary && overall && rated.length >= 3) {
    const mean = rated.reduce((sum, [, range]) => sum + range.grade, 0) / rated.length;
    if (Math.abs(mean - overall.grade) > 0.5) {
      flags.push({
        code: 'summary.contradicts_categories',
        severity: 'warning',
        message: `Die Gesamtbeurteilung (Note ${overall.grade}) weicht von den Einzelbeurteilungen (Mittel ${formatDecimal(mean)}) ab; das kann als bewusste Abwertung gelesen werden.`,
        evidence: overall.evidence,
      });
    }
  }
  for (const [key, range] of rated) {
    const others = rated.filter(([other]) => other !== key);
    if (others.length < 2) continue;
    const mean = others.reduce((sum, [, other]) => sum + other.grade, 0) / others.length;
    if (Math.abs(range.grade - mean) > 2) {
      flags.push({
        code: 'grade.outlier',
        severity: 'warning',
        message: `Die Beurteilung „${categoryNames[key]}“ weicht stark von den übrigen ab; ein einzelner Ausreißer kann als Hinweis gelesen werden.`,
        evidence: range.evidence,
      });
    }
  }
  if (!hasSummary && rated.length > 0) {
    flags.push({
      code: 'omission.summary',
      severity: 'warning',
      message:
        'Eine zusammenfassende Leistungsbeurteilung fehlt; ihr Fehlen kann als Zurückhaltung gelesen werden.',
    });
  }
  return flags;
}

function behaviourFlags({ behaviourGroups, behaviourTexts, categories, overall }: FlagInput): AnalysisFlag[] {
  if (!overall) return [];
  if (!categories.behaviourInternal && !categories.behaviourExternal) {
    return [
      {
        code: 'omission.behaviour',
        severity: 'warning',
        message:
          'Das Zeugnis enthält keine Verhaltensbeurteilung; das kann als deutliches Negativsignal gelesen werden.',
      },
    ];
  }
  const flags: AnalysisFlag[] = [];
  const internal = behaviourGroups.filter((groups) => groups.superiors || groups.colleagues);
  if (internal.length > 0 && !internal.some((groups) => groups.superiors)) {
    flags.push({
      code: 'behaviour.superiors_missing',
      severity: 'warning',
      message:
        'Die Verhaltensbeurteilung nennt keine Vorgesetzten; das kann als Hinweis auf Spannungen mit Vorgesetzten gelesen werden.',
      evidence: behaviourTexts.join(' … '),
    });
  }
  const order = behaviourTexts.map((text) => {
    const lower = text.toLowerCase();
    return [lower.search(/vorgesetzt|führungskräft|ausbilder/u), lower.search(/kolleg/u)] as const;
  });
  if (order.some(([superiors, colleagues]) => superiors >= 0 && colleagues >= 0 && colleagues < superiors)) {
    flags.push({
      code: 'behaviour.order_unusual',
      severity: 'info',
      message:
        'Kolleginnen und Kollegen werden vor den Vorgesetzten genannt; die übliche Reihenfolge ist umgekehrt, das kann als Signal gelesen werden.',
    });
  }
  return flags;
}

/** Descriptions of staff responsibility that make an assessment of leadership expected. */
const leadershipDescriptions = [
  /Personalverantwortung|disziplinarische[nr]? Führung|übernahm (?:er |sie )?die Leitung/u,
  /(?:führte|leitete|führt|leitet) (?:ein|das|die|den|sein|ihr)\p{L}{0,2} \p{L}{0,30}(?:Team|Abteilung|Bereich|Gruppe|Filiale|Station|Mitarbeit)/u,
];

/** Work with customers, patients, guests or clients makes an assessment of external behaviour expected. */
const customerWork =
  /Kund(?:en|innen)|Patient(?:en|innen)|Gäste[n]?|Mandant(?:en|innen)|Bewohner(?:n|innen)|Klient(?:en|innen)/u;

function externalBehaviourFlags({ categories, text }: FlagInput): AnalysisFlag[] {
  if (!categories.behaviourInternal || categories.behaviourExternal || !customerWork.test(text)) return [];
  return [
    {
      code: 'omission.behaviour_external',
      severity: 'warning',
      message:
        'Die Tätigkeit hat mit Kunden, Patienten oder Gästen zu tun, das Verhalten ihnen gegenüber wird aber nicht beurteilt; das kann als Negativsignal gelesen werden.',
    },
  ];
}

function leadershipFlags({ categories, text }: FlagInput): AnalysisFlag[] {
  const leads = leadershipDescriptions.some((pattern) => pattern.test(text));

  if (!leads || categories.leadership) return [];
  return [
    {
      code: 'omission.leadership',
      severity: 'warning',
      message:
        'Die Tätigkeit umfasst Führungsverantwortung, die Führungsleistung wird aber nicht beurteilt; das kann als Negativsignal gelesen werden.',
    },
  ];
}

/** Hidden codes and forbidden mentions (§109(2) GewO), from the table the consistency check uses. */
function wordingFlags({ text, exitReason }: FlagInput): AnalysisFlag[] {
  return findRiskyPhrases(text, { isRetirement: exitReason === 'retirement' }).map(
    ({ phrase, evidence }) => ({
      code: phrase.code,
      severity: phrase.severity,
      message: phrase.message,
      evidence,
    }),
  );
}

export function collectFlags(input: FlagInput): AnalysisFlag[] {
  return [
    ...gradeFlags(input),
    ...closingFlags(input),
    ...behaviourFlags(input),
    ...leadershipFlags(input),
    ...externalBehaviourFlags(input),
    ...wordingFlags(input),
  ];
}
