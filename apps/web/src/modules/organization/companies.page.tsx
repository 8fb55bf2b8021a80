// /verwaltung/firmen: the companies (placeholder until built).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function CompaniesPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('organization.title')} />;
}
