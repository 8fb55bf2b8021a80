// The signed-in user's own account (/konto): password, second factors, sessions.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';

export function AccountPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('account.title')} />;
}
