// /verwaltung/firmen/:companyId: one company with its letterhead layout (placeholder until built).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function CompanyPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('organization.title')} />;
}
