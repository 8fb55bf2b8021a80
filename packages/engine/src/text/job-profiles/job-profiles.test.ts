import { describe, expect, it } from 'vitest';
import { findJobProfile, jobProfiles, listJobProfiles } from './job-profiles.js';
import { jobFields } from './job-profile.types.js';
import { apprenticeshipJobProfiles } from './job-profiles.apprenticeships.js';

const apprenticeships = jobProfiles.filter((profile) => profile.apprenticeship !== null);

describe('shipped job profiles', () => {
  it('ships at least 34 profiles with at least 2 per field', () => {
    expect(jobProfiles.length).toBeGreaterThanOrEqual(34);
    for (const field of jobFields) {
      expect(listJobProfiles(field).length, field).toBeGreaterThanOrEqual(2);
      const employed = listJobProfiles(field).filter((profile) => profile.apprenticeship === null);
      expect(employed.length, `${field} without apprenticeships`).toBeGreaterThanOrEqual(2);
    }
  });

  it('assigns every profile to a known field, and listJobProfiles partitions the library', () => {
    for (const profile of jobProfiles) expect(jobFields, profile.id).toContain(profile.field);
    expect(listJobProfiles()).toBe(jobProfiles);
    const total = jobFields.reduce((sum, field) => sum + listJobProfiles(field).length, 0);
    expect(total).toBe(jobProfiles.length);
    for (const field of jobFields) {
      for (const profile of listJobProfiles(field)) expect(profile.field).toBe(field);
    }
  });

  it('ships at least 9 apprenticeship occupations with a chamber and a plausible duration', () => {
    expect(apprenticeships.length).toBeGreaterThanOrEqual(9);
    for (const profile of apprenticeshipJobProfiles)
      expect(profile.apprenticeship, profile.id).not.toBeNull();
    for (const { id, apprenticeship } of apprenticeships) {
      expect(['IHK', 'HWK', 'Ärztekammer', 'Pflegeschule', 'other'], id).toContain(apprenticeship?.chamber);
      expect(Number.isInteger(apprenticeship?.durationMonths), id).toBe(true);
      expect(apprenticeship?.durationMonths, id).toBeGreaterThanOrEqual(24);
      expect(apprenticeship?.durationMonths, id).toBeLessThanOrEqual(42);
    }
    expect(findJobProfile('ausbildung-tischler')?.apprenticeship).toEqual({
      chamber: 'HWK',
      durationMonths: 36,
    });
    expect(findJobProfile('ausbildung-verkaeufer')?.apprenticeship).toEqual({
      chamber: 'IHK',
      durationMonths: 24,
    });
  });

  it('uses unique lower-case ASCII ids with dashes', () => {
    const ids = jobProfiles.map((profile) => profile.id);
    expect(new Set(ids).size).toBe(ids.length);
    // The words are separated by exactly one dash, so the nested quantifier cannot backtrack
    // catastrophically; the rule cannot see that, and the inputs are our own constants.
    // eslint-disable-next-line security/detect-unsafe-regex
    const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    for (const id of ids) expect(id).toMatch(idPattern);
  });

  it('has 6–12 distinct activities per profile in nominal style without a final full stop', () => {
    for (const { id, activities } of jobProfiles) {
      expect(activities.length, id).toBeGreaterThanOrEqual(6);
      expect(activities.length, id).toBeLessThanOrEqual(12);
      expect(new Set(activities).size, `${id} has a duplicated activity`).toBe(activities.length);
      for (const activity of activities) {
        expect(activity, id).not.toMatch(/\.$/);
        expect(activity, id).toMatch(/^[A-ZÄÖÜ]/);
        expect(activity, id).toBe(activity.trim());
        expect(activity, id).not.toMatch(/\s{2,}/);
      }
    }
  });

  it('has 3–6 distinct qualifications per profile without a final full stop', () => {
    for (const { id, qualifications } of jobProfiles) {
      expect(qualifications.length, id).toBeGreaterThanOrEqual(3);
      expect(qualifications.length, id).toBeLessThanOrEqual(6);
      expect(new Set(qualifications).size, id).toBe(qualifications.length);
      for (const qualification of qualifications) {
        expect(qualification, id).not.toMatch(/\.$/);
        expect(qualification, id).toBe(qualification.trim());
      }
    }
  });

  it('gives every profile three titles and a neutral diverse title', () => {
    for (const { id, titles } of jobProfiles) {
      for (const title of [titles.male, titles.female, titles.diverse]) {
        expect(title.trim(), id).not.toBe('');
        expect(title, id).not.toMatch(/m\/w\/d|\*|:in/i);
      }
    }
  });

  it('names external parties only as a non-empty phrase', () => {
    for (const { id, externalParties } of jobProfiles) {
      if (externalParties !== undefined) expect(externalParties.trim(), id).not.toBe('');
    }
  });

  it('looks profiles up by id', () => {
    const disponent = findJobProfile('disponent');
    expect(disponent).toBeDefined();
    expect(disponent?.field).toBe('logistics');
    expect(disponent?.titles).toEqual({
      male: 'Disponent',
      female: 'Disponentin',
      diverse: 'Fachkraft für Disposition',
    });
    expect(findJobProfile('unknown')).toBeUndefined();
    for (const profile of jobProfiles) expect(findJobProfile(profile.id)).toBe(profile);
  });
});
