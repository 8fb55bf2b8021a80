// The shipped library of job profiles (Berufsbilder, C7). Tenants add their own later (C12);
// this module is the read-only default, looked up by the input's `employment.jobProfile`.
import type { JobField, JobProfile } from './job-profile.types.js';
import { officeJobProfiles } from './job-profiles.office.js';
import { salesJobProfiles } from './job-profiles.sales.js';
import { itJobProfiles } from './job-profiles.it.js';
import { engineeringJobProfiles } from './job-profiles.engineering.js';
import { logisticsJobProfiles } from './job-profiles.logistics.js';
import { careJobProfiles } from './job-profiles.care.js';
import { hospitalityJobProfiles } from './job-profiles.hospitality.js';
import { financeJobProfiles } from './job-profiles.finance.js';
import { tradesJobProfiles } from './job-profiles.trades.js';
import { managementJobProfiles } from './job-profiles.management.js';
import { apprenticeshipJobProfiles } from './job-profiles.apprenticeships.js';

/** All shipped profiles: the occupations by field, then the apprenticeship occupations. */
export const jobProfiles: readonly JobProfile[] = [
  ...officeJobProfiles,
  ...salesJobProfiles,
  ...itJobProfiles,
  ...engineeringJobProfiles,
  ...logisticsJobProfiles,
  ...careJobProfiles,
  ...hospitalityJobProfiles,
  ...financeJobProfiles,
  ...tradesJobProfiles,
  ...managementJobProfiles,
  ...apprenticeshipJobProfiles,
];

const jobProfilesById: ReadonlyMap<string, JobProfile> = new Map(
  jobProfiles.map((profile) => [profile.id, profile]),
);

/** The shipped profile with this id, or undefined. */
export function findJobProfile(id: string): JobProfile | undefined {
  return jobProfilesById.get(id);
}

/** All shipped profiles, or those of one field (apprenticeships included), in library order. */
export function listJobProfiles(field?: JobField): readonly JobProfile[] {
  return field === undefined ? jobProfiles : jobProfiles.filter((profile) => profile.field === field);
}
