// /mitarbeiter/neu: a new employee. After saving, the person's page opens with a confirmation;
// „Abbrechen“ goes back to where the user came from.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { EmployeeFormView } from './employee-form.component';
import { EmployeesBreadcrumbs } from './employees-breadcrumbs.component';
import { fullName } from './employees.models';

export function EmployeeCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const title = t('employees.createPage.title');
  return (
    <Stack gap={0}>
      <EmployeesBreadcrumbs current={title} />
      <PageHeader title={title}>{t('employees.createPage.intro')}</PageHeader>
      <EmployeeFormView
        employee={null}
        submitLabel={t('employees.createPage.submit')}
        onSaved={({ employee }) => {
          notify({ kind: 'success', message: t('employees.createPage.done', { name: fullName(employee) }) });
          void navigate(`/mitarbeiter/${encodeURIComponent(employee.id)}`, { replace: true });
        }}
        // Back where the user came from; a page opened directly goes to the list.
        onCancel={() => void (location.key === 'default' ? navigate('/mitarbeiter') : navigate(-1))}
      />
    </Stack>
  );
}
