import { listJobProfiles } from '@zeugnisdesk/engine';
import { describe, expect, it } from 'vitest';
import { de } from '../../locales/de/translation';
import { en } from '../../locales/en/translation';
import { jobProfileOptions } from './job-profiles.models';

describe('the job profile choices', () => {
  it('lists every shipped profile once, named for the gender, apprenticeships apart', () => {
    const groups = jobProfileOptions('female', 'disponent');
    const ids = groups.flatMap((group) => group.items.map((item) => item.value));
    expect(ids.sort()).toEqual(
      listJobProfiles()
        .map((profile) => profile.id)
        .sort(),
    );
    const logistics = groups.find((group) => group.group === 'logistics');
    expect(logistics?.items).toContainEqual({ value: 'disponent', label: 'Disponentin' });
    const apprenticeships = groups.find((group) => group.group === 'apprenticeship');
    expect(apprenticeships?.items.length).toBeGreaterThan(0);
    for (const item of apprenticeships?.items ?? []) {
      expect(listJobProfiles().find((profile) => profile.id === item.value)?.apprenticeship).not.toBeNull();
    }
    const labels = logistics?.items.map((item) => item.label) ?? [];
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'de')));
  });

  it('keeps an unknown profile id choosable instead of hiding it', () => {
    const groups = jobProfileOptions('male', 'entfernt');
    expect(groups[0]).toEqual({ group: 'unknown', items: [{ value: 'entfernt', label: 'entfernt' }] });
    expect(jobProfileOptions('male', null).some((group) => group.group === 'unknown')).toBe(false);
  });

  it('has a German and an English name for every group', () => {
    for (const group of jobProfileOptions('male', 'entfernt')) {
      expect(de.jobProfiles.groups[group.group]).toBeTruthy();
      expect(en.jobProfiles.groups[group.group]).toBeTruthy();
    }
  });

  it('names „divers“ with the neutral title', () => {
    const office = jobProfileOptions('diverse', null).find((group) => group.group === 'office');
    expect(office?.items.find((item) => item.value === 'sachbearbeiter')?.label).toBe(
      'Fachkraft für Sachbearbeitung',
    );
  });
});
