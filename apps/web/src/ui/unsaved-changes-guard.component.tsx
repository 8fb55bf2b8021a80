// Asks before unsaved changes are lost: leaving for another page of the app opens a dialog (focus on
// „Auf der Seite bleiben“, so Enter loses nothing); closing or reloading the tab gets the browser's own
// question. Pages that save by themselves pass `onSave`: leaving saves first and goes on without a
// question; only when saving is not possible does the dialog ask. A page that navigates away on
// purpose after saving sets `allowLeaving` first.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { AppModal } from './app-modal.component';

export function UnsavedChangesGuard({
  when,
  allowLeaving,
  onSave,
}: {
  when: boolean;
  allowLeaving?: RefObject<boolean>;
  /** Saves now; resolves false when it cannot (then the dialog asks, saying so). */
  onSave?: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && !allowLeaving?.current && currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (allowLeaving?.current) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when, allowLeaving]);

  // Saved or undone while the question was open: nothing is lost any more, the navigation goes on.
  useEffect(() => {
    if (blocker.state === 'blocked' && !when) blocker.proceed();
  }, [blocker, when]);

  // A page that saves by itself saves on the way out; the question comes only if that fails.
  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    if (!blocked || !onSave) return;
    void onSave().then((saved) => {
      if (!saved) setFailed(true);
    });
  }, [blocked, onSave]);

  if (!blocked || (onSave && !failed)) return null;
  const stay = () => {
    setFailed(false);
    blocker.reset();
  };
  return (
    <AppModal opened title={t('unsaved.title')} closeLabel={t('unsaved.stay')} onClose={stay} size="lg">
      <Stack gap="lg">
        <Text>{t('unsaved.text')}</Text>
        {failed ? (
          <Text size="sm" c="#a51d1d" role="alert">
            {t('unsaved.saveFailed')}
          </Text>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={stay} data-autofocus>
            {t('unsaved.stay')}
          </Button>
          <Button color="red.8" onClick={() => blocker.proceed()}>
            {t('unsaved.leave')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
