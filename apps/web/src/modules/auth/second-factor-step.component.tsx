// The second step of signing in: a passkey („Mit Passkey anmelden“), a code from the authenticator
// app, from a text message (sent on request), or a recovery code. When the pending sign-in has expired
// the user starts again.
import { Alert, Button, Divider, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, isApiError } from '../../app/api/api-client.models';
import { PageHeader } from '../../ui/page-header.component';
import { classifyPasskeyError } from '../account/account.models';
import { isPasskeySupported, signInWithPasskey } from '../account/webauthn.services';
import { answerSecondFactor, fetchPendingSecondFactor, sendSignInSms } from './auth.api';
import type { SecondFactorMethod, Session } from './auth.types';

type CodeMethod = Exclude<SecondFactorMethod, 'passkey'>;

const methodOrder: CodeMethod[] = ['totp', 'sms', 'recovery_code'];

/** Answers that mean the pending sign-in is gone: the password step must be repeated. */
function endsPendingSignIn(error: unknown): boolean {
  return (
    isApiError(error) &&
    (error.code === 'auth.challenge_expired' ||
      error.code === 'auth.second_factor_required' ||
      error.code === 'auth.required')
  );
}

interface SecondFactorStepProps {
  methods: SecondFactorMethod[];
  onSignedIn: (session: Session) => void;
  onRestart: (reason?: unknown) => void;
}

export function SecondFactorStep({ methods, onSignedIn, onRestart }: SecondFactorStepProps) {
  const { t } = useTranslation();
  const usable = methodOrder.filter((method) => methods.includes(method));
  const [method, setMethod] = useState<CodeMethod | undefined>(usable[0]);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>();
  const codeRef = useRef<HTMLInputElement>(null);
  const methodLabelId = useId();
  const offersPasskey = methods.includes('passkey');
  const [canUsePasskey] = useState(() => offersPasskey && isPasskeySupported());
  // A code from an app or a text message; recovery codes are only the fallback.
  const hasCodeFactor = usable.some((candidate) => candidate !== 'recovery_code');

  const pending = useQuery({
    queryKey: ['second-factor', 'pending'],
    queryFn: fetchPendingSecondFactor,
    retry: false,
    gcTime: 0,
  });
  const sendSms = useMutation({
    mutationFn: sendSignInSms,
    onSuccess: () => codeRef.current?.focus(),
    onError: (error) => {
      if (endsPendingSignIn(error)) onRestart(error);
    },
  });
  const confirm = useMutation({
    mutationFn: answerSecondFactor,
    onSuccess: onSignedIn,
    onError: (error) => {
      if (endsPendingSignIn(error)) {
        onRestart(error);
        return;
      }
      setCode('');
      codeRef.current?.focus();
    },
  });

  const passkey = useMutation({
    mutationFn: signInWithPasskey,
    onMutate: () => confirm.reset(),
    onSuccess: onSignedIn,
    onError: (error) => {
      if (endsPendingSignIn(error)) onRestart(error);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!method) return;
    const trimmed = code.replace(/\s+/g, '');
    if (trimmed === '') {
      setCodeError(t('common.required'));
      codeRef.current?.focus();
      return;
    }
    setCodeError(undefined);
    passkey.reset();
    confirm.mutate({ method, code: trimmed });
  };

  const changeMethod = (value: string) => {
    setMethod(value as CodeMethod);
    setCode('');
    setCodeError(undefined);
    confirm.reset();
  };

  const phoneHint = pending.data?.phoneHint ?? null;
  const error = passkey.error ?? confirm.error ?? sendSms.error;
  // The browser's own refusals (cancelled, timed out) have their own words; the server's have codes.
  const passkeyProblem = passkey.error ? classifyPasskeyError(passkey.error) : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PageHeader title={t('secondFactor.title')}>{t('secondFactor.intro')}</PageHeader>
        {error ? (
          <Alert color="red" variant="light" title={t('secondFactor.failedTitle')} role="alert">
            {passkeyProblem ? t(`account.passkeyProblems.${passkeyProblem}`) : t(errorMessageKey(error))}
          </Alert>
        ) : null}
        {canUsePasskey ? (
          <>
            <Button
              size="md"
              fullWidth
              variant={hasCodeFactor ? 'light' : 'filled'}
              loading={passkey.isPending}
              onClick={() => passkey.mutate()}
            >
              {t('account.passkeySignIn.button')}
            </Button>
            {passkey.isPending ? (
              <Text size="sm" role="status">
                {t('account.passkeySignIn.working')}
              </Text>
            ) : null}
            {method ? <Divider label={t('account.passkeySignIn.orCode')} labelPosition="center" /> : null}
          </>
        ) : offersPasskey ? (
          <Alert color="orange" variant="light">
            {hasCodeFactor
              ? t('account.passkeySignIn.unsupported')
              : t('account.passkeySignIn.unsupportedOnly')}
          </Alert>
        ) : null}
        {!method ? (
          canUsePasskey ? null : (
            <Alert color="orange" variant="light">
              {t('secondFactor.noMethod')}
            </Alert>
          )
        ) : (
          <>
            {usable.length > 1 ? (
              <Stack gap={6}>
                <Text size="sm" fw={500} id={methodLabelId}>
                  {t('secondFactor.method')}
                </Text>
                <SegmentedControl
                  aria-labelledby={methodLabelId}
                  fullWidth
                  value={method}
                  onChange={changeMethod}
                  data={usable.map((value) => ({ value, label: t(`secondFactor.methods.${value}`) }))}
                />
              </Stack>
            ) : null}
            {method === 'sms' ? (
              <Group justify="space-between" align="center" wrap="nowrap" gap="sm">
                <Text size="sm">
                  {phoneHint
                    ? t('secondFactor.smsHint', { phone: phoneHint })
                    : t('secondFactor.smsHintNoPhone')}
                </Text>
                <Button
                  variant="light"
                  onClick={() => sendSms.mutate()}
                  loading={sendSms.isPending}
                  style={{ flexShrink: 0 }}
                >
                  {sendSms.isSuccess ? t('secondFactor.sendSmsAgain') : t('secondFactor.sendSms')}
                </Button>
              </Group>
            ) : null}
            {method === 'sms' && sendSms.isSuccess ? (
              <Alert color="green" variant="light" role="status">
                {t('secondFactor.smsSent')}
              </Alert>
            ) : null}
            <TextInput
              ref={codeRef}
              key={method}
              label={t(
                method === 'totp'
                  ? 'secondFactor.totpLabel'
                  : method === 'sms'
                    ? 'secondFactor.smsLabel'
                    : 'secondFactor.recoveryLabel',
              )}
              description={
                method === 'totp'
                  ? t('secondFactor.totpHint')
                  : method === 'recovery_code'
                    ? t('secondFactor.recoveryHint')
                    : undefined
              }
              name="code"
              autoComplete="one-time-code"
              inputMode={method === 'recovery_code' ? 'text' : 'numeric'}
              spellCheck={false}
              required
              withAsterisk={false}
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
              error={codeError}
              autoFocus={method === 'totp'}
            />
            <Button type="submit" loading={confirm.isPending} fullWidth size="md">
              {confirm.isPending ? t('secondFactor.submitting') : t('secondFactor.submit')}
            </Button>
          </>
        )}
        <Button variant="subtle" onClick={() => onRestart()}>
          {t('secondFactor.cancel')}
        </Button>
      </Stack>
    </form>
  );
}
