// /passwort-zuruecksetzen#token=…: sets a new password with the link from the reset e-mail. The link
// does not sign in; afterwards the user signs in with the new password (and their second factor).
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessageKey, isApiError, issueMessages } from '../../app/api/api-client.models';
import { PageHeader } from '../../ui/page-header.component';
import { completePasswordReset, inspectPasswordReset } from './auth.api';
import { useInspectedLink } from './link-token.hook';
import { NewPasswordForm } from './new-password-form.component';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The rules of the user's organisation, shown live while typing.
  const { token, inspection } = useInspectedLink('password-reset', inspectPasswordReset);
  const complete = useMutation({
    mutationFn: completePasswordReset,
    onSuccess: () => void navigate('/anmelden', { replace: true, state: { notice: 'passwordReset' } }),
  });

  const isInvalidLink =
    !token ||
    (isApiError(complete.error) && complete.error.code === 'auth.invalid_token') ||
    (isApiError(inspection.error) && inspection.error.code === 'auth.invalid_token');
  if (isInvalidLink) {
    return (
      <Stack gap="md">
        <PageHeader title={t('resetPassword.invalidTitle')} />
        <Alert color="orange" variant="light" role="alert">
          {t('resetPassword.invalid')}
        </Alert>
        <Button component={Link} to="/passwort-vergessen">
          {t('resetPassword.requestNew')}
        </Button>
        <Text ta="center" size="sm">
          <Anchor component={Link} to="/anmelden">
            {t('common.backToSignIn')}
          </Anchor>
        </Text>
      </Stack>
    );
  }

  const problems = isApiError(complete.error) ? issueMessages(complete.error.issues, 'password') : [];
  return (
    <Stack gap="md">
      <PageHeader title={t('resetPassword.title')}>{t('resetPassword.intro')}</PageHeader>
      <NewPasswordForm
        policy={inspection.data?.passwordPolicy ?? null}
        submitLabel={t('resetPassword.submit')}
        submittingLabel={t('resetPassword.submitting')}
        isSubmitting={complete.isPending}
        passwordProblems={problems}
        formError={complete.isError && problems.length === 0 ? t(errorMessageKey(complete.error)) : null}
        onSubmit={(password) => complete.mutate({ token, password })}
      />
      <Text ta="center" size="sm">
        <Anchor component={Link} to="/anmelden">
          {t('common.backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
