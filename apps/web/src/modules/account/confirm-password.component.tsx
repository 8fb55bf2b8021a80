// A dialog that asks for the current password before a factor is removed or the recovery codes are
// replaced (ASVS 7.5.1); a wrong password is said at the field.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/password-field.component';
import { classifySetupError } from './account.models';
import { AppModal } from '../../ui/app-modal.component';

export function ConfirmPasswordModal<T>({
  opened,
  title,
  text,
  confirmLabel,
  danger = false,
  action,
  onDone,
  onClose,
}: {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  danger?: boolean;
  action: (currentPassword: string) => Promise<T>;
  onDone: (result: T) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const passwordRef = useRef<HTMLInputElement>(null);
  const run = useMutation({
    mutationFn: action,
    onSuccess: (result) => {
      setPassword('');
      onDone(result);
    },
    onError: (error) => {
      const problem = classifySetupError(error);
      if (problem.field === 'currentPassword') {
        setFieldError(t(problem.messageKey));
        setPassword('');
        passwordRef.current?.focus();
      }
    },
  });
  const close = () => {
    if (run.isPending) return;
    setPassword('');
    setFieldError(undefined);
    run.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password.length === 0) {
      setFieldError(t('common.required'));
      passwordRef.current?.focus();
      return;
    }
    setFieldError(undefined);
    run.mutate(password);
  };
  const problem = run.error ? classifySetupError(run.error) : null;
  return (
    <AppModal opened={opened} onClose={close} title={title} closeLabel={t('account.confirmPassword.cancel')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{text}</Text>
          <Text size="sm">{t('account.confirmPassword.intro')}</Text>
          <PasswordField
            ref={passwordRef}
            label={t('account.confirmPassword.label')}
            name="current-password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={fieldError}
            data-autofocus
          />
          {problem && problem.field === null ? (
            <Alert color="red" variant="light" role="alert">
              {t(problem.messageKey)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={run.isPending}>
              {t('account.confirmPassword.cancel')}
            </Button>
            <Button type="submit" color={danger ? 'red.9' : undefined} loading={run.isPending}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
