// /einladung#token=…: an invited user sets their password. The page first asks the server who the
// invitation is for and which password rules apply, then shows the rules live as the user types.
import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessageKey, isApiError, issueMessages } from '../../app/api/api-client.models';
import { PageHeader } from '../../ui/page-header.component';
import { PageLoader } from '../../ui/page-loader.component';
import { acceptInvitation, inspectInvitation } from './auth.api';
import { useInspectedLink } from './link-token.hook';
import { NewPasswordForm } from './new-password-form.component';
import { classifyPasswordProblems } from './password-problems.models';
import { isPasswordRuleCode } from './password-rules.component';

function InvalidInvitation() {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PageHeader title={t('invitation.invalidTitle')} />
      <Alert color="orange" variant="light" role="alert">
        {t('invitation.invalid')}
      </Alert>
      <Button component={Link} to="/anmelden" variant="light">
        {t('common.backToSignIn')}
      </Button>
    </Stack>
  );
}

export function InvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { token, inspection: invitation } = useInspectedLink('invitation', inspectInvitation);
  const accept = useMutation({
    mutationFn: acceptInvitation,
    onSuccess: () =>
      void navigate('/anmelden', {
        replace: true,
        state: { notice: 'invitationAccepted', email: invitation.data?.email },
      }),
  });

  if (!token) return <InvalidInvitation />;
  if (invitation.isPending) return <PageLoader />;
  if (invitation.isError) {
    if (isApiError(invitation.error) && invitation.error.status === 400) return <InvalidInvitation />;
    return (
      <Stack gap="md">
        <PageHeader title={t('invitation.title')} />
        <Alert color="red" variant="light" role="alert">
          {t(errorMessageKey(invitation.error))}
        </Alert>
        <Button variant="light" onClick={() => void invitation.refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  if (isApiError(accept.error) && accept.error.code === 'auth.invalid_token') return <InvalidInvitation />;

  const { data } = invitation;
  if (data.ssoOnly) {
    return (
      <Stack gap="md">
        <PageHeader title={t('invitation.ssoOnlyTitle')} />
        <Text>{t('invitation.ssoOnly', { organization: data.organizationName })}</Text>
        <Button component={Link} to="/anmelden">
          {t('common.backToSignIn')}
        </Button>
      </Stack>
    );
  }

  // Rules the server found broken are said as the checklist says them: „Ihr Passwort braucht: …“.
  const classified = isApiError(accept.error)
    ? classifyPasswordProblems(issueMessages(accept.error.issues, 'password'), data.passwordPolicy)
    : [];
  const ruleTexts = classified.flatMap((problem) =>
    'code' in problem && isPasswordRuleCode(problem.code)
      ? [
          t(`newPassword.rules.${problem.code}`, {
            count:
              problem.code === 'too_long' ? data.passwordPolicy.maxLength : data.passwordPolicy.minLength,
          }),
        ]
      : [],
  );
  const otherTexts = classified.flatMap((problem) => ('message' in problem ? [problem.message] : []));
  const problems = [
    ...(ruleTexts.length > 0 ? [`${t('newPassword.rulesHeading')} ${ruleTexts.join('; ')}.`] : []),
    ...otherTexts,
  ];
  return (
    <Stack gap="md">
      <PageHeader title={t('invitation.title')}>
        {t('invitation.intro', { organization: data.organizationName })}
      </PageHeader>
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('invitation.name')}
        </Text>
        <Text>
          {data.firstName} {data.lastName}
        </Text>
      </Stack>
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {t('common.email')}
        </Text>
        <Text style={{ overflowWrap: 'anywhere' }}>{data.email}</Text>
      </Stack>
      <NewPasswordForm
        policy={data.passwordPolicy}
        username={data.email}
        submitLabel={t('invitation.submit')}
        submittingLabel={t('invitation.submitting')}
        isSubmitting={accept.isPending}
        passwordProblems={problems}
        formError={accept.isError && problems.length === 0 ? t(errorMessageKey(accept.error)) : null}
        onSubmit={(password) => accept.mutate({ token, password })}
      />
      <Text ta="center" size="sm">
        <Anchor component={Link} to="/anmelden">
          {t('common.backToSignIn')}
        </Anchor>
      </Text>
    </Stack>
  );
}
