// Asks before unsaved changes are lost: inside the app (a link, back, „Abbrechen“) with a dialog, and
// when the tab is closed or reloaded with the browser's own question (beforeunload). A save that
// navigates away on purpose sets `allowLeaving` first.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { AdminModal } from '../admin/admin-modal.component';

export function UnsavedChangesGuard({
  isDirty,
  allowLeaving,
}: {
  isDirty: boolean;
  /** True once the changes are saved (or deliberately dropped): the next navigation is not asked about. */
  allowLeaving: RefObject<boolean>;
}) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirty &&
      !allowLeaving.current &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (allowLeaving.current) return;
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty, allowLeaving]);

  // The changes were saved or undone while the question was open: nothing is lost any more.
  useEffect(() => {
    if (blocker.state === 'blocked' && !isDirty) blocker.proceed();
  }, [blocker, isDirty]);

  if (blocker.state !== 'blocked') return null;
  return (
    <AdminModal
      title={t('employees.unsaved.title')}
      closeLabel={t('employees.unsaved.stay')}
      onClose={() => blocker.reset()}
      centered
    >
      <Stack gap="lg">
        <Text>{t('employees.unsaved.text')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => blocker.reset()} data-autofocus>
            {t('employees.unsaved.stay')}
          </Button>
          <Button color="red.8" onClick={() => blocker.proceed()}>
            {t('employees.unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </AdminModal>
  );
}
