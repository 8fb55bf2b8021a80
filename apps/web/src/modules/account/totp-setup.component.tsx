// Setting up an authenticator app: the server makes a new key (nothing is stored yet), the user scans
// it as a QR code or types it in, and confirms with the app's first code. Replacing an app that is
// already set up needs the current password.
import { Code, Group, List, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/password-field.component';
import { useSession } from '../auth/session.hooks';
import { confirmTotp, startTotpSetup } from './account.api';
import { classifySetupError, formatTotpSecret, isSixDigitCode, normalizeCode } from './account.models';
import { useApplyEnrolment } from './account.hooks';
import { QrCode } from './qr-code.component';
import { SetupForm, type SetupProps } from './setup-form.component';

export function TotpSetup({
  requiresPassword,
  onEnrolled,
  onCancel,
  cancelLabel,
}: SetupProps & { requiresPassword: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  const applyEnrolment = useApplyEnrolment();
  const [code, setCode] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ code?: string; currentPassword?: string }>({});
  const codeRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const secretLabelId = useId();

  // A new key each time the set-up opens (gcTime 0); the same one while it stays open.
  const setup = useQuery({
    queryKey: ['totp-setup'],
    queryFn: startTotpSetup,
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: confirmTotp,
    onSuccess: (answer) => {
      applyEnrolment(answer);
      onEnrolled(answer);
    },
    onError: (error) => {
      const problem = classifySetupError(error);
      if (problem.field === 'code') {
        setFieldErrors({ code: t(problem.messageKey) });
        setCode('');
        codeRef.current?.focus();
      } else if (problem.field === 'currentPassword') {
        setFieldErrors({ currentPassword: t(problem.messageKey) });
        setCurrentPassword('');
        passwordRef.current?.focus();
      }
    },
  });

  const submit = () => {
    if (!setup.data) return;
    const typed = normalizeCode(code);
    const errors: typeof fieldErrors = {};
    if (requiresPassword && currentPassword.length === 0) errors.currentPassword = t('common.required');
    if (typed === '') errors.code = t('common.required');
    else if (!isSixDigitCode(typed)) errors.code = t('account.totp.codeFormat');
    setFieldErrors(errors);
    if (errors.code) codeRef.current?.focus();
    else if (errors.currentPassword) passwordRef.current?.focus();
    if (errors.code || errors.currentPassword) return;
    confirm.reset();
    confirm.mutate({
      secret: setup.data.secret,
      code: typed,
      ...(requiresPassword ? { currentPassword } : {}),
    });
  };

  const confirmProblem = confirm.error ? classifySetupError(confirm.error) : null;
  const formError = setup.isError
    ? t(classifySetupError(setup.error).messageKey)
    : confirmProblem && confirmProblem.field === null
      ? t(confirmProblem.messageKey)
      : null;

  return (
    <SetupForm
      onSubmit={submit}
      error={formError}
      submitLabel={confirm.isPending ? t('account.totp.submitting') : t('account.totp.submit')}
      isSubmitting={confirm.isPending}
      onCancel={onCancel}
      cancelLabel={cancelLabel}
      hideSubmit={setup.isError}
    >
      {setup.isError ? null : (
        <List type="ordered" spacing="md" aria-label={t('account.totp.stepsLabel')} withPadding>
          <List.Item>
            <Text size="sm">{t('account.totp.install')}</Text>
          </List.Item>
          <List.Item>
            <Stack gap="xs">
              <Text size="sm">{t('account.totp.scan')}</Text>
              <Group align="flex-start" gap="lg" wrap="wrap">
                {setup.data ? (
                  <QrCode
                    value={setup.data.uri}
                    alt={t('account.totp.qrAlt', { email: session.user.email })}
                  />
                ) : (
                  <Skeleton width={184} height={184} radius="sm" />
                )}
                <Stack gap={6} style={{ flex: '1 1 14rem', minWidth: 0 }}>
                  <Text size="sm">{t('account.totp.manual')}</Text>
                  <Text size="xs" c="dimmed" id={secretLabelId}>
                    {t('account.totp.secretLabel')}
                  </Text>
                  {setup.data ? (
                    <Code
                      block
                      fz="md"
                      aria-labelledby={secretLabelId}
                      data-testid="totp-secret"
                      style={{ wordSpacing: '0.15em', whiteSpace: 'normal', overflowWrap: 'anywhere' }}
                    >
                      {formatTotpSecret(setup.data.secret)}
                    </Code>
                  ) : (
                    <Text size="sm" role="status">
                      {t('account.totp.preparing')}
                    </Text>
                  )}
                </Stack>
              </Group>
            </Stack>
          </List.Item>
          <List.Item>
            <Stack gap="xs">
              <Text size="sm">{t('account.totp.enterCode')}</Text>
              <TextInput
                ref={codeRef}
                label={t('account.totp.codeLabel')}
                name="totp-code"
                autoComplete="one-time-code"
                inputMode="numeric"
                spellCheck={false}
                maxLength={12}
                required
                withAsterisk={false}
                value={code}
                onChange={(event) => setCode(event.currentTarget.value)}
                error={fieldErrors.code}
                w={{ base: '100%', xs: 220 }}
                disabled={!setup.data}
              />
            </Stack>
          </List.Item>
        </List>
      )}
      {requiresPassword && !setup.isError ? (
        <PasswordField
          ref={passwordRef}
          label={t('account.setup.currentPassword')}
          description={t('account.setup.currentPasswordHint')}
          name="current-password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={fieldErrors.currentPassword}
        />
      ) : null}
    </SetupForm>
  );
}
