// Choosing a new password (invitation, reset): the password with its rules shown live, a repetition
// against typos, and the server's verdict at the field. Submitting is always possible; what is still
// missing is said at the field instead of a silently disabled button.
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/password-field.component';
import type { PasswordPolicy } from './auth.types';
import { evaluatePasswordRules, meetsCheckableRules, visiblePasswordRules } from './password-rules.models';
import { PasswordRules } from './password-rules.component';

interface NewPasswordFormProps {
  /** The tenant's policy when known (invitation); without it the server's verdict is all there is. */
  policy: PasswordPolicy | null;
  submitLabel: string;
  submittingLabel: string;
  isSubmitting: boolean;
  /** Messages of the server about the password (already translated where possible). */
  passwordProblems: string[];
  /** An error that is not about the password, shown above the form. */
  formError: ReactNode;
  onSubmit: (password: string) => void;
  /** The account's e-mail address, for password managers to store the new password under. */
  username?: string;
}

export function NewPasswordForm({
  policy,
  submitLabel,
  submittingLabel,
  isSubmitting,
  passwordProblems,
  formError,
  onSubmit,
  username,
}: NewPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const repeatRef = useRef<HTMLInputElement>(null);
  const rules = policy ? evaluatePasswordRules(password, policy) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (password.length === 0) next.password = t('common.required');
    else if (rules && !meetsCheckableRules(rules)) next.password = t('newPassword.rulesUnmet');

    if (!next.password && repeat !== password) next.repeat = t('newPassword.mismatch');
    setErrors(next);
    if (next.password) passwordRef.current?.focus();
    else if (next.repeat) repeatRef.current?.focus();
    else onSubmit(password);
  };

  const serverProblem = passwordProblems.length > 0 ? passwordProblems.join(' ') : undefined;
  return (
    <form onSubmit={submit} noValidate>
      {username ? (
        <input type="email" name="username" autoComplete="username" value={username} readOnly hidden />
      ) : null}
      <Stack gap="md">
        {formError ? (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        ) : null}
        <PasswordField
          ref={passwordRef}
          label={t('newPassword.label')}
          name="new-password"
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            if (errors.password) setErrors((current) => ({ ...current, password: undefined }));
          }}
          error={errors.password ?? serverProblem}
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          description={
            rules && policy ? (
              <PasswordRules rules={visiblePasswordRules(rules)} policy={policy} />
            ) : (
              <Text span size="sm">
                {t('newPassword.generic')}
              </Text>
            )
          }
          autoFocus
        />
        <PasswordField
          ref={repeatRef}
          label={t('newPassword.repeatLabel')}
          name="new-password-repeat"
          autoComplete="new-password"
          required
          withAsterisk={false}
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={errors.repeat}
        />
        <Button type="submit" loading={isSubmitting} fullWidth size="md">
          {isSubmitting ? submittingLabel : submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
