// The dialogs of the app: Mantine's modal, composed so that its head is no <header> (axe
// counts a <header> inside role="dialog" as a second banner landmark next to the app's), with the
// close button labelled in the user's language. A dialog that must not be dismissed (while recovery
// codes are shown once) has no close button and ignores Escape and clicks outside.
import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

export function AppModal({
  opened,
  onClose,
  title,
  closeLabel,
  isDismissible = true,
  size = 'md',
  centered = false,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: string;
  closeLabel: string;
  isDismissible?: boolean;
  size?: MantineSize;
  centered?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal.Root
      opened={opened}
      onClose={isDismissible ? onClose : () => {}}
      closeOnEscape={isDismissible}
      closeOnClickOutside={isDismissible}
      size={size}
      centered={centered}
    >
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={650} fz="lg">
            {title}
          </Modal.Title>
          {isDismissible ? <Modal.CloseButton aria-label={closeLabel} /> : null}
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
