// What the employee pages show for an id that does not exist (deleted, or a wrong address).
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/page-header.component';

export function EmployeeNotFound() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start" gap="md" data-testid="employee-not-found">
      <PageHeader title={t('employees.detail.notFoundTitle')} />
      <Text>{t('employees.detail.notFound')}</Text>
      <Button component={Link} to="/mitarbeiter">
        {t('employees.detail.backToList')}
      </Button>
    </Stack>
  );
}
