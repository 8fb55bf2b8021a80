// /anmelden: e-mail and password, then — if the account has one — the second factor. Every refused
// sign-in shows the same message (the server answers them alike on purpose). Whether to offer
// „Mit Microsoft anmelden“ is asked once (GET /auth/sign-in-options) for the organisation of the page's
// link (/anmelden?organisation=<id>, remembered in this tab) or the installation's only one.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/page-loader.component';
import type { Session, SecondFactorMethod } from './auth.types';
import { targetAfterSignIn, type SignInState } from './auth.models';
import { fetchSignInOptions } from './auth.api';
import { PasswordStep, type SsoOffer } from './password-step.component';
import { errorParam, organisationParam, signInOrganisationId, ssoErrorValue } from './sign-in-options.models';
import { SecondFactorStep } from './second-factor-step.component';
import { useSessionQuery, useStoreSession } from './session.hooks';

/** Where the tab remembers the organisation of the sign-in link (see signInOrganisationId). */
const rememberedOrganisationKey = 'zeugnisdesk.signIn.organisation';

function readRemembered(): string | null {
  try {
    return window.sessionStorage.getItem(rememberedOrganisationKey);
  } catch {
    return null;
  }
}

function remember(organizationId: string): void {
  try {
    window.sessionStorage.setItem(rememberedOrganisationKey, organizationId);
  } catch {
    // Storage may be off (private mode): the link then works for this page load only.
  }
}

/** The sign-in options of the page's organisation; an error just means: no button. */
function useSsoOffer(): { isPending: boolean; offer: SsoOffer | null } {
  const [searchParams] = useSearchParams();
  const fromAddress = searchParams.get(organisationParam);
  const [organizationId] = useState(() => signInOrganisationId(fromAddress, readRemembered()));
  useEffect(() => {
    if (organizationId && fromAddress) remember(organizationId);
  }, [organizationId, fromAddress]);
  const options = useQuery({
    queryKey: ['sign-in-options', organizationId ?? null],
    queryFn: ({ signal }) => fetchSignInOptions(organizationId, signal),
    staleTime: Infinity,
    retry: 1,
  });
  const { organization, sso } = options.data ?? { organization: null, sso: null };
  return {
    isPending: options.isPending,
    offer:
      organization && sso
        ? { organizationId: organization.id, organizationName: organization.name, only: sso.only }
        : null,
  };
}

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSessionQuery();
  const storeSession = useStoreSession();
  const location = useLocation();
  const state = (location.state ?? null) as SignInState | null;
  const [secondFactorMethods, setSecondFactorMethods] = useState<SecondFactorMethod[] | null>(null);
  const [restartReason, setRestartReason] = useState<unknown>(null);
  const sso = useSsoOffer();
  // The SSO callback's failure marker is read once, then taken out of the address (a reload or a
  // bookmark must not show the message again).
  const [searchParams, setSearchParams] = useSearchParams();
  const [ssoFailed] = useState(() => searchParams.get(errorParam) === ssoErrorValue);
  useEffect(() => {
    if (!searchParams.has(errorParam)) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(errorParam);
        return next;
      },
      { replace: true, state: location.state },
    );
  }, [searchParams, setSearchParams, location.state]);

  if (session.isPending) return <PageLoader />;
  if (session.data) return <Navigate to={targetAfterSignIn(state)} replace />;
  // Both are asked at once; waiting for the options keeps the form from jumping down under the cursor.
  if (sso.isPending) return <PageLoader />;

  const onSignedIn = (signedIn: Session) => {
    notify({
      kind: 'success',
      message: t('signIn.welcome', { name: `${signedIn.user.firstName} ${signedIn.user.lastName}` }),
    });
    // Storing the session re-renders this page, which then leads on to the target.
    storeSession(signedIn);
  };

  if (secondFactorMethods) {
    return (
      <SecondFactorStep
        methods={secondFactorMethods}
        onSignedIn={onSignedIn}
        onRestart={(reason) => {
          setRestartReason(reason ?? null);
          setSecondFactorMethods(null);
        }}
      />
    );
  }
  return (
    <PasswordStep
      initialEmail={state?.email ?? ''}
      notice={state?.notice ?? null}
      restartReason={restartReason}
      sso={sso.offer}
      ssoFailed={ssoFailed && restartReason === null}
      onSignedIn={onSignedIn}
      onSecondFactor={(methods) => {
        setRestartReason(null);
        setSecondFactorMethods(methods);
      }}
    />
  );
}
