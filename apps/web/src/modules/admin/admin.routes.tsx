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

const CompaniesPage = lazy(() =>
  import('../organization/companies.page').then((m) => ({ default: m.CompaniesPage })),
);
const CompanyPage = lazy(() =>
  import('../organization/company.page').then((m) => ({ default: m.CompanyPage })),
);
const StructurePage = lazy(() =>
  import('../organization/structure.page').then((m) => ({ default: m.StructurePage })),
);
const AccountOverviewPage = lazy(() =>
  import('../organization/account-overview.page').then((m) => ({ default: m.AccountOverviewPage })),
);

const PrivacySettingsPage = lazy(() =>
  import('../privacy/privacy-settings.page').then((m) => ({ default: m.PrivacySettingsPage })),
);
const EmailTemplatesPage = lazy(() =>
  import('../email/email-templates.page').then((m) => ({ default: m.EmailTemplatesPage })),
);
const DeliveryFailuresPage = lazy(() =>
  import('../email/delivery-failures.page').then((m) => ({ default: m.DeliveryFailuresPage })),
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
      <Route
        path="firmen"
        element={
          <Section section="companies">
            <CompaniesPage />
          </Section>
        }
      />
      <Route
        path="firmen/:companyId"
        element={
          <Section section="companies">
            <CompanyPage />
          </Section>
        }
      />
      <Route
        path="struktur"
        element={
          <Section section="structure">
            <StructurePage />
          </Section>
        }
      />
      <Route
        path="konto"
        element={
          <Section section="account">
            <AccountOverviewPage />
          </Section>
        }
      />
      <Route
        path="datenschutz"
        element={
          <Section section="privacy">
            <PrivacySettingsPage />
          </Section>
        }
      />
      <Route
        path="e-mail-vorlagen"
        element={
          <Section section="emailTemplates">
            <EmailTemplatesPage />
          </Section>
        }
      />
      <Route
        path="zustellung"
        element={
          <Section section="delivery">
            <DeliveryFailuresPage />
          </Section>
        }
      />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
