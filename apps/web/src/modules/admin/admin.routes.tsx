// The administration area (/verwaltung/…): the landing page with the sections the role opens, and the
// sections themselves — users, roles, security log, sign-in settings — each its own chunk. A typed
// address to a section the role does not open says „Kein Zugriff“; the server refuses the data anyway.
import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequireAccess } from '../../app/layouts/require-access.component';
import { NotFoundPage } from '../placeholders/not-found.page';
import { canOpenAdminSection, type AdminSection } from './admin.models';
import { AdminLandingPage } from './admin-landing.page';

const UsersPage = lazy(() => import('./users.page').then((m) => ({ default: m.UsersPage })));
const RolesPage = lazy(() => import('./roles.page').then((m) => ({ default: m.RolesPage })));
const SecurityLogPage = lazy(() =>
  import('./security-log.page').then((m) => ({ default: m.SecurityLogPage })),
);
const SignInSettingsPage = lazy(() =>
  import('./sign-in-settings.page').then((m) => ({ default: m.SignInSettingsPage })),
);

function Section({ section, children }: { section: AdminSection; children: ReactNode }) {
  return (
    <RequireAccess allows={(session) => canOpenAdminSection(session, section)}>{children}</RequireAccess>
  );
}

export function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<AdminLandingPage />} />
      <Route
        path="benutzer"
        element={
          <Section section="users">
            <UsersPage />
          </Section>
        }
      />
      <Route
        path="rollen"
        element={
          <Section section="roles">
            <RolesPage />
          </Section>
        }
      />
      <Route
        path="sicherheitsprotokoll"
        element={
          <Section section="securityLog">
            <SecurityLogPage />
          </Section>
        }
      />
      <Route
        path="anmeldung"
        element={
          <Section section="signIn">
            <SignInSettingsPage />
          </Section>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
