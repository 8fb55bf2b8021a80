// /analyse: paste a certificate's text or upload its PDF and see the grade each part signals (C16).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function AnalysisPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('analysis.title')} />;
}
