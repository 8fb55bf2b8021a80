// The top of the route tree: wires a lost session (any request answering 401 auth.required) to
// „forget the session and say so“; RequireSession then sends the user to /anmelden.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { setSessionLostHandler } from '../api/api';
import { clearSession } from '../../modules/auth/session.hooks';
import { notify } from '../../ui/notify';

export function RootLayout() {
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  useEffect(() => {
    setSessionLostHandler(() => {
      clearSession(queryClient);
      notify({
        kind: 'warning',
        id: 'session-lost',
        title: t('session.lostTitle'),
        message: t('session.lost'),
        autoClose: 10_000,
      });
    });
    return () => setSessionLostHandler(() => {});
  }, [queryClient, t]);
  return <Outlet />;
}
