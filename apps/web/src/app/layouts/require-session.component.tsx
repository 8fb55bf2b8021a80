// The gate of the signed-in part: waits for the session, sends a signed-out visitor to /anmelden
// (remembering where they wanted to go), and holds back users who must first set up a second factor.
import { Alert, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionContext, useSessionQuery } from '../../modules/auth/session.hooks';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { PageLoader } from '../../ui/page-loader.component';
import { SignOutButton } from './user-menu.component';

export function RequireSession() {
  const session = useSessionQuery();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.isPending) return <PageLoader fullPage />;
  if (session.isError) {
    return (
      <Container component="main" size="sm" py="xl">
        <PageHeader title={t('session.loadFailed')} />
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </Container>
    );
  }
  if (!session.data) return <Navigate to="/anmelden" replace state={{ from: location }} />;
  if (session.data.mustEnrolSecondFactor) {
    return (
      <Container component="main" size="sm" py="xl">
        <Stack>
          <PageHeader title={t('session.enrolmentTitle')} />
          <Alert color="brand" variant="light">
            {t('session.enrolment')}
          </Alert>
          <SessionContext value={session.data}>
            <SignOutButton />
          </SessionContext>
        </Stack>
      </Container>
    );
  }
  return (
    <SessionContext value={session.data}>
      <Outlet />
    </SessionContext>
  );
}
