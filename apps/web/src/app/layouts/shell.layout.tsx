// The frame of the signed-in app: a header with the organisation and the user menu, the main
// navigation (a drawer on narrow screens), and the page. After a page change the focus moves to the
// page's heading (ui/heading-focus.ts).
import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../../modules/auth/session.hooks';
import { HeadingFocusContext, type HeadingFocusState } from '../../ui/heading-focus';
import { PageLoader } from '../../ui/page-loader.component';
import { ShellNavigation } from './shell-navigation.component';
import { UserMenu } from './user-menu.component';

export function ShellLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const [isNavigationOpen, navigation] = useDisclosure(false);
  const { pathname } = useLocation();
  // A page change closes the drawer (on narrow screens). `close` is stable; the handlers object is not.
  const { close: closeNavigation } = navigation;
  useEffect(() => closeNavigation(), [pathname, closeNavigation]);
  const [headingFocus] = useState<HeadingFocusState>(() => ({ lastPath: pathname }));

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{
        width: { base: 240, sm: 200, lg: 240 },
        breakpoint: 'sm',
        collapsed: { mobile: !isNavigationOpen },
      }}
      padding="lg"
    >
      <a className="zd-skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={isNavigationOpen}
              onClick={navigation.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={isNavigationOpen}
              aria-controls="main-navigation"
            />
            <Text
              component={Link}
              to="/"
              fw={700}
              size="lg"
              c="brand.9"
              style={{ whiteSpace: 'nowrap', textDecoration: 'none' }}
            >
              {t('app.name')}
            </Text>
            <Text
              size="sm"
              c="dimmed"
              truncate="end"
              visibleFrom="xs"
              style={{
                borderLeft: '1px solid var(--mantine-color-gray-4)',
                paddingLeft: 'var(--mantine-spacing-sm)',
              }}
            >
              {session.organization.name}
            </Text>
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        id="main-navigation"
        aria-label={t('nav.label')}
        className="zd-navbar"
        data-collapsed={isNavigationOpen ? undefined : true}
      >
        <ShellNavigation />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className="zd-main" bg="gray.0">
        <HeadingFocusContext value={headingFocus}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </HeadingFocusContext>
      </AppShell.Main>
    </AppShell>
  );
}
