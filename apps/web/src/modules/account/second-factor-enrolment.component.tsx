// The set-up a tenant that requires a second factor asks for right after sign-in (the session gate
// shows it instead of the app): choose a method, set it up, keep the recovery codes — then the
// session is read again, no longer „enrol first“, and the app opens at the page the user asked for.
import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.component';
import { sessionQueryKey, useSession } from '../auth/session.hooks';
import type { SetupMethod } from './account.types';
import { MethodSetup, setupTitleKeys } from './method-setup.component';
import { RecoveryCodes } from './recovery-codes.component';
import { isPasskeySupported } from './webauthn.services';

const methods: SetupMethod[] = ['totp', 'passkey', 'sms'];

const optionTexts = {
  totp: { name: 'account.factors.totp.name', description: 'account.factors.totp.description' },
  passkey: { name: 'account.factors.passkeys.name', description: 'account.factors.passkeys.description' },
  sms: { name: 'account.factors.sms.name', description: 'account.factors.sms.weakest' },
} as const;

function MethodOption({ method, onChoose }: { method: SetupMethod; onChoose: () => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const descriptionId = useId();
  const isUnsupported = method === 'passkey' && !isPasskeySupported();
  return (
    <Paper component="li" withBorder radius="md" p="md" data-testid={`enrol-${method}`}>
      <Group justify="space-between" wrap="nowrap" align="center" gap="md">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Title order={3} size="h5" id={headingId}>
              {t(optionTexts[method].name)}
            </Title>
            {method === 'totp' ? (
              <Badge variant="light" color="green" tt="none" fw={600}>
                {t('account.enrolment.recommended')}
              </Badge>
            ) : null}
          </Group>
          <Text size="sm" c="dimmed" id={descriptionId}>
            {isUnsupported ? t('account.passkeyProblems.unsupported') : t(optionTexts[method].description)}
          </Text>
        </Stack>
        {isUnsupported ? null : (
          <Button
            variant={method === 'totp' ? 'filled' : 'default'}
            onClick={onChoose}
            aria-describedby={descriptionId}
            style={{ flexShrink: 0 }}
          >
            {t('account.enrolment.start')}
            <VisuallyHidden>: {t(optionTexts[method].name)}</VisuallyHidden>
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function SecondFactorEnrolment() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const [method, setMethod] = useState<SetupMethod | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [isFinishing, setFinishing] = useState(false);
  const setupHeadingRef = useRef<HTMLHeadingElement>(null);
  const choiceHeadingRef = useRef<HTMLHeadingElement>(null);
  const hasChosen = useRef(false);
  const setupHeadingId = useId();
  const choiceHeadingId = useId();

  // Keyboard and screen-reader users start at the new step's heading.
  useEffect(() => {
    if (method) setupHeadingRef.current?.focus();
    else if (hasChosen.current) choiceHeadingRef.current?.focus();
  }, [method]);

  const finish = () => {
    setFinishing(true);
    // The session now has a second factor: reading it again lets the gate open.
    void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('account.enrolment.title')}>
        {t('account.enrolment.intro', { organization: session.organization.name })}
      </PageHeader>
      {codes ? (
        <Paper withBorder radius="md" p="lg">
          <RecoveryCodes codes={codes} onDone={finish} isFinishing={isFinishing} />
        </Paper>
      ) : method ? (
        <Paper component="section" withBorder radius="md" p="lg" aria-labelledby={setupHeadingId}>
          <Title
            order={2}
            size="h4"
            mb="md"
            id={setupHeadingId}
            ref={setupHeadingRef}
            tabIndex={-1}
            style={{ outline: 'none' }}
          >
            {t(setupTitleKeys[method])}
          </Title>
          <MethodSetup
            method={method}
            cancelLabel={t('account.setup.chooseOther')}
            onCancel={() => setMethod(null)}
            onEnrolled={(answer) => {
              if (answer.recoveryCodes && answer.recoveryCodes.length > 0) setCodes(answer.recoveryCodes);
              else finish();
            }}
          />
        </Paper>
      ) : (
        <section aria-labelledby={choiceHeadingId}>
          <Title
            order={2}
            size="h4"
            mb="sm"
            id={choiceHeadingId}
            ref={choiceHeadingRef}
            tabIndex={-1}
            style={{ outline: 'none' }}
          >
            {t('account.enrolment.choose')}
          </Title>
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {methods.map((option) => (
              <MethodOption
                key={option}
                method={option}
                onChoose={() => {
                  hasChosen.current = true;
                  setMethod(option);
                }}
              />
            ))}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
