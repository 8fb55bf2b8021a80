// „Mit Microsoft anmelden“: asks the server to start the sign-in (POST /auth/sso/start, which sets the
// pending login's cookie) and sends the browser to the provider's address it answers. The provider
// sends the browser back to the server, which signs in and redirects to / (or to /anmelden?fehler=sso).
import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startSsoSignIn } from './auth.api';
import { isWebAddress, ssoStartErrorKey } from './sign-in-options.models';

/** Microsoft's four squares, as a small decorative mark beside the button's text. */
function MicrosoftIcon() {
  return (
    <svg width={18} height={18} viewBox="0 0 21 21" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="9" height="9" fill="#f25022" />
      <rect x="11" y="1" width="9" height="9" fill="#7fba00" />
      <rect x="1" y="11" width="9" height="9" fill="#00a4ef" />
      <rect x="11" y="11" width="9" height="9" fill="#ffb900" />
    </svg>
  );
}

/** Thrown when the server's answer is no web address: nothing is followed then. */
class NotAWebAddressError extends Error {}

export function SsoButton({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const start = useMutation({
    mutationFn: async () => {
      const { authorizationUrl } = await startSsoSignIn(organizationId);
      if (!isWebAddress(authorizationUrl)) throw new NotAWebAddressError(authorizationUrl);
      return authorizationUrl;
    },
    // The button keeps spinning (isSuccess) until the browser has left the page.
    onSuccess: (authorizationUrl) => window.location.assign(authorizationUrl),
  });
  const { reset } = start;

  // Back from the provider with the browser's back button, the page may come from the back/forward
  // cache with the button still spinning: start afresh.
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);

  const busy = start.isPending || start.isSuccess;
  return (
    <Stack gap="xs">
      <Button
        variant="default"
        size="md"
        fullWidth
        leftSection={<MicrosoftIcon />}
        loading={busy}
        loaderProps={{ type: 'dots' }}
        onClick={() => start.mutate()}
      >
        {t('signIn.sso.button')}
      </Button>
      {busy ? (
        <Alert variant="light" color="blue" role="status" p="xs">
          {t('signIn.sso.redirecting')}
        </Alert>
      ) : null}
      {start.isError ? (
        <Alert color="red" variant="light" title={t('signIn.sso.failedTitle')} role="alert">
          {t(ssoStartErrorKey(start.error))}
        </Alert>
      ) : null}
    </Stack>
  );
}
