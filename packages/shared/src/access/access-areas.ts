// The areas a role grants access to (U6, except „Administrator“, which is a role flag rather than an
// area) and the levels per area. The server enforces them; the web app shows and edits them.
export const accessAreas = [
  'employees',
  'companies',
  'users',
  'roles',
  'jobProfiles',
  'certificateFormatting',
  'letterTexts',
  'emailTemplates',
  'qualifications',
  'selfService',
  'customisation',
  'privacy',
  'interfaces',
  'account',
] as const;

export type AccessArea = (typeof accessAreas)[number];

export const accessLevels = ['none', 'read', 'write'] as const;
export type AccessLevel = (typeof accessLevels)[number];
