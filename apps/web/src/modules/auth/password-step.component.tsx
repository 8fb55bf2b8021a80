// The first step of signing in: e-mail address and password, and — when the organisation has it —
// „Mit Microsoft anmelden“ above them (alone when the organisation allows no passwords).
import { Alert, Anchor, Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/password-field.component';
import { Link } from 'react-router';
import { errorMessageKey } from '../../app/api/api-client.models';
import { PageHeader } from '../../ui/page-header.component';
import { login } from './auth.api';
import { looksLikeEmail, type SignInState } from './auth.models';
import type { SecondFactorMethod, Session } from './auth.types';
import { SsoButton } from './sso-button.component';

/** Sign-in with Microsoft as the page offers it. */
export interface SsoOffer {
  organizationId: string;
  organizationName: string;
  /** Passwords are refused for everyone of the organisation: no password form. */
  only: boolean;
}

interface PasswordStepProps {
  initialEmail: string;
  notice: SignInState['notice'] | null;
  /** Why the user is back here from the second step (e.g. it expired); shown as the error. */
  restartReason: unknown;
  onSignedIn: (session: Session) => void;
  onSecondFactor: (methods: SecondFactorMethod[]) => void;
  /** Offer „Mit Microsoft anmelden“ (null: the organisation has no SSO, or none is known). */
  sso: SsoOffer | null;
  /** The browser came back from a sign-in with Microsoft that failed (/anmelden?fehler=sso). */
  ssoFailed: boolean;
}

export function PasswordStep({
  initialEmail,
  notice,
  restartReason,
  onSignedIn,
  onSecondFactor,
  sso,
  ssoFailed,
}: PasswordStepProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const signIn = useMutation({
    mutationFn: login,
    onSuccess: (answer) => {
      if (answer.status === 'second_factor_required') onSecondFactor(answer.methods);
      else onSignedIn(answer);
    },
    onError: () => {
      setPassword('');
      passwordRef.current?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: typeof fieldErrors = {};
    if (email.trim() === '') errors.email = t('common.required');
    else if (!looksLikeEmail(email)) errors.email = t('common.invalidEmail');
    if (password.length === 0) errors.password = t('common.required');
    setFieldErrors(errors);
    if (errors.email) emailRef.current?.focus();
    else if (errors.password) passwordRef.current?.focus();
    if (errors.email || errors.password) return;
    signIn.mutate({ email: email.trim(), password });
  };

  const error = signIn.error ?? restartReason;
  const passwordsAllowed = !sso?.only;
  const intro = !sso
    ? t('signIn.intro')
    : sso.only
      ? t('signIn.sso.onlyIntro', { organization: sso.organizationName })
      : t('signIn.sso.intro');
  return (
    <Stack gap="md">
      <PageHeader title={t('signIn.title')}>{intro}</PageHeader>
      {notice && !error && !ssoFailed ? (
        <Alert color="green" variant="light" role="status">
          {t(notice === 'invitationAccepted' ? 'signIn.invitationAccepted' : 'signIn.passwordReset')}
        </Alert>
      ) : null}
      {error ? (
        <Alert color="red" variant="light" title={t('signIn.failedTitle')} role="alert">
          {t(errorMessageKey(error))}
        </Alert>
      ) : ssoFailed ? (
        <Alert color="red" variant="light" title={t('signIn.sso.failedTitle')} role="alert">
          {t('signIn.sso.callbackFailed')}
        </Alert>
      ) : null}
      {sso ? <SsoButton organizationId={sso.organizationId} /> : null}
      {sso && passwordsAllowed ? <Divider label={t('signIn.sso.divider')} labelPosition="center" /> : null}
      {passwordsAllowed ? (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
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
              error={fieldErrors.email}
              autoFocus={initialEmail === ''}
            />
            <PasswordField
              ref={passwordRef}
              label={t('common.password')}
              name="password"
              autoComplete="current-password"
              required
              withAsterisk={false}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldErrors.password}
              autoFocus={initialEmail !== ''}
            />
            <Button type="submit" loading={signIn.isPending} fullWidth size="md">
              {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
            </Button>
            <Text ta="center" size="sm">
              <Anchor component={Link} to="/passwort-vergessen" state={{ email }}>
                {t('signIn.forgotPassword')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
