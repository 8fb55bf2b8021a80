// „Überall abmelden“ on /konto: ends every session of the user, this one too, after a confirmation.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessageKey, isApiError } from '../../app/api/api-client.models';
import { LogoutIcon } from '../../ui/icons';
import { notify } from '../../ui/notify';
import { clearSession } from '../auth/session.hooks';
import { logoutEverywhere } from './account.api';
import { AppModal } from '../../ui/app-modal.component';
import { AccountSection } from './account-section.component';

export function SessionsSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [isConfirming, setConfirming] = useState(false);
  const signedOut = () => {
    clearSession(queryClient);
    void navigate('/anmelden', { replace: true });
  };
  const logout = useMutation({
    mutationFn: logoutEverywhere,
    onSuccess: () => {
      notify({ kind: 'success', message: t('account.sessions.done') });
      signedOut();
    },
    onError: (error) => {
      // The session was gone already: the user is signed out either way.
      if (isApiError(error) && error.status === 401) {
        signedOut();
        return;
      }
      setConfirming(false);
      notify({ kind: 'error', message: t(errorMessageKey(error)) });
    },
  });
  return (
    <AccountSection title={t('account.sessions.heading')} intro={t('account.sessions.intro')}>
      <Button variant="default" leftSection={<LogoutIcon size={16} />} onClick={() => setConfirming(true)}>
        {t('account.sessions.logoutEverywhere')}
      </Button>
      <AppModal
        opened={isConfirming}
        onClose={() => {
          if (!logout.isPending) setConfirming(false);
        }}
        title={t('account.sessions.confirmTitle')}
        closeLabel={t('account.sessions.cancel')}
      >
        <Stack gap="md">
          <Text size="sm">{t('account.sessions.confirmText')}</Text>
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              onClick={() => setConfirming(false)}
              disabled={logout.isPending}
              data-autofocus
            >
              {t('account.sessions.cancel')}
            </Button>
            <Button color="red.9" onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('account.sessions.confirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </AccountSection>
  );
}
