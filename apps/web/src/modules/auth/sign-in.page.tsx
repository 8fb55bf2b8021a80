// /anmelden: e-mail and password, then — if the account has one — the second factor. Every refused
// sign-in shows the same message (the server answers them alike on purpose).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { notify } from '../../ui/notify';
import { PageLoader } from '../../ui/page-loader.component';
import type { Session, SecondFactorMethod } from './auth.types';
import { targetAfterSignIn, type SignInState } from './auth.models';
import { PasswordStep } from './password-step.component';
import { SecondFactorStep } from './second-factor-step.component';
import { useSessionQuery, useStoreSession } from './session.hooks';

export function SignInPage() {
  const { t } = useTranslation();
  const session = useSessionQuery();
  const storeSession = useStoreSession();
  const location = useLocation();
  const state = (location.state ?? null) as SignInState | null;
  const [secondFactorMethods, setSecondFactorMethods] = useState<SecondFactorMethod[] | null>(null);
  const [restartReason, setRestartReason] = useState<unknown>(null);

  if (session.isPending) return <PageLoader />;
  if (session.data) return <Navigate to={targetAfterSignIn(state)} replace />;

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
      onSignedIn={onSignedIn}
      onSecondFactor={(methods) => {
        setRestartReason(null);
        setSecondFactorMethods(methods);
      }}
    />
  );
}
