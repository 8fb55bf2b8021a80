// /mitarbeiter/:employeeId/bearbeiten: change an employee. Only changed fields are sent; after saving,
// with nothing changed, or on „Abbrechen“ the person's page opens again.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../app/api/api-client.models';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/page-loader.component';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { EmployeeFormView } from './employee-form.component';
import { EmployeeNotFound } from './employee-not-found.component';
import { EmployeesBreadcrumbs } from './employees-breadcrumbs.component';
import { useEmployee } from './employees.hooks';
import { fullName } from './employees.models';

export function EmployeeEditPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const employeeId = useParams().employeeId ?? '';
  const employee = useEmployee(employeeId);
  const detailPath = `/mitarbeiter/${encodeURIComponent(employeeId)}`;
  // Opened from the person's page: back there in the history (no second entry of it); else replace.
  const cameFromDetail = (location.state as { fromDetail?: boolean } | null)?.fromDetail === true;
  const leave = () => void (cameFromDetail ? navigate(-1) : navigate(detailPath, { replace: true }));

  if (employee.isPending) return <PageLoader />;
  if (employee.isError) {
    if (isApiError(employee.error) && employee.error.status === 404) return <EmployeeNotFound />;
    return (
      <Stack gap={0}>
        <PageHeader title={t('employees.detail.loadFailed')} />
        <ErrorState error={employee.error} onRetry={() => void employee.refetch()} />
      </Stack>
    );
  }

  const name = fullName(employee.data);
  const title = t('employees.editPage.title', { name });
  return (
    <Stack gap={0}>
      <EmployeesBreadcrumbs current={t('employees.detail.edit')} parent={{ label: name, to: detailPath }} />
      <PageHeader title={title}>{t('employees.editPage.intro')}</PageHeader>
      <EmployeeFormView
        // A fresh form when another employee is opened in the same page.
        key={employee.data.id}
        employee={employee.data}
        submitLabel={t('employees.editPage.submit')}
        onSaved={(result) => {
          notify({
            kind: 'success',
            message:
              result.kind === 'unchanged'
                ? t('employees.editPage.unchanged')
                : t('employees.editPage.done', { name: fullName(result.employee) }),
          });
          leave();
        }}
        onCancel={leave}
      />
    </Stack>
  );
}
