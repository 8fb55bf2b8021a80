// The job profiles (Berufsbilder) as choices of a select: the employee form and the certificate editor
// offer the same list, grouped by field and named for the person's form of address.
import { listJobProfiles, type JobField } from '@zeugnisdesk/engine';
import type { Gender } from '@zeugnisdesk/shared';

export type JobProfileGroup = JobField | 'apprenticeship' | 'unknown';

export interface JobProfileOptionGroup {
  group: JobProfileGroup;
  items: { value: string; label: string }[];
}

/**
 * The shipped job profiles for a select, grouped by field (apprenticeship occupations apart), named by
 * the job title that fits the employee's gender and sorted by it. An id the library does not know
 * (a profile that was removed) stays choosable under „unknown“, so the select never hides a value.
 */
export function jobProfileOptions(
  gender: Gender,
  currentId: string | null | undefined,
): JobProfileOptionGroup[] {
  const groups = new Map<JobProfileGroup, { value: string; label: string }[]>();
  let knowsCurrent = false;
  for (const profile of listJobProfiles()) {
    const group: JobProfileGroup = profile.apprenticeship ? 'apprenticeship' : profile.field;
    const items = groups.get(group) ?? [];
    items.push({ value: profile.id, label: profile.titles[gender] });
    groups.set(group, items);
    if (profile.id === currentId) knowsCurrent = true;
  }
  const result: JobProfileOptionGroup[] = [...groups].map(([group, items]) => ({
    group,
    items: items.sort((a, b) => a.label.localeCompare(b.label, 'de')),
  }));
  if (currentId && !knowsCurrent)
    result.unshift({ group: 'unknown', items: [{ value: currentId, label: currentId }] });
  return result;
}
