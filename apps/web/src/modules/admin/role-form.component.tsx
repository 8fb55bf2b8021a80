// The dialog to create, change or view a role: its name and, per area, „Kein Zugriff“, „Lesen“ or
// „Bearbeiten“ — one radio group per row (arrow keys move within it). The built-in „Administrator“ and
// users who may only read roles see the rights as a plain table.
import {
  Alert,
  Button,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { accessAreas, type AccessArea, type AccessLevel } from '../auth/auth.types';
import { createRole, updateRole } from './admin.api';
import { adminKeys } from './admin.hooks';
import {
  accessLevels,
  adminErrorKey,
  roleFieldMessages,
  roleToForm,
  serverFieldErrors,
  toRoleBody,
  uniformPermissions,
  validateRoleForm,
  type FormErrors,
  type RoleForm,
  type RoleFormField,
} from './admin.models';
import type { Permissions, Role } from './admin.types';
import { AppModal } from '../../ui/app-modal.component';

function PermissionsTable({ permissions }: { permissions: Permissions }) {
  const { t } = useTranslation();
  return (
    <Table withTableBorder verticalSpacing={6} data-testid="role-permissions">
      <Table.Caption>
        <VisuallyHidden>{t('admin.roles.form.matrixLabel')}</VisuallyHidden>
      </Table.Caption>
      <Table.Tbody>
        {accessAreas.map((area) => (
          <Table.Tr key={area}>
            <Table.Th scope="row" fw={500}>
              {t(`admin.areas.${area}`)}
            </Table.Th>
            <Table.Td>{t(`admin.levels.${permissions[area]}`)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function PermissionsMatrix({
  permissions,
  onChange,
  describedBy,
}: {
  permissions: Permissions;
  onChange: (area: AccessArea, level: AccessLevel) => void;
  describedBy: string;
}) {
  const { t } = useTranslation();
  const baseId = useId();
  const levelOptions = accessLevels.map((level) => ({ value: level, label: t(`admin.levels.${level}`) }));
  return (
    <Table verticalSpacing={6} data-testid="role-matrix" aria-describedby={describedBy}>
      <Table.Caption>
        <VisuallyHidden>{t('admin.roles.form.matrixLabel')}</VisuallyHidden>
      </Table.Caption>
      <Table.Tbody>
        {accessAreas.map((area) => (
          <Table.Tr key={area}>
            <Table.Th scope="row" fw={500} id={`${baseId}-${area}`}>
              {t(`admin.areas.${area}`)}
            </Table.Th>
            <Table.Td ta="right">
              <SegmentedControl<AccessLevel>
                aria-labelledby={`${baseId}-${area}`}
                name={`${baseId}-${area}-level`}
                data={levelOptions}
                value={permissions[area]}
                onChange={(level) => onChange(area, level)}
                size="xs"
                color={permissions[area] === 'none' ? 'gray.7' : 'brand'}
                data-area={area}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface RoleFormDialogProps {
  /** null: create a new role. */
  role: Role | null;
  /** View only: the administrator role, or a user who may only read roles. */
  readOnly: boolean;
  onClose: () => void;
}

export function RoleFormDialog({ role, readOnly, onClose }: RoleFormDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<RoleForm>(() => roleToForm(role));
  const [errors, setErrors] = useState<FormErrors<RoleFormField>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const save = useMutation({
    mutationFn: (current: RoleForm) =>
      role ? updateRole(role.id, toRoleBody(current)) : createRole(toRoleBody(current)),
    onSuccess: async (saved) => {
      notify({
        kind: 'success',
        message: t(role ? 'admin.roles.done.updated' : 'admin.roles.done.created', { name: saved.name }),
      });
      onClose();
      await queryClient.invalidateQueries({ queryKey: adminKeys.roles });
    },
    onError: (error) => {
      const { fields, isGeneral } = serverFieldErrors(error, roleFieldMessages);
      setErrors(fields);
      // In the dialog, next to its buttons: a notification would cover them.
      setProblem(
        isGeneral
          ? t(adminErrorKey(error, { forbidden: 'admin.errors.roleForbidden' }))
          : t('admin.common.formProblems'),
      );
      if (fields.name) nameRef.current?.focus();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = validateRoleForm(form);
    setErrors(found);
    if (found.name) {
      nameRef.current?.focus();
      return;
    }
    save.mutate(form);
  };

  const setLevel = (area: AccessArea, level: AccessLevel) =>
    setForm((current) => ({ ...current, permissions: { ...current.permissions, [area]: level } }));
  const isSensitive = form.permissions.users === 'write' || form.permissions.roles === 'write';

  const title = !role
    ? t('admin.roles.form.createTitle')
    : readOnly
      ? t('admin.roles.form.viewTitle', { name: role.name })
      : t('admin.roles.form.editTitle', { name: role.name });

  return (
    <AppModal opened title={title} closeLabel={t('admin.roles.form.close')} onClose={onClose} size="lg">
      {readOnly && role ? (
        <Stack gap="md">
          <Alert variant="light" color="brand">
            {role.isAdministrator ? t('admin.roles.form.administratorFixed') : t('admin.roles.form.readOnly')}
          </Alert>
          <PermissionsTable permissions={{ ...uniformPermissions('none'), ...role.permissions }} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              {t('admin.roles.form.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              ref={nameRef}
              label={t('admin.roles.form.name')}
              placeholder={t('admin.roles.form.namePlaceholder')}
              value={form.name}
              onChange={(event) => {
                const name = event.currentTarget.value;
                setForm((current) => ({ ...current, name }));
                if (errors.name) setErrors({});
              }}
              error={errors.name ? t(errors.name) : undefined}
              maxLength={100}
              required
              data-autofocus
              autoComplete="off"
            />
            <Stack gap={4}>
              <Text fw={500} size="sm" component="h3" m={0}>
                {t('admin.roles.form.matrixLabel')}
              </Text>
              <Text size="xs" c="dimmed" id={hintId}>
                {t('admin.roles.form.matrixHint')}
              </Text>
            </Stack>
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{t('admin.roles.form.setAll')}</Text>
              {accessLevels.map((level) => (
                <Button
                  key={level}
                  size="compact-sm"
                  variant="default"
                  onClick={() =>
                    setForm((current) => ({ ...current, permissions: uniformPermissions(level) }))
                  }
                >
                  {t(`admin.levels.${level}`)}
                </Button>
              ))}
            </Group>
            <PermissionsMatrix permissions={form.permissions} onChange={setLevel} describedBy={hintId} />
            {isSensitive ? (
              <Alert variant="light" color="orange" role="note">
                {t('admin.roles.form.sensitive')}
              </Alert>
            ) : null}
            {problem ? (
              <Alert color="red" variant="light" role="alert" title={t('admin.roles.failed')}>
                {problem}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('admin.common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {role ? t('admin.roles.form.submitEdit') : t('admin.roles.form.submitCreate')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </AppModal>
  );
}
