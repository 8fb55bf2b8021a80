// Adding a passkey: a name the user will recognise, then the browser's own dialog (fingerprint, face,
// PIN or security key). The server's options go to the browser as they are, the browser's answer back.
import { Alert, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishPasskeyRegistration, startPasskeyRegistration } from './account.api';
import { classifyPasskeyError, classifySetupError, defaultPasskeyName } from './account.models';
import { useApplyEnrolment } from './account.hooks';
import { SetupForm, type SetupProps } from './setup-form.component';
import { createPasskeyCredential, isPasskeySupported } from './webauthn.services';

async function registerPasskey(name: string) {
  const options = await startPasskeyRegistration();
  const response = await createPasskeyCredential(options);
  return finishPasskeyRegistration({ name, response });
}

export function PasskeySetup({ onEnrolled, onCancel, cancelLabel }: SetupProps) {
  const { t } = useTranslation();
  const applyEnrolment = useApplyEnrolment();
  const [isSupported] = useState(isPasskeySupported);
  const [name, setName] = useState(() => defaultPasskeyName(navigator.userAgent));
  const [nameError, setNameError] = useState<string | undefined>();
  const nameRef = useRef<HTMLInputElement>(null);
  const register = useMutation({
    mutationFn: registerPasskey,
    onSuccess: (answer) => {
      applyEnrolment(answer);
      onEnrolled(answer);
    },
  });

  const submit = () => {
    const trimmed = name.trim();
    if (trimmed === '') {
      setNameError(t('common.required'));
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    register.mutate(trimmed.slice(0, 100));
  };

  const browserProblem = register.error ? classifyPasskeyError(register.error) : null;
  const error = !isSupported
    ? t('account.passkeyProblems.unsupported')
    : browserProblem
      ? t(`account.passkeyProblems.${browserProblem}`)
      : register.error
        ? t(classifySetupError(register.error).messageKey)
        : null;
  return (
    <SetupForm
      onSubmit={submit}
      error={error}
      submitLabel={register.isPending ? t('account.passkey.creating') : t('account.passkey.create')}
      isSubmitting={register.isPending}
      onCancel={onCancel}
      cancelLabel={cancelLabel}
      hideSubmit={!isSupported}
    >
      <Text size="sm">{t('account.passkey.intro')}</Text>
      {isSupported ? (
        <TextInput
          ref={nameRef}
          label={t('account.passkey.nameLabel')}
          description={t('account.passkey.nameHint')}
          name="passkey-name"
          autoComplete="off"
          maxLength={100}
          required
          withAsterisk={false}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={nameError}
        />
      ) : null}
      {register.isPending ? (
        <Alert color="brand" variant="light" role="status">
          {t('account.passkey.creating')}
        </Alert>
      ) : null}
    </SetupForm>
  );
}
