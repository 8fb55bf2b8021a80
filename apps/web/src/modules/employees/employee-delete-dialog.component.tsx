// Asks before an employee is deleted, naming them. When the server refuses because the person is
// still referenced (their certificates, employees they supervise, a certificate they sign), the
// dialog explains what blocks it and what to do instead — in place, not in a vanishing notification.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../app/api/api-client.models';
import { AppModal } from '../../ui/app-modal.component';
import { deleteEmployee } from './employees.api';
import { deleteBlocker, fullName } from './employees.models';
import type { EmployeeRecord } from './employees.types';

export function EmployeeDeleteDialog({
  employee,
  visibleCertificates,
  onClose,
  onDeleted,
}: {
  employee: EmployeeRecord;
  /** How many certificates about the employee the page lists (to point at them when they block). */
  visibleCertificates: number;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const name = fullName(employee);
  const remove = useMutation({ mutationFn: () => deleteEmployee(employee.id), onSuccess: onDeleted });
  const blocker = deleteBlocker(remove.error, visibleCertificates);
  const closeRef = useRef<HTMLButtonElement>(null);

  // The delete button goes away with the explanation: the focus moves to „Schließen“.
  useEffect(() => {
    if (blocker) closeRef.current?.focus();
  }, [blocker]);

  return (
    <AppModal
      opened
      title={t('employees.delete.title', { name })}
      closeLabel={t('employees.delete.cancel')}
      onClose={onClose}
      centered
    >
      <Stack gap="lg" data-testid="employee-delete-dialog">
        {blocker ? (
          <Alert color="red" variant="light" role="alert" title={t('employees.delete.blockedTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t(`employees.delete.blocked.${blocker}`)}</Text>
              <Text size="sm">{t('employees.delete.leaveHint')}</Text>
            </Stack>
          </Alert>
        ) : (
          <Text>{t('employees.delete.text', { name })}</Text>
        )}
        {remove.isError && !blocker ? (
          <Alert color="red" variant="light" role="alert">
            {t(errorMessageKey(remove.error))}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button ref={closeRef} variant="default" onClick={onClose} data-autofocus>
            {blocker ? t('employees.delete.close') : t('employees.delete.cancel')}
          </Button>
          {blocker ? null : (
            <Button color="red.8" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('employees.delete.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </AppModal>
  );
}
