// Warns before unsaved changes are lost: leaving for another page of the app asks first (react-router's
// blocker and a dialog whose focus starts on „Auf der Seite bleiben“); closing or reloading the tab
// gets the browser's own question (beforeunload).
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { AdminModal } from '../admin/admin-modal.component';

export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need a return value to ask at all; none shows it any more.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  // Saved in the meantime (or the changes were discarded): let a blocked navigation go on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !when) blocker.proceed();
  }, [blocker, when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <AdminModal
      title={t('organization.unsaved.title')}
      closeLabel={t('organization.unsaved.stay')}
      onClose={() => blocker.reset()}
      size="lg"
      centered
    >
      <Stack gap="lg">
        <Text>{t('organization.unsaved.text')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => blocker.reset()} data-autofocus>
            {t('organization.unsaved.stay')}
          </Button>
          <Button color="red.8" onClick={() => blocker.proceed()}>
            {t('organization.unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </AdminModal>
  );
}
