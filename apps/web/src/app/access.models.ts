// What the signed-in user may see, from the session's role permissions. The server enforces every rule;
// the app only hides what would be refused, so that no link leads to „Kein Zugriff“.
import type { AccessArea, Session } from '../modules/auth/auth.types';

export type AccessSubject = Pick<Session, 'isAdministrator' | 'permissions'>;

export function canRead(session: AccessSubject, area: AccessArea): boolean {
  return session.isAdministrator || (session.permissions[area] ?? 'none') !== 'none';
}

export function canWrite(session: AccessSubject, area: AccessArea): boolean {
  return session.isAdministrator || session.permissions[area] === 'write';
}

/** The areas that make up „Verwaltung“: everything except the employees, who have their own page. */
const administrationAreas: readonly AccessArea[] = [
  'users',
  'roles',
  'companies',
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
];

export function canSeeAdministration(session: AccessSubject): boolean {
  return administrationAreas.some((area) => canRead(session, area));
}

export type NavigationEntry = 'overview' | 'employees' | 'certificates' | 'analysis' | 'administration';

export const navigationPaths: Record<NavigationEntry, string> = {
  overview: '/',
  employees: '/mitarbeiter',
  certificates: '/zeugnisse',
  analysis: '/analyse',
  administration: '/verwaltung',
};

/** The main navigation entries the user may open, in their order. Certificates follow the scope. */
export function visibleNavigation(session: AccessSubject): NavigationEntry[] {
  return [
    'overview',
    ...(canRead(session, 'employees') ? (['employees'] as const) : []),
    'certificates',
    'analysis',
    ...(canSeeAdministration(session) ? (['administration'] as const) : []),
  ];
}
