// /verwaltung/rollen: the organisation's roles with what each may do; creating, changing and deleting
// (after a confirmation) need the area „Rollen“ with „Bearbeiten“. The „Administrator“ role is fixed.
import {
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { useSession } from '../auth/session.hooks';
import { deleteRole } from './admin.api';
import { adminKeys, useRoles } from './admin.hooks';
import { canWrite } from '../../app/access.models';
import { adminErrorKey, countPermissions } from './admin.models';
import type { Role } from './admin.types';
import { AdminBreadcrumbs } from './admin-breadcrumbs.component';
import { ConfirmDialog } from './confirm-dialog.component';
import { RoleFormDialog } from './role-form.component';
import { TableScroll } from './table-scroll.component';

type Dialog = { role: Role | null; readOnly: boolean } | null;

function RoleSummary({ role }: { role: Role }) {
  const { t } = useTranslation();
  if (role.isAdministrator) return <>{t('admin.roles.administratorSummary')}</>;
  const { write, read } = countPermissions(role.permissions);
  if (write + read === 0) return <>{t('admin.roles.summaryNone')}</>;
  return (
    <>
      {t('admin.roles.summary', {
        write: t('admin.roles.areasCount', { count: write }),
        read: t('admin.roles.areasCount', { count: read }),
      })}
    </>
  );
}

export function RolesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const mayWrite = canWrite(session, 'roles');
  const roles = useRoles();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toDelete, setToDelete] = useState<Role | null>(null);

  const remove = useMutation({
    mutationFn: (role: Role) => deleteRole(role.id),
    onSuccess: async (_, role) => {
      notify({ kind: 'success', message: t('admin.roles.done.deleted', { name: role.name }) });
      setToDelete(null);
      await queryClient.invalidateQueries({ queryKey: adminKeys.roles });
    },
    onError: (error) => {
      setToDelete(null);
      // No title: Mantine draws the text under a title in a grey below WCAG AA.
      notify({ kind: 'error', message: t(adminErrorKey(error)) });
    },
  });

  const items = roles.data;
  const ownRoles = items?.filter((role) => !role.isAdministrator) ?? [];
  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={t('admin.roles.title')} />
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <PageHeader title={t('admin.roles.title')}>{t('admin.roles.intro')}</PageHeader>
          {mayWrite ? (
            <Button onClick={() => setDialog({ role: null, readOnly: false })}>
              {t('admin.roles.create')}
            </Button>
          ) : null}
        </Group>
      </div>
      <Paper withBorder radius="md" p="lg">
        {roles.isError && !items ? (
          <ErrorState
            title={t('admin.roles.loadFailed')}
            error={roles.error}
            onRetry={() => void roles.refetch()}
          />
        ) : (
          <Stack gap="md">
            <TableScroll label={t('admin.roles.caption')} minWidth={640}>
              <Table
                verticalSpacing="sm"
                highlightOnHover
                aria-busy={roles.isFetching}
                data-testid="roles-table"
              >
                <Table.Caption>
                  <VisuallyHidden>{t('admin.roles.caption')}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.roles.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('admin.roles.columns.permissions')}</Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('admin.roles.columns.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items
                    ? items.map((role) => {
                        const isEditable = mayWrite && !role.isAdministrator;
                        return (
                          <Table.Tr key={role.id} data-testid="role-row">
                            <Table.Th scope="row" fw={600}>
                              <Group gap="xs" wrap="nowrap">
                                {role.name}
                                {role.isAdministrator ? (
                                  <Badge variant="light" color="gray" c="dark.8" tt="none" fw={600}>
                                    {t('admin.roles.administratorBadge')}
                                  </Badge>
                                ) : null}
                              </Group>
                            </Table.Th>
                            <Table.Td>
                              <Text size="sm">
                                <RoleSummary role={role} />
                              </Text>
                            </Table.Td>
                            <Table.Td>
                              <Group gap="xs" justify="flex-end" wrap="nowrap">
                                <Button
                                  size="compact-sm"
                                  variant="default"
                                  aria-label={t(
                                    isEditable ? 'admin.roles.editLabel' : 'admin.roles.viewLabel',
                                    {
                                      name: role.name,
                                    },
                                  )}
                                  onClick={() => setDialog({ role, readOnly: !isEditable })}
                                >
                                  {isEditable ? t('admin.roles.edit') : t('admin.roles.view')}
                                </Button>
                                {isEditable ? (
                                  <Button
                                    size="compact-sm"
                                    variant="light"
                                    color="red"
                                    aria-label={t('admin.roles.deleteLabel', { name: role.name })}
                                    onClick={() => setToDelete(role)}
                                  >
                                    {t('admin.roles.delete')}
                                  </Button>
                                ) : null}
                              </Group>
                            </Table.Td>
                          </Table.Tr>
                        );
                      })
                    : Array.from({ length: 3 }, (_, index) => (
                        <Table.Tr key={index}>
                          {Array.from({ length: 3 }, (_, cell) => (
                            <Table.Td key={cell}>
                              <Skeleton height={14} width="60%" />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {items && ownRoles.length === 0 ? (
              <Stack gap={4} align="center" py="md" data-testid="roles-empty">
                <Title order={2} size="h5">
                  {t('admin.roles.emptyTitle')}
                </Title>
                <Text size="sm" c="dimmed" ta="center">
                  {t('admin.roles.emptyText')}
                </Text>
              </Stack>
            ) : null}
            {roles.isError && items ? (
              <ErrorState
                title={t('admin.roles.loadFailed')}
                error={roles.error}
                onRetry={() => void roles.refetch()}
              />
            ) : null}
          </Stack>
        )}
      </Paper>
      {dialog ? (
        <RoleFormDialog
          key={dialog.role?.id ?? 'new'}
          role={dialog.role}
          readOnly={dialog.readOnly}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {toDelete ? (
        <ConfirmDialog
          title={t('admin.roles.confirmDelete.title', { name: toDelete.name })}
          text={t('admin.roles.confirmDelete.text')}
          confirmLabel={t('admin.roles.confirmDelete.confirm')}
          isPending={remove.isPending}
          onConfirm={() => remove.mutate(toDelete)}
          onClose={() => setToDelete(null)}
        />
      ) : null}
    </Stack>
  );
}
