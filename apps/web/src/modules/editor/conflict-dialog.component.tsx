// Someone else saved the certificate while this user was editing. Nothing is overwritten silently: the
// user loads the other version (losing their unsaved edits) or keeps theirs and saves over it, knowingly.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../ui/app-modal.component';

export function ConflictDialog({
  opened,
  onResolve,
}: {
  opened: boolean;
  onResolve: (choice: 'theirs' | 'mine') => Promise<void>;
}) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<'theirs' | 'mine' | null>(null);
  const resolve = (choice: 'theirs' | 'mine') => {
    setPending(choice);
    void onResolve(choice).finally(() => setPending(null));
  };
  return (
    <AppModal
      opened={opened}
      onClose={() => {}}
      isDismissible={false}
      title={t('editor.conflict.title')}
      closeLabel=""
    >
      <Stack gap="sm" data-testid="conflict-dialog">
        <Text size="sm">{t('editor.conflict.text')}</Text>
        <Text size="sm">{t('editor.conflict.choice')}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" loading={pending === 'theirs'} onClick={() => resolve('theirs')}>
            {t('editor.conflict.loadTheirs')}
          </Button>
          <Button color="red" loading={pending === 'mine'} onClick={() => resolve('mine')}>
            {t('editor.conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
