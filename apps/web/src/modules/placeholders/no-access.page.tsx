// A page the user's role does not allow.
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/page-header.component';

export function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <PageHeader title={t('noAccess.title')} />
      <Text>{t('noAccess.text')}</Text>
      <Button component={Link} to="/">
        {t('common.backToOverview')}
      </Button>
    </Stack>
  );
}
