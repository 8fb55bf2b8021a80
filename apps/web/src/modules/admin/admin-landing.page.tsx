// /verwaltung: the sections of the administration the user's role opens, each with what it is for.
import { Paper, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  BuildingIcon,
  DocumentIcon,
  SettingsIcon,
  ShieldIcon,
  StructureIcon,
  UsersIcon,
} from '../../ui/icons';
import { PageHeader } from '../../ui/page-header.component';
import { useSession } from '../auth/session.hooks';
import { adminSectionPaths, visibleAdminSections, type AdminSection } from './admin.models';

const icons: Record<AdminSection, ReactNode> = {
  users: <UsersIcon />,
  roles: <ShieldIcon />,
  securityLog: <DocumentIcon />,
  signIn: <SettingsIcon />,
  companies: <BuildingIcon />,
  structure: <StructureIcon />,
  account: <DocumentIcon />,
  privacy: <ShieldIcon />,
  emailTemplates: <DocumentIcon />,
  delivery: <SettingsIcon />,
};

export function AdminLandingPage() {
  const { t } = useTranslation();
  const session = useSession();
  const sections = visibleAdminSections(session);
  return (
    <Stack gap="lg">
      <PageHeader title={t('admin.title')}>{t('admin.intro')}</PageHeader>
      {sections.length > 0 ? (
        <SimpleGrid
          cols={{ base: 1, sm: 2 }}
          spacing="md"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {sections.map((section) => (
            <li key={section}>
              <UnstyledButton
                component={Link}
                to={adminSectionPaths[section]}
                display="block"
                h="100%"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
                data-testid={`admin-section-${section}`}
              >
                <Paper withBorder radius="md" p="lg" h="100%">
                  <Stack gap="xs">
                    <ThemeIcon variant="light" color="brand" size="lg" radius="md" aria-hidden="true">
                      {icons[section]}
                    </ThemeIcon>
                    <Title order={2} size="h4" c="brand.9">
                      {t(`admin.sections.${section}.title`)}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t(`admin.sections.${section}.text`)}
                    </Text>
                  </Stack>
                </Paper>
              </UnstyledButton>
            </li>
          ))}
        </SimpleGrid>
      ) : (
        <Text>{t('admin.noSections')}</Text>
      )}
      <Text size="sm" c="dimmed">
        {t('admin.moreComing')}
      </Text>
    </Stack>
  );
}
