// /verwaltung/struktur: locations, departments, units, employee types (placeholder until built).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function StructurePage() {
  const { t } = useTranslation();
  return <PageHeader title={t('organization.title')} />;
}
