// What the Werdegang and Bewertung steps both need: the job profile behind the suggestions (looked up
// once per profile, not per keystroke), and an updater for one of the content's text lists.
import { findJobProfile, type JobProfile } from '@zeugnisdesk/engine';
import { useMemo } from 'react';
import type { EditorContent, StepProps } from '../editor.types';

type TextListKey = 'activities' | 'additionalActivities' | 'qualifications' | 'achievements';

export function useTextLists({ content, onChange }: Pick<StepProps, 'content' | 'onChange'>): {
  profile: JobProfile | undefined;
  updateList: (key: TextListKey) => (update: (items: readonly string[]) => string[]) => void;
} {
  const profileId = content.employment.jobProfile;
  const profile = useMemo(() => (profileId ? findJobProfile(profileId) : undefined), [profileId]);
  const updateList = (key: TextListKey) => (update: (items: readonly string[]) => string[]) =>
    onChange((c: EditorContent) => ({ ...c, [key]: update(c[key]) }));
  return { profile, updateList };
}
