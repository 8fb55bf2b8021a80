// Notifications for the outcome of an action, in one place: the colour says success or failure, and
// the close button is labelled in the user's language (Mantine leaves it unnamed).
import { notifications } from '@mantine/notifications';
import i18n from 'i18next';

export type NotificationKind = 'success' | 'error' | 'warning';

const colors: Record<NotificationKind, string> = { success: 'green', error: 'red', warning: 'orange' };

export function notify({
  kind,
  message,
  title,
  id,
  autoClose = kind === 'error' ? 10_000 : 5_000,
}: {
  kind: NotificationKind;
  message: string;
  title?: string;
  id?: string;
  autoClose?: number;
}): void {
  notifications.show({
    color: colors[kind],
    message,
    autoClose,
    ...(title ? { title } : {}),
    ...(id ? { id } : {}),
    closeButtonProps: { 'aria-label': i18n.t('common.closeNotification') },
  });
}
