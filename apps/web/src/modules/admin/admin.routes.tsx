// The administration area (/verwaltung/…): users, roles, security log, sign-in settings.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function AdminRoutes() {
  const { t } = useTranslation();
  return <PageHeader title={t('admin.title')} />;
}
