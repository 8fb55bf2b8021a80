// Leistungsbeurteilung: one assessment per rated category in the conventional order, the user's
// qualifications, trainings and achievements beside the category they support, then the summary.
import type { CertificateInput, Grade, PerformanceCategory } from '@zeugnisdesk/shared';
import type { Section } from '../../model/document.types.js';
import type { GradeScale } from '../catalogue/catalogue.types.js';
import { SectionWriter, type ComposeContext } from './compose.context.js';
import { assessmentSlotValues, withoutFinalStop, writeUserList } from './compose.values.js';
import { assessedPerformanceCategories, overallGrade } from './grades.js';

type ListKey = 'qualifications' | 'trainings' | 'achievements';

function trainingItems(input: CertificateInput): string[] {
  return input.trainings.map((training) =>
    training.year
      ? `${withoutFinalStop(training.title)} (${training.year})`
      : withoutFinalStop(training.title),
  );
}

/** Category after which each user list is written (the category it gives evidence for). */
const listsAfter: Partial<Record<PerformanceCategory, ListKey>> = {
  knowledge: 'qualifications',
  training: 'trainings',
  result: 'achievements',
};

function scaleFor(context: ComposeContext, category: PerformanceCategory | 'summary'): GradeScale {
  const { assessment } = context.library;
  if (context.input.kind === 'apprenticeship' && category !== 'leadership')
    return assessment.apprentice[category];
  return assessment.employee[category];
}

export function composePerformance(context: ComposeContext): Section {
  const { input } = context;
  const writer = new SectionWriter(context);
  const values = assessmentSlotValues(input, context.profile);
  const lists: Record<ListKey, readonly string[]> = {
    qualifications: input.qualifications.map(withoutFinalStop),
    trainings: trainingItems(input),
    achievements: input.achievements.map(withoutFinalStop),
  };
  const written = new Set<ListKey>();
  const categories = assessedPerformanceCategories(input);

  for (const category of categories) {
    if (category === 'workStyle') writer.paragraphBreak();
    const grade = input.ratings[category] as Grade;
    writer.sentence({
      id: `performance.${category}`,
      variants: scaleFor(context, category)[grade],
      values,
      grade,
    });
    const listKey = listsAfter[category];
    if (listKey) {
      writeUserList(writer, `performance.${listKey}`, context.library.structure[listKey], lists[listKey]);
      written.add(listKey);
    }
  }
  // Lists whose category is not rated still belong in the certificate: they are facts.
  for (const key of ['qualifications', 'trainings', 'achievements'] as const) {
    if (!written.has(key))
      writeUserList(writer, `performance.${key}`, context.library.structure[key], lists[key]);
  }

  const grade = overallGrade(input);
  if (grade !== null) {
    writer.sentence({
      id: 'performance.summary',
      variants: scaleFor(context, 'summary')[grade],
      values,
      grade,
    });
  } else if (input.form === 'qualified') {
    context.issues.push({
      code: 'performance.not_rated',
      severity: 'warning',
      message:
        'Keine Leistungskategorie ist bewertet: Ein qualifiziertes Zeugnis braucht eine Leistungsbeurteilung.',
      path: 'ratings',
    });
  }
  return { id: 'performance', blocks: writer.finish() };
}
