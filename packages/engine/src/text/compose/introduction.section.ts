import { formatGermanDate } from '../../format/dates.js';
import type { Section } from '../../model/document.types.js';
import { SectionWriter, type ComposeContext } from './compose.context.js';
import { birthClause, departmentClause, hasCareerStations, occupationName } from './compose.values.js';

// Every competent body is a feminine noun, so the templates can give it its article.
const bodies = {
  IHK: 'Industrie- und Handelskammer',
  HWK: 'Handwerkskammer',
  Ärztekammer: 'Ärztekammer',
  Pflegeschule: 'Pflegeschule',
  other: null,
} as const;

/** The body that examines the apprentice: named by the exam result, else by the occupation's profile. */
function competentBody({ input, profile }: ComposeContext): string | null {
  if (input.examResult) return input.examResult.chamber;
  return profile?.apprenticeship ? bodies[profile.apprenticeship.chamber] : null;
}

export function composeIntroduction(context: ComposeContext): Section {
  const { input, library } = context;
  const writer = new SectionWriter(context);
  const occupation = occupationName(context);
  writer.sentence({
    id: 'introduction.main',
    // With career stations the introduction names only the last position; the stations tell the rest.
    variants: (hasCareerStations(input)
      ? library.structure.introductionWithPositions
      : library.structure.introduction)[input.kind],
    values: {
      birth: birthClause(context),
      startDate: formatGermanDate(input.employment.startDate),
      endDate: input.employment.endDate ? formatGermanDate(input.employment.endDate) : '',
      jobTitle: input.employment.jobTitle,
      department: departmentClause(input.employment.department),
      occupation,
    },
  });
  if (input.kind === 'apprenticeship') {
    writer.sentence({
      id: 'introduction.trainingGoal',
      variants: library.structure.trainingGoal,
      values: { occupation },
    });
    const chamber = competentBody(context);
    if (chamber) {
      writer.sentence({
        id: 'introduction.competentBody',
        variants: library.structure.competentBody,
        values: { chamber },
      });
    }
  }
  if (input.employer.description) {
    writer.sentence({
      id: 'introduction.company',
      variants: library.structure.company,
      // A description typed as a sentence ("… in Köln.") must not end the sentence twice.
      values: { description: input.employer.description.replace(/[\s.]+$/, '') },
    });
  }
  return { id: 'introduction', blocks: writer.finish() };
}
