// The frame every second-factor set-up shares: a form with an error above it (when it is not about a
// field), and „Abbrechen“ next to the main button.
import { Alert, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolmentAnswer } from './account.types';

/** What the set-up components have in common. */
export interface SetupProps {
  /** The factor is set up (the API client already uses the new CSRF token). */
  onEnrolled: (answer: EnrolmentAnswer) => void;
  onCancel: () => void;
  /** „Abbrechen“ on /konto; „Andere Möglichkeit wählen“ in the sign-in gate. */
  cancelLabel: string;
}

export function SetupForm({
  onSubmit,
  error,
  children,
  submitLabel,
  isSubmitting,
  onCancel,
  cancelLabel,
  hideSubmit = false,
}: {
  onSubmit: () => void;
  /** A message for the whole form (already translated), or null. */
  error: string | null;
  children: ReactNode;
  submitLabel: string;
  isSubmitting: boolean;
  onCancel: () => void;
  cancelLabel: string;
  hideSubmit?: boolean;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {children}
        {error ? (
          <Alert color="red" variant="light" title={t('account.setup.failedTitle')} role="alert">
            {error}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={isSubmitting}>
            {cancelLabel}
          </Button>
          {hideSubmit ? null : (
            <Button type="submit" loading={isSubmitting}>
              {submitLabel}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
