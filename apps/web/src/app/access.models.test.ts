import { describe, expect, it } from 'vitest';
import { accessAreas, type AccessArea, type AccessLevel } from '../modules/auth/auth.types';
import { canRead, canSeeAdministration, visibleNavigation, type AccessSubject } from './access.models';

function subject(
  levels: Partial<Record<AccessArea, AccessLevel>> = {},
  isAdministrator = false,
): AccessSubject {
  const permissions = Object.fromEntries(accessAreas.map((area) => [area, levels[area] ?? 'none'])) as Record<
    AccessArea,
    AccessLevel
  >;
  return { isAdministrator, permissions };
}

describe('canRead', () => {
  it('needs read or write in the area', () => {
    expect(canRead(subject(), 'employees')).toBe(false);
    expect(canRead(subject({ employees: 'read' }), 'employees')).toBe(true);
    expect(canRead(subject({ employees: 'write' }), 'employees')).toBe(true);
  });

  it('lets the administrator role read everything, whatever the stored levels say', () => {
    expect(canRead(subject({}, true), 'employees')).toBe(true);
    expect(canRead(subject({}, true), 'account')).toBe(true);
  });
});

describe('visibleNavigation', () => {
  it('shows a user without any area only what follows the certificate scope', () => {
    expect(visibleNavigation(subject())).toEqual(['overview', 'certificates', 'analysis']);
  });

  it('shows the employees with the area, and administration with any administrative area', () => {
    expect(visibleNavigation(subject({ employees: 'read' }))).toEqual([
      'overview',
      'employees',
      'certificates',
      'analysis',
    ]);
    expect(canSeeAdministration(subject({ employees: 'write' }))).toBe(false);
    expect(canSeeAdministration(subject({ account: 'read' }))).toBe(true);
    expect(visibleNavigation(subject({ users: 'write' }))).toContain('administration');
  });

  it('shows the administrator every entry', () => {
    expect(visibleNavigation(subject({}, true))).toEqual([
      'overview',
      'employees',
      'certificates',
      'analysis',
      'administration',
    ]);
  });
});
