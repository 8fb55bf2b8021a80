// Leaving the editor with edits that are not saved yet: the browser asks on reload or close, and a
// navigation inside the app asks here — save and leave, leave without saving, or stay.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { AppModal } from '../../ui/app-modal.component';

export function UnsavedChangesGuard({ when, onSave }: { when: boolean; onSave: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  const blocked = blocker.state === 'blocked';
  return (
    <AppModal
      opened={blocked}
      onClose={() => {
        setFailed(false);
        blocker.reset?.();
      }}
      title={t('editor.leave.title')}
      closeLabel={t('editor.leave.stay')}
    >
      <Stack gap="sm">
        <Text size="sm">{t('editor.leave.text')}</Text>
        {failed ? (
          <Text size="sm" c="red.9" role="alert">
            {t('editor.leave.saveFailed')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => blocker.reset?.()}>
            {t('editor.leave.stay')}
          </Button>
          <Button variant="light" color="red" onClick={() => blocker.proceed?.()}>
            {t('editor.leave.discard')}
          </Button>
          <Button
            loading={saving}
            onClick={() => {
              setSaving(true);
              void onSave()
                .then((saved) => {
                  if (saved) blocker.proceed?.();
                  else setFailed(true);
                })
                .finally(() => setSaving(false));
            }}
          >
            {t('editor.leave.saveAndLeave')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
