// The dialogs of the admin pages: Mantine's modal composed so that its head is no <header> (axe counts
// a <header> inside role="dialog" as a second banner landmark next to the app's), with the close
// button labelled in the user's language.
import { Modal, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';

export function AdminModal({
  title,
  closeLabel,
  onClose,
  size = 'md',
  centered = false,
  children,
}: {
  title: string;
  closeLabel: string;
  onClose: () => void;
  size?: MantineSize;
  centered?: boolean;
  children: ReactNode;
}) {
  return (
    <Modal.Root opened onClose={onClose} size={size} centered={centered}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={650} fz="lg">
            {title}
          </Modal.Title>
          <Modal.CloseButton aria-label={closeLabel} />
        </Modal.Header>
        <Modal.Body>{children}</Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
