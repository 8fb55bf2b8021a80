// Where a field lives: the DOM id of the input for an input path, and the editor step that shows it,
// so that an issue in the preview or a server error can move the user straight to the field.
export type EditorStep = 'data' | 'career' | 'rating' | 'result';

export const editorSteps: readonly EditorStep[] = ['data', 'career', 'rating', 'result'];

/** `positions.0.from` → `field-positions-0-from`; every step form uses it as the input's id. */
export function fieldDomId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

const careerRoots = new Set(['positions', 'activities', 'additionalActivities', 'trainings']);
const ratingRoots = new Set(['ratings', 'qualifications', 'achievements', 'overallGrade']);

/** The step whose form holds the field at `path`. */
export function stepOfPath(path: string): EditorStep {
  const root = path.split('.')[0] ?? '';
  if (path === 'employment.powerOfAttorney') return 'career';
  if (careerRoots.has(root)) return 'career';
  if (ratingRoots.has(root)) return 'rating';
  return 'data';
}
