// The recovery codes, shown once after the first factor is set up (or renewed): the list, a text file
// to download, a copy button, and „Ich habe die Codes sicher aufbewahrt“ to go on. The heading takes
// the focus when the codes appear, so that screen-reader users hear what they must keep.
import { Alert, Button, CopyButton, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/date-format';
import { CheckIcon } from '../../ui/icons';
import { useSession } from '../auth/session.hooks';
import { localCalendarDate, recoveryCodesFileName, recoveryCodesFileText } from './account.models';

/** Offers `text` as a file download (a Blob URL, released right after the click). */
function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function RecoveryCodes({
  codes,
  onDone,
  headingOrder = 2,
  isFinishing = false,
}: {
  codes: readonly string[];
  onDone: () => void;
  headingOrder?: 2 | 3;
  isFinishing?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listId = useId();
  useEffect(() => headingRef.current?.focus(), []);

  const download = () => {
    const now = new Date();
    const text = recoveryCodesFileText({
      codes,
      heading: t('account.recoveryCodes.fileHeading'),
      details: [
        t('account.recoveryCodes.fileAccount', {
          email: session.user.email,
          organization: session.organization.name,
        }),
        t('account.recoveryCodes.fileCreated', {
          date: formatDate(localCalendarDate(now), i18n.language),
        }),
        t('account.recoveryCodes.fileUse'),
      ],
    });
    downloadTextFile(recoveryCodesFileName(t('account.recoveryCodes.fileName'), now), text);
  };

  return (
    <Stack gap="md" data-testid="recovery-codes">
      <Title order={headingOrder} size="h4" ref={headingRef} tabIndex={-1} style={{ outline: 'none' }}>
        {t('account.recoveryCodes.title')}
      </Title>
      <Alert color="orange" variant="light">
        {t('account.recoveryCodes.intro')}
      </Alert>
      <Text id={listId} size="sm" fw={600}>
        {t('account.recoveryCodes.listLabel')}
      </Text>
      <SimpleGrid
        component="ol"
        aria-labelledby={listId}
        cols={{ base: 1, xs: 2 }}
        spacing="xs"
        verticalSpacing={6}
        style={{ margin: 0, paddingLeft: '1.75rem' }}
      >
        {codes.map((code) => (
          <li key={code}>
            <Text
              component="code"
              ff="monospace"
              fz="sm"
              data-testid="recovery-code"
              style={{ overflowWrap: 'anywhere' }}
            >
              {code}
            </Text>
          </li>
        ))}
      </SimpleGrid>
      <Group gap="sm">
        <Button variant="default" onClick={download}>
          {t('account.recoveryCodes.download')}
        </Button>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              onClick={copy}
              leftSection={copied ? <CheckIcon size={14} /> : undefined}
              aria-live="polite"
            >
              {copied ? t('account.recoveryCodes.copied') : t('account.recoveryCodes.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onDone} loading={isFinishing}>
          {t('account.recoveryCodes.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
