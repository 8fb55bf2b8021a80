// The main navigation: only the entries the user's role allows, the current page marked.
import { NavLink as MantineNavLink, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { navigationPaths, visibleNavigation, type NavigationEntry } from '../access.models';
import { useSession } from '../../modules/auth/session.hooks';
import { ChartIcon, DocumentIcon, HomeIcon, SettingsIcon, UsersIcon } from '../../ui/icons';

const icons: Record<NavigationEntry, ReactNode> = {
  overview: <HomeIcon />,
  employees: <UsersIcon />,
  certificates: <DocumentIcon />,
  analysis: <ChartIcon />,
  administration: <SettingsIcon />,
};

export function ShellNavigation() {
  const { t } = useTranslation();
  const session = useSession();
  const { pathname } = useLocation();
  const isActive = (entry: NavigationEntry) => {
    const path = navigationPaths[entry];
    return path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
  };
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {visibleNavigation(session).map((entry) => (
        <li key={entry}>
          <MantineNavLink
            component={NavLink}
            to={navigationPaths[entry]}
            end={entry === 'overview'}
            label={t(`nav.${entry}`)}
            leftSection={icons[entry]}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
            // react-router's NavLink sets aria-current="page"; Mantine marks the entry visibly.
            active={isActive(entry)}
          />
        </li>
      ))}
    </Stack>
  );
}
