// Setting up text messages: the mobile number gets a code, and is stored only once the code comes
// back. SMS is the weakest factor; the set-up says so before anything is sent.
import { Alert, Anchor, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmPhone, sendPhoneCode } from './account.api';
import { classifySetupError, isSixDigitCode, normalizeCode, normalizePhoneNumber } from './account.models';
import { useApplyEnrolment } from './account.hooks';
import { SetupForm, type SetupProps } from './setup-form.component';

export function PhoneSetup({ onEnrolled, onCancel, cancelLabel }: SetupProps) {
  const { t } = useTranslation();
  const applyEnrolment = useApplyEnrolment();
  const [phone, setPhone] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [fieldErrors, setFieldErrors] = useState<{ phone?: string; code?: string }>({});
  const phoneRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  const send = useMutation({
    mutationFn: sendPhoneCode,
    onSuccess: (_answer, number) => {
      setSentTo(number);
      setCode('');
      setFieldErrors({});
      // The code field appears with this render; focus it on the next frame.
      requestAnimationFrame(() => codeRef.current?.focus());
    },
    onError: (error) => {
      const problem = classifySetupError(error);
      if (problem.field === 'phone') {
        setFieldErrors({ phone: t(problem.messageKey) });
        phoneRef.current?.focus();
      }
    },
  });
  const confirm = useMutation({
    mutationFn: confirmPhone,
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
      }
    },
  });

  const sendCode = () => {
    const number = normalizePhoneNumber(phone);
    if (!number) {
      setFieldErrors({
        phone: phone.trim() === '' ? t('common.required') : t('account.errors.invalidPhone'),
      });
      phoneRef.current?.focus();
      return;
    }
    confirm.reset();
    send.mutate(number);
  };

  const submit = () => {
    if (!sentTo) {
      sendCode();
      return;
    }
    const typed = normalizeCode(code);
    const error =
      typed === '' ? t('common.required') : isSixDigitCode(typed) ? undefined : t('account.totp.codeFormat');
    setFieldErrors({ code: error });
    if (error) {
      codeRef.current?.focus();
      return;
    }
    confirm.mutate(typed);
  };

  const failed = confirm.error ?? send.error;
  const problem = failed ? classifySetupError(failed) : null;
  return (
    <SetupForm
      onSubmit={submit}
      error={problem && problem.field === null ? t(problem.messageKey) : null}
      submitLabel={
        sentTo
          ? confirm.isPending
            ? t('account.phone.submitting')
            : t('account.phone.submit')
          : send.isPending
            ? t('account.phone.sending')
            : t('account.phone.send')
      }
      isSubmitting={send.isPending || confirm.isPending}
      onCancel={onCancel}
      cancelLabel={cancelLabel}
    >
      <Alert color="orange" variant="light">
        {t('account.factors.sms.weakest')}
      </Alert>
      {sentTo ? (
        <Stack gap="sm">
          <Text size="sm" role="status">
            {t('account.phone.sent', { phone: sentTo })}
          </Text>
          <TextInput
            ref={codeRef}
            label={t('account.phone.codeLabel')}
            name="sms-code"
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
          />
          <Group gap="md">
            <Anchor component="button" type="button" size="sm" onClick={() => send.mutate(sentTo)}>
              {t('account.phone.resend')}
            </Anchor>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setSentTo(null);
                send.reset();
                confirm.reset();
                requestAnimationFrame(() => phoneRef.current?.focus());
              }}
            >
              {t('account.phone.otherNumber')}
            </Anchor>
          </Group>
        </Stack>
      ) : (
        <TextInput
          ref={phoneRef}
          label={t('account.phone.numberLabel')}
          description={t('account.phone.numberHint')}
          name="phone"
          type="tel"
          autoComplete="tel"
          required
          withAsterisk={false}
          value={phone}
          onChange={(event) => setPhone(event.currentTarget.value)}
          error={fieldErrors.phone}
          data-autofocus
        />
      )}
    </SetupForm>
  );
}
