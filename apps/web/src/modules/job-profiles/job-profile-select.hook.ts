// The job profile select's data in the user's language (group names from `jobProfiles.groups`),
// built once per form of address and chosen id, not on every keystroke.
import type { Gender } from '@zeugnisdesk/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { jobProfileOptions } from './job-profiles.models';

export function useJobProfileSelectData(
  gender: Gender,
  currentId: string | null | undefined,
): { group: string; items: { value: string; label: string }[] }[] {
  const { t } = useTranslation();
  const options = useMemo(() => jobProfileOptions(gender, currentId), [gender, currentId]);
  return useMemo(
    () => options.map((group) => ({ group: t(`jobProfiles.groups.${group.group}`), items: group.items })),
    [options, t],
  );
}
