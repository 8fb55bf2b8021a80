// The user menu in the header: who is signed in, „Mein Konto“, the language, and „Abmelden“.
import { Avatar, Button, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessageKey, isApiError } from '../api/api-client.models';
import { changeLanguage, currentLanguage, languages } from '../i18n';
import { logout } from '../../modules/auth/auth.api';
import { clearSession, useSession } from '../../modules/auth/session.hooks';
import { AccountIcon, CheckIcon, ChevronDownIcon, LogoutIcon } from '../../ui/icons';
import { notify } from '../../ui/notify';

function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      clearSession(queryClient);
      notify({ kind: 'success', message: t('userMenu.signedOut') });
      void navigate('/anmelden', { replace: true });
    },
    onError: (error) => {
      // The session is gone anyway (expired or ended elsewhere): the user is signed out.
      if (isApiError(error) && error.status === 401) {
        clearSession(queryClient);
        void navigate('/anmelden', { replace: true });
        return;
      }
      notify({ kind: 'error', title: t('userMenu.signOutFailed'), message: t(errorMessageKey(error)) });
    },
  });
}

/** A plain button, for screens without the shell. */
export function SignOutButton() {
  const { t } = useTranslation();
  const signOut = useSignOut();
  return (
    <Button
      variant="default"
      leftSection={<LogoutIcon />}
      loading={signOut.isPending}
      onClick={() => signOut.mutate()}
    >
      {t('userMenu.signOut')}
    </Button>
  );
}

export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const name = `${session.user.firstName} ${session.user.lastName}`;
  const initials = `${session.user.firstName.charAt(0)}${session.user.lastName.charAt(0)}`;
  const active = currentLanguage();
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.open', { name })}
          p={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="brand" variant="filled" radius="xl" size={34} aria-hidden="true">
              {initials}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" aria-hidden="true">
              {name}
            </Text>
            <ChevronDownIcon size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs')}</Menu.Label>
        <Text size="sm" px="sm" pb="xs" style={{ overflowWrap: 'anywhere' }}>
          {name}
          <br />
          {session.user.email}
        </Text>
        <Menu.Item component={Link} to="/konto" leftSection={<AccountIcon size={14} />}>
          {t('account.menu')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('userMenu.language')}</Menu.Label>
        {languages.map((language) => (
          <Menu.Item
            key={language}
            lang={language}
            closeMenuOnClick={false}
            leftSection={language === active ? <CheckIcon size={14} /> : <span style={{ width: 14 }} />}
            onClick={() => void changeLanguage(language)}
          >
            {t(`language.${language}`)}
            {language === active ? <VisuallyHidden> ({t('common.selected')})</VisuallyHidden> : null}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item
          leftSection={<LogoutIcon size={14} />}
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
          closeMenuOnClick
        >
          {signOut.isPending ? t('userMenu.signingOut') : t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
