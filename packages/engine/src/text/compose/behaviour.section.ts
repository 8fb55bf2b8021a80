// Verhaltensbeurteilung: superiors before colleagues before staff, then external parties.
import type { BehaviourCategory, Grade } from '@zeugnisdesk/shared';
import type { Section } from '../../model/document.types.js';
import { SectionWriter, type ComposeContext } from './compose.context.js';
import { assessmentSlotValues } from './compose.values.js';

export function composeBehaviour(context: ComposeContext): Section {
  const { input, library } = context;
  const writer = new SectionWriter(context);
  const audience = input.kind === 'apprenticeship' ? 'apprentice' : 'employee';
  const values = assessmentSlotValues(input, context.profile);
  const categories: BehaviourCategory[] = ['behaviourInternal', 'behaviourExternal'];
  for (const category of categories) {
    const grade = input.ratings[category];
    if (grade === null) continue;
    const variants = library.assessment[audience][category][grade as Grade];
    writer.sentence({ id: `behaviour.${category}`, variants, values, grade });
  }
  return { id: 'behaviour', blocks: writer.finish() };
}
