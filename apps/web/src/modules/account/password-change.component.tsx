// „Passwort ändern“ on /konto: the current password, the new one twice. The server checks the
// current password (a wrong one counts like a failed sign-in) and the tenant's rules, and ends the
// user's other sessions; its verdict is shown at the field it concerns.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, isApiError, issueMessages } from '../../app/api/api-client.models';
import { notify } from '../../ui/notify';
import { PasswordField } from '../../ui/password-field.component';
import { useSession } from '../auth/session.hooks';
import { changePassword } from './account.api';
import { AccountSection } from './account-section.component';

interface FieldErrors {
  currentPassword?: string;
  newPassword?: string;
  repeat?: string;
}

export function PasswordChangeSection() {
  const { t } = useTranslation();
  const session = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    repeat: useRef<HTMLInputElement>(null),
  };

  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setErrors({});
      setFormError(null);
      notify({ kind: 'success', message: t('account.password.changed') });
    },
    onError: (error) => {
      const issues = isApiError(error) ? error.issues : [];
      const next: FieldErrors = {};
      if (issueMessages(issues, 'currentPassword').length > 0)
        next.currentPassword = t('account.errors.wrongPassword');
      // The tenant's rules, in the server's (German) words, all at once.
      const problems = issueMessages(issues, 'newPassword');
      if (problems.length > 0) next.newPassword = problems.join(' ');
      setErrors(next);
      setFormError(next.currentPassword || next.newPassword ? null : t(errorMessageKey(error)));
      if (next.currentPassword) {
        setCurrentPassword('');
        refs.currentPassword.current?.focus();
      } else if (next.newPassword) {
        refs.newPassword.current?.focus();
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (currentPassword.length === 0) next.currentPassword = t('common.required');
    if (newPassword.length === 0) next.newPassword = t('common.required');
    else if (repeat !== newPassword) next.repeat = t('account.password.mismatch');
    setErrors(next);
    setFormError(null);
    const first = (['currentPassword', 'newPassword', 'repeat'] as const).find((field) => next[field]);
    if (first) {
      refs[first].current?.focus();
      return;
    }
    change.mutate({ currentPassword, newPassword });
  };

  return (
    <AccountSection
      title={t('account.password.heading')}
      intro={t('account.password.intro')}
      testId="password-change"
    >
      <form onSubmit={submit} noValidate>
        {/* For password managers: the account the new password belongs to. */}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={session.user.email}
          readOnly
          hidden
        />
        <Stack gap="md" maw={420}>
          <PasswordField
            ref={refs.currentPassword}
            label={t('account.password.current')}
            name="current-password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={errors.currentPassword}
          />
          <PasswordField
            ref={refs.newPassword}
            label={t('account.password.new')}
            description={
              <Text span size="sm">
                {t('newPassword.generic')}
              </Text>
            }
            inputWrapperOrder={['label', 'input', 'error', 'description']}
            name="new-password"
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={errors.newPassword}
          />
          <PasswordField
            ref={refs.repeat}
            label={t('account.password.repeat')}
            name="new-password-repeat"
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={repeat}
            onChange={(event) => setRepeat(event.currentTarget.value)}
            error={errors.repeat}
          />
          {formError ? (
            <Alert color="red" variant="light" role="alert">
              {formError}
            </Alert>
          ) : null}
          <Group>
            <Button type="submit" loading={change.isPending}>
              {change.isPending ? t('account.password.submitting') : t('account.password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AccountSection>
  );
}
