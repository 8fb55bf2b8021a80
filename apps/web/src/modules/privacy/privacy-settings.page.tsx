// /verwaltung/datenschutz (placeholder until built).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function PrivacySettingsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('privacy.title')} />;
}
