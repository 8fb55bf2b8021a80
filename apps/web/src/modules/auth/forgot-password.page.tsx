// /passwort-vergessen: asks for a reset link. The answer is the same whether the address is known or
// not, so the page cannot be used to find out who has an account.
import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { errorMessageKey } from '../../app/api/api-client.models';
import { PageHeader } from '../../ui/page-header.component';
import { requestPasswordReset } from './auth.api';
import { looksLikeEmail } from './auth.models';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const initialEmail = (location.state as { email?: unknown } | null)?.email;
  const [email, setEmail] = useState(typeof initialEmail === 'string' ? initialEmail : '');
  const [emailError, setEmailError] = useState<string | undefined>();
  const emailRef = useRef<HTMLInputElement>(null);
  const request = useMutation({ mutationFn: requestPasswordReset });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const error =
      email.trim() === ''
        ? t('common.required')
        : looksLikeEmail(email)
          ? undefined
          : t('common.invalidEmail');
    setEmailError(error);
    if (error) {
      emailRef.current?.focus();
      return;
    }
    request.mutate(email.trim());
  };

  return (
    <Stack gap="md">
      <PageHeader title={t('forgotPassword.title')}>
        {request.isSuccess ? null : t('forgotPassword.intro')}
      </PageHeader>
      {request.isSuccess ? (
        <Alert color="green" variant="light" title={t('forgotPassword.sentTitle')} role="status">
          {t('forgotPassword.sent', { email: request.variables })}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {request.isError ? (
              <Alert color="red" variant="light" role="alert">
                {t(errorMessageKey(request.error))}
              </Alert>
            ) : null}
            <TextInput
              ref={emailRef}
              label={t('common.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              withAsterisk={false}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={emailError}
              autoFocus
            />
            <Button type="submit" loading={request.isPending} fullWidth size="md">
              {request.isPending ? t('forgotPassword.submitting') : t('forgotPassword.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Text ta="center" size="sm">
        <Anchor component={Link} to="/anmelden" state={{ email }}>
          {t('common.backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
