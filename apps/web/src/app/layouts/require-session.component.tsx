// The gate of the signed-in part: waits for the session, sends a signed-out visitor to /anmelden
// (remembering where they wanted to go), and holds back users who must first set up a second factor:
// they get the set-up right here (its code loads only then), and the app once it is done.
import { Box, Container, Group, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionContext, useSessionQuery } from '../../modules/auth/session.hooks';
import { ErrorState } from '../../ui/error-state.component';
import { LanguageMenu } from '../../ui/language-menu.component';
import { PageHeader } from '../../ui/page-header.component';
import { PageLoader } from '../../ui/page-loader.component';
import { SignOutButton } from './user-menu.component';

const SecondFactorEnrolment = lazy(() =>
  import('../../modules/account/second-factor-enrolment.component').then((m) => ({
    default: m.SecondFactorEnrolment,
  })),
);

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
      <SessionContext value={session.data}>
        <Box bg="gray.0" mih="100dvh">
          <Group
            component="header"
            justify="space-between"
            px="lg"
            py="sm"
            bg="white"
            style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
          >
            <Text fw={700} size="lg" c="brand.9">
              {t('app.name')}
            </Text>
            <Group gap="xs">
              <LanguageMenu />
              <SignOutButton />
            </Group>
          </Group>
          <Container component="main" size={720} py="xl" px="md">
            <Suspense fallback={<PageLoader />}>
              <SecondFactorEnrolment />
            </Suspense>
          </Container>
        </Box>
      </SessionContext>
    );
  }
  return (
    <SessionContext value={session.data}>
      <Outlet />
    </SessionContext>
  );
}
