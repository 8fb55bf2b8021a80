// The second factors on /konto: the authenticator app, passkeys, text messages and the recovery
// codes — each with its state and what can be done with it. Set-ups open in a dialog; removing a
// factor or replacing the codes asks for the current password.
import { Alert, Badge, Button, Divider, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.component';
import { formatDateTime } from '../../ui/date-format';
import { notify } from '../../ui/notify';
import { useSession } from '../auth/session.hooks';
import { removePasskey, removeTotp, renewRecoveryCodes } from './account.api';
import { useOwnUser, usePasskeys, useRefreshAccount } from './account.hooks';
import { hasSecondFactor } from './account.models';
import type { OwnUser, Passkey, SetupMethod } from './account.types';
import { AppModal } from '../../ui/app-modal.component';
import { AccountSection } from './account-section.component';
import { ConfirmPasswordModal } from './confirm-password.component';
import { MethodSetup, setupTitleKeys } from './method-setup.component';
import { RecoveryCodes } from './recovery-codes.component';

type Confirmation =
  { kind: 'removeTotp' } | { kind: 'removePasskey'; passkey: Passkey } | { kind: 'renewCodes' };

function StateBadge({ isActive }: { isActive: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={isActive ? 'green' : 'gray'} tt="none" fw={600} miw="max-content">
      {isActive ? t('account.factors.active') : t('account.factors.inactive')}
    </Badge>
  );
}

function FactorRow({
  name,
  isActive,
  description,
  children,
  actions,
  testId,
}: {
  name: string;
  isActive: boolean | null;
  description: string;
  children?: ReactNode;
  actions: ReactNode;
  testId: string;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" data-testid={testId}>
      <Stack gap={4} style={{ flex: '1 1 20rem', minWidth: 0 }}>
        <Group gap="xs">
          <Text component="h3" fw={600} size="md" m={0}>
            {name}
          </Text>
          {isActive === null ? null : <StateBadge isActive={isActive} />}
        </Group>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        {children}
      </Stack>
      <Group gap="xs">{actions}</Group>
    </Group>
  );
}

function PasskeyList({ passkeys, onRemove }: { passkeys: Passkey[]; onRemove: (passkey: Passkey) => void }) {
  const { t, i18n } = useTranslation();
  if (passkeys.length === 0) return null;
  return (
    <Stack
      component="ul"
      gap="xs"
      mt={4}
      p={0}
      style={{ listStyle: 'none' }}
      aria-label={t('account.factors.passkeys.listLabel')}
    >
      {passkeys.map((passkey) => (
        <Group
          component="li"
          key={passkey.id}
          justify="space-between"
          wrap="nowrap"
          gap="sm"
          p="xs"
          style={{
            border: '1px solid var(--mantine-color-gray-3)',
            borderRadius: 'var(--mantine-radius-md)',
          }}
          data-testid="passkey"
        >
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text size="sm" fw={500} truncate="end">
              {passkey.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t('account.factors.passkeys.created', {
                date: formatDateTime(passkey.createdAt, i18n.language),
              })}
              {' · '}
              {passkey.lastUsedAt
                ? t('account.factors.passkeys.lastUsed', {
                    date: formatDateTime(passkey.lastUsedAt, i18n.language),
                  })
                : t('account.factors.passkeys.neverUsed')}
            </Text>
          </Stack>
          <Button
            size="xs"
            variant="default"
            onClick={() => onRemove(passkey)}
            aria-label={t('account.factors.passkeys.removeLabel', { name: passkey.name })}
          >
            {t('account.factors.passkeys.remove')}
          </Button>
        </Group>
      ))}
    </Stack>
  );
}

export function SecondFactorsSection() {
  const { t } = useTranslation();
  const session = useSession();
  const user = useOwnUser(session.user.id);
  const passkeys = usePasskeys();
  const refresh = useRefreshAccount();
  const [setupMethod, setSetupMethod] = useState<SetupMethod | null>(null);
  // The title stays while the dialog fades out.
  const lastSetupMethod = useRef<SetupMethod>('totp');
  if (setupMethod) lastSetupMethod.current = setupMethod;
  const [setupCodes, setSetupCodes] = useState<string[] | null>(null);
  const [setupRun, setSetupRun] = useState(0);
  const [confirmation, setConfirmation] = useState<Confirmation | null>(null);
  const [renewedCodes, setRenewedCodes] = useState<string[] | null>(null);
  // The dialog keeps its texts while it fades out.
  const lastConfirmation = useRef<Confirmation>({ kind: 'removeTotp' });
  if (confirmation) lastConfirmation.current = confirmation;

  const openSetup = (method: SetupMethod) => {
    setSetupCodes(null);
    setSetupRun((run) => run + 1);
    setSetupMethod(method);
  };
  const finishSetup = () => {
    const method = lastSetupMethod.current;
    setSetupMethod(null);
    notify({
      kind: 'success',
      message: t(
        method === 'totp'
          ? 'account.totp.done'
          : method === 'sms'
            ? 'account.phone.done'
            : 'account.passkey.done',
      ),
    });
    void refresh();
  };

  const body = () => {
    if (user.isError) {
      return (
        <ErrorState title={t('account.loadFailed')} error={user.error} onRetry={() => void user.refetch()} />
      );
    }
    if (user.isPending) {
      return (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={48} />
          <Skeleton height={48} />
          <Skeleton height={48} />
        </Stack>
      );
    }
    const own: OwnUser = user.data;
    const factors = own.secondFactors;
    return (
      <Stack gap="md">
        {hasSecondFactor(own) ? null : (
          <Alert color="orange" variant="light" data-testid="no-second-factor">
            {t('account.factors.none')}
          </Alert>
        )}
        <FactorRow
          testId="factor-totp"
          name={t('account.factors.totp.name')}
          isActive={factors.totp}
          description={t('account.factors.totp.description')}
          actions={
            factors.totp ? (
              <>
                <Button variant="default" size="sm" onClick={() => openSetup('totp')}>
                  {t('account.factors.totp.replace')}
                </Button>
                <Button
                  variant="default"
                  size="sm"
                  onClick={() => setConfirmation({ kind: 'removeTotp' })}
                  aria-label={t('account.factors.totp.removeLabel')}
                >
                  {t('account.factors.totp.remove')}
                </Button>
              </>
            ) : (
              <Button size="sm" onClick={() => openSetup('totp')}>
                {t('account.factors.totp.setUp')}
              </Button>
            )
          }
        />
        <Divider />
        <FactorRow
          testId="factor-passkeys"
          name={t('account.factors.passkeys.name')}
          isActive={factors.passkeys > 0}
          description={t('account.factors.passkeys.description')}
          actions={
            <Button
              size="sm"
              variant={factors.passkeys > 0 ? 'default' : 'filled'}
              onClick={() => openSetup('passkey')}
            >
              {t('account.factors.passkeys.add')}
            </Button>
          }
        >
          {passkeys.data ? (
            <PasskeyList
              passkeys={passkeys.data}
              onRemove={(passkey) => setConfirmation({ kind: 'removePasskey', passkey })}
            />
          ) : null}
        </FactorRow>
        <Divider />
        <FactorRow
          testId="factor-sms"
          name={t('account.factors.sms.name')}
          isActive={factors.sms}
          description={t('account.factors.sms.description')}
          actions={
            <Button size="sm" variant="default" onClick={() => openSetup('sms')}>
              {factors.sms ? t('account.factors.sms.change') : t('account.factors.sms.setUp')}
            </Button>
          }
        >
          {factors.sms && own.phone ? (
            <Text size="sm">{t('account.factors.sms.number', { phone: own.phone })}</Text>
          ) : null}
          <Text size="sm">{t('account.factors.sms.weakest')}</Text>
        </FactorRow>
        {hasSecondFactor(own) || factors.recoveryCodesLeft > 0 ? (
          <>
            <Divider />
            <FactorRow
              testId="factor-recovery-codes"
              name={t('account.factors.recovery.name')}
              isActive={null}
              description={t('account.factors.recovery.description')}
              actions={
                <Button size="sm" variant="default" onClick={() => setConfirmation({ kind: 'renewCodes' })}>
                  {t('account.factors.recovery.renew')}
                </Button>
              }
            >
              <Text size="sm" fw={500} data-testid="recovery-codes-left">
                {t('account.factors.recovery.left', { count: factors.recoveryCodesLeft })}
              </Text>
            </FactorRow>
          </>
        ) : null}
      </Stack>
    );
  };

  const confirmationProps = (() => {
    const shown = lastConfirmation.current;
    if (shown.kind === 'removePasskey') {
      const { passkey } = shown;
      return {
        title: t('account.factors.passkeys.removeLabel', { name: passkey.name }),
        text: t('account.confirmPassword.removePasskeyText'),
        confirmLabel: t('account.factors.passkeys.remove'),
        danger: true,
        action: (currentPassword: string) => removePasskey({ id: passkey.id, currentPassword }),
        done: () =>
          notify({ kind: 'success', message: t('account.factors.passkeys.removed', { name: passkey.name }) }),
      };
    }
    if (shown.kind === 'renewCodes') {
      return {
        title: t('account.confirmPassword.renewTitle'),
        text: t('account.confirmPassword.renewText'),
        confirmLabel: t('account.confirmPassword.renew'),
        danger: false,
        action: async (currentPassword: string) => (await renewRecoveryCodes(currentPassword)).recoveryCodes,
        done: (codes: unknown) => setRenewedCodes(codes as string[]),
      };
    }
    return {
      title: t('account.factors.totp.removeLabel'),
      text: t('account.confirmPassword.removeTotpText'),
      confirmLabel: t('account.factors.totp.remove'),
      danger: true,
      action: (currentPassword: string) => removeTotp(currentPassword),
      done: () => notify({ kind: 'success', message: t('account.factors.totp.removed') }),
    };
  })();

  return (
    <AccountSection
      title={t('account.factors.heading')}
      intro={t('account.factors.intro')}
      testId="second-factors"
    >
      {body()}
      <AppModal
        opened={setupMethod !== null}
        onClose={() => setSetupMethod(null)}
        title={t(setupTitleKeys[lastSetupMethod.current])}
        size="lg"
        isDismissible={!setupCodes}
        closeLabel={t('account.setup.cancel')}
      >
        {setupCodes ? (
          <RecoveryCodes codes={setupCodes} onDone={finishSetup} headingOrder={3} />
        ) : (
          <MethodSetup
            key={setupRun}
            method={lastSetupMethod.current}
            replacesTotp={user.data?.secondFactors.totp ?? false}
            cancelLabel={t('account.setup.cancel')}
            onCancel={() => setSetupMethod(null)}
            onEnrolled={(answer) => {
              if (answer.recoveryCodes && answer.recoveryCodes.length > 0)
                setSetupCodes(answer.recoveryCodes);
              else finishSetup();
            }}
          />
        )}
      </AppModal>
      <ConfirmPasswordModal<unknown>
        opened={confirmation !== null}
        title={confirmationProps.title}
        text={confirmationProps.text}
        confirmLabel={confirmationProps.confirmLabel}
        danger={confirmationProps.danger}
        action={confirmationProps.action}
        onDone={(result) => {
          setConfirmation(null);
          confirmationProps.done(result);
          void refresh();
        }}
        onClose={() => setConfirmation(null)}
      />
      <AppModal
        opened={renewedCodes !== null}
        onClose={() => {}}
        title={t('account.confirmPassword.renewTitle')}
        size="lg"
        isDismissible={false}
        closeLabel={t('account.setup.cancel')}
      >
        {renewedCodes ? (
          <RecoveryCodes
            codes={renewedCodes}
            headingOrder={3}
            onDone={() => {
              setRenewedCodes(null);
              notify({ kind: 'success', message: t('account.factors.recovery.renewed') });
            }}
          />
        ) : null}
      </AppModal>
    </AccountSection>
  );
}
