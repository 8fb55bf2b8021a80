// When a page fails to render or its code cannot be loaded (e.g. after an update): say so plainly and
// offer a reload instead of a blank screen.
import { Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container component="main" size="sm" py="xl">
      <Stack align="flex-start">
        <PageHeader title={t('routeError.title')} />
        <Text>{t('routeError.text')}</Text>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
      </Stack>
    </Container>
  );
}
