import { formatGermanDate } from '../../format/dates.js';
import type { Section } from '../../model/document.types.js';
import { SectionWriter, type ComposeContext } from './compose.context.js';
import { birthClause, departmentClause, hasCareerStations, occupationName } from './compose.values.js';

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
  }
  if (input.employer.description) {
    writer.sentence({
      id: 'introduction.company',
      variants: library.structure.company,
      values: { description: input.employer.description },
    });
  }
  return { id: 'introduction', blocks: writer.finish() };
}
