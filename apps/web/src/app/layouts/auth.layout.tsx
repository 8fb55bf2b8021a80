// The frame of the pages before sign-in (/anmelden, /passwort-vergessen, /passwort-zuruecksetzen,
// /einladung): the product name and the language switch above one centred card.
import { Box, Container, Group, Paper, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageMenu } from '../../ui/language-menu.component';
import { PageLoader } from '../../ui/page-loader.component';

export function AuthLayout() {
  const { t } = useTranslation();
  return (
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
        <LanguageMenu />
      </Group>
      <Container component="main" size={460} py={48} px="md">
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Paper>
      </Container>
    </Box>
  );
}
