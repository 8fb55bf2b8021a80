// /uebergabe — the page a handover's recipient opens from the e-mail (no account). It reads the link's
// fragment once and removes it from the address bar, exchanges it for a handover session (a cookie),
// asks for the one-time code when required, and then shows the editor's steps with only the granted
// sections (hidden, read-only or editable), saving in the background, until the recipient hands the
// certificate back to HR.
import { Alert, Box, Button, Container, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../app/api/api-client.models';
import { LanguageMenu } from '../../ui/language-menu.component';
import { PageHeader } from '../../ui/page-header.component';
import { getRecipientView, openHandoverSession, sendHandoverCode, verifyHandoverCode } from './handover.api';
import {
  cleanCode,
  codePattern,
  maxCodeAttempts,
  parseHandoverFragment,
  recipientProblem,
} from './handover.models';
import type { HandoverCodeChannel, RecipientView } from './handover.types';
import { RecipientWorkspace } from './recipient-workspace.component';

type Phase =
  | { kind: 'opening' }
  | { kind: 'invalid' }
  | { kind: 'code'; channel: HandoverCodeChannel | null; destination: string | null }
  | { kind: 'locked' }
  | { kind: 'ready'; view: RecipientView }
  | { kind: 'finished' }
  | { kind: 'error' };

/** A refused session or view: the link is unusable (one message for every reason) or a code is due. */
function phaseOfError(error: unknown): Phase {
  const problem = recipientProblem(error);
  if (problem === 'codeRequired') return { kind: 'code', channel: null, destination: null };
  if (problem === 'invalidLink' || problem === 'sessionRequired') return { kind: 'invalid' };
  if (isApiError(error) && (error.status === 400 || error.status === 404)) return { kind: 'invalid' };
  return { kind: 'error' };
}

function InvalidLink() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('handover.recipient.invalidTitle')} />
      <Alert color="red" variant="light" role="alert" data-testid="handover-invalid">
        {t('handover.recipient.invalid')}
      </Alert>
    </>
  );
}

function Loading({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('handover.recipient.title')} />
      <Group gap="sm" role="status">
        <Loader size="sm" aria-hidden="true" />
        <Text>{label}</Text>
      </Group>
    </>
  );
}

function CodeStep({
  channel,
  destination,
  onVerified,
  onLocked,
  onInvalid,
}: {
  channel: HandoverCodeChannel | null;
  destination: string | null;
  onVerified: () => void;
  onLocked: () => void;
  onInvalid: () => void;
}) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const [sending, setSending] = useState(false);
  const [verifying, setVerifying] = useState(false);
  const [code, setCode] = useState('');
  const [failures, setFailures] = useState(0);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const codeInput = useRef<HTMLInputElement>(null);

  const send = async () => {
    setSending(true);
    setMessage(null);
    try {
      await sendHandoverCode();
      setSent(true);
      setMessage({ kind: 'info', text: t('handover.recipient.codeSent') });
      requestAnimationFrame(() => codeInput.current?.focus());
    } catch (error) {
      if (recipientProblem(error) === 'invalidLink') onInvalid();
      else if (isApiError(error) && error.status === 429)
        setMessage({ kind: 'error', text: t('handover.recipient.tooManySends') });
      else setMessage({ kind: 'error', text: t('errors.unknown') });
    } finally {
      setSending(false);
    }
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    if (!codePattern.test(code)) {
      setFieldError(t('handover.recipient.codeFormat'));
      codeInput.current?.focus();
      return;
    }
    setVerifying(true);
    setFieldError(null);
    try {
      await verifyHandoverCode(code);
      onVerified();
    } catch (error) {
      const problem = recipientProblem(error);
      if (problem === 'invalidCode') {
        const count = failures + 1;
        setFailures(count);
        if (count >= maxCodeAttempts) {
          onLocked();
          return;
        }
        setFieldError(
          `${t('handover.recipient.wrongCode')} ${t('handover.recipient.attemptsLeft', { count: maxCodeAttempts - count })}`,
        );
        setCode('');
        codeInput.current?.focus();
      } else if (problem === 'invalidLink') {
        if (failures > 0) onLocked();
        else onInvalid();
      } else if (isApiError(error) && error.status === 429) {
        setFieldError(t('errors.rateLimited'));
      } else {
        setFieldError(t('errors.unknown'));
      }
    } finally {
      setVerifying(false);
    }
  };

  return (
    <>
      <PageHeader title={t('handover.recipient.codeTitle')} />
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} maw={520}>
        <Stack gap="md">
          <Text>
            {channel && destination
              ? t('handover.recipient.codeIntro', {
                  channel: t(`handover.recipient.codeChannels.${channel}`),
                  destination,
                })
              : t('handover.recipient.codeHint')}
          </Text>
          {message ? (
            <Alert
              color={message.kind === 'error' ? 'red' : 'green'}
              variant="light"
              role={message.kind === 'error' ? 'alert' : 'status'}
            >
              {message.text}
            </Alert>
          ) : null}
          <Group>
            <Button variant={sent ? 'default' : 'filled'} loading={sending} onClick={() => void send()}>
              {sent ? t('handover.recipient.sendAgain') : t('handover.recipient.sendCode')}
            </Button>
          </Group>
          <form onSubmit={(event) => void verify(event)} noValidate>
            <Stack gap="sm">
              <TextInput
                ref={codeInput}
                label={t('handover.recipient.codeLabel')}
                description={t('handover.recipient.codeHint')}
                value={code}
                onChange={(event) => {
                  setCode(cleanCode(event.currentTarget.value));
                  setFieldError(null);
                }}
                error={fieldError}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                styles={{
                  input: { maxWidth: 220, letterSpacing: '0.3em', fontVariantNumeric: 'tabular-nums' },
                }}
              />
              <Group>
                <Button type="submit" loading={verifying}>
                  {t('handover.recipient.confirm')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </>
  );
}

