// The routes, with German paths. Every page is its own chunk (React.lazy), so the first load carries
// only the frame; the layouts wrap the pages in Suspense.
import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { canRead, canSeeAdministration, canWrite } from './access.models';
import { AuthLayout } from './layouts/auth.layout';
import { RequireAccess } from './layouts/require-access.component';
import { RequireSession } from './layouts/require-session.component';
import { RootLayout } from './layouts/root.layout';
import { RouteError } from './layouts/route-error.component';
import { ShellLayout } from './layouts/shell.layout';

const SignInPage = lazy(() =>
  import('../modules/auth/sign-in.page').then((m) => ({ default: m.SignInPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../modules/auth/forgot-password.page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../modules/auth/reset-password.page').then((m) => ({ default: m.ResetPasswordPage })),
);
const InvitationPage = lazy(() =>
  import('../modules/auth/invitation.page').then((m) => ({ default: m.InvitationPage })),
);
const OverviewPage = lazy(() =>
  import('../modules/overview/overview.page').then((m) => ({ default: m.OverviewPage })),
);
const EmployeesPage = lazy(() =>
  import('../modules/employees/employees.page').then((m) => ({ default: m.EmployeesPage })),
);
const EmployeeCreatePage = lazy(() =>
  import('../modules/employees/employee-create.page').then((m) => ({ default: m.EmployeeCreatePage })),
);
const EmployeeDetailPage = lazy(() =>
  import('../modules/employees/employee-detail.page').then((m) => ({ default: m.EmployeeDetailPage })),
);
const EmployeeEditPage = lazy(() =>
  import('../modules/employees/employee-edit.page').then((m) => ({ default: m.EmployeeEditPage })),
);
const CertificatesPage = lazy(() =>
  import('../modules/certificates/certificates.page').then((m) => ({ default: m.CertificatesPage })),
);
const CertificateCreatePage = lazy(() =>
  import('../modules/certificates/certificate-create.page').then((m) => ({
    default: m.CertificateCreatePage,
  })),
);
const CertificateEditorPage = lazy(() =>
  import('../modules/editor/editor.page').then((m) => ({ default: m.CertificateEditorPage })),
);
const AdminRoutes = lazy(() =>
  import('../modules/admin/admin.routes').then((m) => ({ default: m.AdminRoutes })),
);
const AnalysisPage = lazy(() =>
  import('../modules/analysis/analysis.page').then((m) => ({ default: m.AnalysisPage })),
);
const AccountPage = lazy(() =>
  import('../modules/account/account.page').then((m) => ({ default: m.AccountPage })),
);
const HandoverRecipientPage = lazy(() =>
  import('../modules/handover/recipient.page').then((m) => ({ default: m.HandoverRecipientPage })),
);
const NotFoundPage = lazy(() =>
  import('../modules/placeholders/not-found.page').then((m) => ({ default: m.NotFoundPage })),
);

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        // The recipient of a handover link: no account, a handover session of its own, a frame of its own.
        { path: 'uebergabe', element: <HandoverRecipientPage /> },
        {
          element: <AuthLayout />,
          children: [
            { path: 'anmelden', element: <SignInPage /> },
            { path: 'passwort-vergessen', element: <ForgotPasswordPage /> },
            { path: 'passwort-zuruecksetzen', element: <ResetPasswordPage /> },
            { path: 'einladung', element: <InvitationPage /> },
          ],
        },
        {
          element: <RequireSession />,
          children: [
            {
              element: <ShellLayout />,
              children: [
                { index: true, element: <OverviewPage /> },
                {
                  path: 'mitarbeiter',
                  element: <RequireAccess allows={(session) => canRead(session, 'employees')} />,
                  children: [
                    { index: true, element: <EmployeesPage /> },
                    {
                      path: 'neu',
                      element: (
                        <RequireAccess allows={(session) => canWrite(session, 'employees')}>
                          <EmployeeCreatePage />
                        </RequireAccess>
                      ),
                    },
                    { path: ':employeeId', element: <EmployeeDetailPage /> },
                    {
                      path: ':employeeId/bearbeiten',
                      element: (
                        <RequireAccess allows={(session) => canWrite(session, 'employees')}>
                          <EmployeeEditPage />
                        </RequireAccess>
                      ),
                    },
                  ],
                },
                { path: 'zeugnisse', element: <CertificatesPage /> },
                { path: 'zeugnisse/neu', element: <CertificateCreatePage /> },
                { path: 'zeugnisse/:certificateId', element: <CertificateEditorPage /> },
                { path: 'analyse', element: <AnalysisPage /> },
                {
                  path: 'verwaltung/*',
                  element: (
                    <RequireAccess allows={canSeeAdministration}>
                      <AdminRoutes />
                    </RequireAccess>
                  ),
                },
                { path: 'konto', element: <AccountPage /> },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
