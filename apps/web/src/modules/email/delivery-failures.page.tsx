// /verwaltung/zustellung (placeholder until built).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function DeliveryFailuresPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('email.title')} />;
}
