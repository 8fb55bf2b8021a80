// /uebergabe (placeholder until built).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function HandoverRecipientPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('handover.title')} />;
}
