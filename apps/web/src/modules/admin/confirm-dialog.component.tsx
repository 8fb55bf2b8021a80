// Asks before a change that is hard to take back (deactivate a user, delete a role). The focus starts
// on „Abbrechen“, so Enter alone never confirms.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../ui/app-modal.component';

export function ConfirmDialog({
  title,
  text,
  confirmLabel,
  isDestructive = true,
  isPending,
  onConfirm,
  onClose,
}: {
  title: string;
  text: string;
  confirmLabel: string;
  isDestructive?: boolean;
  isPending: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <AppModal opened title={title} closeLabel={t('admin.common.cancel')} onClose={onClose} centered>
      <Stack gap="lg">
        <Text>{text}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('admin.common.cancel')}
          </Button>
          <Button color={isDestructive ? 'red.8' : undefined} loading={isPending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