export function HandoverRecipientPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // Read once: the secret must not stay in the address bar, the history or a screenshot.
  const [link] = useState(() => parseHandoverFragment(location.hash));
  const [hadFragment] = useState(() => location.hash !== '');
  const [phase, setPhase] = useState<Phase>({ kind: 'opening' });
  const started = useRef(false);

  useEffect(() => {
    if (location.hash !== '') {
      void navigate(
        { pathname: location.pathname, search: location.search },
        { replace: true, state: location.state },
      );
    }
  }, [location.hash, location.pathname, location.search, location.state, navigate]);

  const loadView = async () => {
    try {
      setPhase({ kind: 'ready', view: await getRecipientView() });
    } catch (error) {
      setPhase(phaseOfError(error));
    }
  };

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void (async () => {
      if (link) {
        try {
          const answer = await openHandoverSession(link.id, link.secret);
          if (answer.status === 'code_required') {
            setPhase({ kind: 'code', channel: answer.channel, destination: answer.destination });
            return;
          }
        } catch (error) {
          setPhase(phaseOfError(error));
          return;
        }
      } else if (hadFragment) {
        setPhase({ kind: 'invalid' });
        return;
      }
      // Without a fragment (a reload): the handover session's cookie may still be there.
      await loadView();
    })();
  }, [link, hadFragment]);

  let body;
  switch (phase.kind) {
    case 'opening':
      body = <Loading label={t('handover.recipient.opening')} />;
      break;
    case 'invalid':
      body = <InvalidLink />;
      break;
    case 'locked':
      body = (
        <>
          <PageHeader title={t('handover.recipient.invalidTitle')} />
          <Alert color="red" variant="light" role="alert" data-testid="handover-locked">
            {t('handover.recipient.locked')}
          </Alert>
        </>
      );
      break;
    case 'code':
      body = (
        <CodeStep
          channel={phase.channel}
          destination={phase.destination}
          onVerified={() => {
            setPhase({ kind: 'opening' });
            void loadView();
          }}
          onLocked={() => setPhase({ kind: 'locked' })}
          onInvalid={() => setPhase({ kind: 'invalid' })}
        />
      );
      break;
    case 'ready':
      body = (
        <RecipientWorkspace
          view={phase.view}
          onFinished={() => setPhase({ kind: 'finished' })}
          onSessionLost={(error) => setPhase(phaseOfError(error))}
        />
      );
      break;
    case 'finished':
      body = (
        <>
          <PageHeader title={t('handover.recipient.thanksTitle')} />
          <Alert color="green" variant="light" role="status" data-testid="handover-thanks">
            {t('handover.recipient.thanks')}
          </Alert>
        </>
      );
      break;
    case 'error':
      body = (
        <>
          <PageHeader title={t('handover.recipient.title')} />
          <Alert color="red" variant="light" role="alert">
            <Stack gap="sm">
              <Text size="sm">{t('errors.unknown')}</Text>
              <Group>
                <Button size="xs" variant="default" onClick={() => window.location.reload()}>
                  {t('common.retry')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        </>
      );
      break;
  }

  return (
    <Box bg="gray.0" mih="100dvh">
      <Group
        component="header"
        justify="space-between"
        px="lg"
        py="sm"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text fw={700} size="lg" c="brand.9">
          {t('app.name')}
        </Text>
        <LanguageMenu />
      </Group>
      <Container component="main" size="xl" py="xl" px={{ base: 'md', sm: 'lg' }}>
        {body}
      </Container>
    </Box>
  );
}
