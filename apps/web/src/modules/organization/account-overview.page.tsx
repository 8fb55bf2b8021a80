// /verwaltung/konto: plan, users, contract (placeholder until built).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function AccountOverviewPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('organization.title')} />;
}
