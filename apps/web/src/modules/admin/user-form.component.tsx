// The dialog to invite a user or change one: name, e-mail address, mobile number, role and access to
// certificates. Problems the form can see are shown before sending; the server's are put at their field.
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { useSession } from '../auth/session.hooks';
import { inviteUser, updateUser } from './admin.api';
import { useInvalidateUsers, useOrganizationStructure } from './admin.hooks';
import {
  adminErrorKey,
  emptyUserForm,
  serverFieldErrors,
  toInviteBody,
  toUpdateBody,
  userFieldMessages,
  userName,
  userToForm,
  validateUserForm,
  type FormErrors,
  type UserForm,
  type UserFormField,
} from './admin.models';
import type { AdminUser, Role } from './admin.types';
import { ScopePicker } from './scope-picker.component';
import { AppModal } from '../../ui/app-modal.component';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid.hook';

interface UserFormDialogProps {
  /** null: invite a new user. */
  user: AdminUser | null;
  roles: Role[];
  onClose: () => void;
}

export function UserFormDialog({ user, roles, onClose }: UserFormDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const structure = useOrganizationStructure();
  const invalidateUsers = useInvalidateUsers();
  const defaultRole = roles.find((role) => !role.isAdministrator) ?? roles[0];
  const [form, setForm] = useState<UserForm>(() =>
    user ? userToForm(user) : emptyUserForm(defaultRole?.id ?? ''),
  );
  const [errors, setErrors] = useState<FormErrors<UserFormField>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);

  const isSelf = user?.id === session.user.id;
  // Only administrators grant what administrators have; nobody else changes their own role or scope.
  const mayChangeAccess = session.isAdministrator || !isSelf;
  const allowAll = session.isAdministrator || user?.scope.all === true;

  const save = useMutation({
    mutationFn: async (current: UserForm) => {
      if (!user) return { kind: 'invited' as const, user: await inviteUser(toInviteBody(current)) };
      const body = toUpdateBody(user, current);
      if (Object.keys(body).length === 0) return { kind: 'unchanged' as const, user };
      return { kind: 'updated' as const, user: await updateUser(user.id, body) };
    },
    onSuccess: async (result) => {
      const message =
        result.kind === 'invited'
          ? t('admin.users.done.invited', { email: result.user.email })
          : result.kind === 'updated'
            ? t('admin.users.done.updated', { name: userName(result.user) })
            : t('admin.users.done.unchanged');
      notify({ kind: 'success', message });
      onClose();
      await invalidateUsers();
    },
    onError: (error) => {
      const { fields, isGeneral } = serverFieldErrors(error, userFieldMessages);
      setErrors(fields);
      // In the dialog, next to its buttons: a notification would cover them.
      setProblem(
        isGeneral
          ? t(adminErrorKey(error, { forbidden: 'admin.errors.grantForbidden' }))
          : t('admin.common.formProblems'),
      );
      if (!isGeneral) focusFirstInvalid();
    },
  });

  const update = <K extends UserFormField>(field: K, value: UserForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = validateUserForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    save.mutate(form);
  };

  const fieldError = (field: UserFormField) => (errors[field] ? t(errors[field]) : undefined);
  const title = user
    ? t('admin.users.form.editTitle', { name: userName(user) })
    : t('admin.users.form.inviteTitle');

  return (
    <AppModal opened title={title} closeLabel={t('admin.common.cancel')} onClose={onClose} size="xl">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="md">
          {user ? null : <Text size="sm">{t('admin.users.form.inviteIntro')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('admin.users.form.firstName')}
              value={form.firstName}
              onChange={(event) => update('firstName', event.currentTarget.value)}
              error={fieldError('firstName')}
              maxLength={200}
              autoComplete="off"
              required
              data-autofocus
            />
            <TextInput
              label={t('admin.users.form.lastName')}
              value={form.lastName}
              onChange={(event) => update('lastName', event.currentTarget.value)}
              error={fieldError('lastName')}
              maxLength={200}
              autoComplete="off"
              required
            />
            <TextInput
              label={t('admin.users.form.email')}
              type="email"
              value={form.email}
              onChange={(event) => update('email', event.currentTarget.value)}
              error={fieldError('email')}
              description={user ? t('admin.users.form.emailChangeHint') : undefined}
              maxLength={254}
              autoComplete="off"
              required
            />
            <TextInput
              label={t('admin.users.form.phone')}
              type="tel"
              value={form.phone}
              onChange={(event) => update('phone', event.currentTarget.value)}
              error={fieldError('phone')}
              description={t('admin.users.form.phoneHint')}
              maxLength={30}
              autoComplete="off"
            />
          </SimpleGrid>
          <NativeSelect
            label={t('admin.users.form.role')}
            description={mayChangeAccess ? t('admin.users.form.roleHint') : t('admin.users.form.selfHint')}
            value={form.roleId}
            onChange={(event) => update('roleId', event.currentTarget.value)}
            error={fieldError('roleId')}
            disabled={!mayChangeAccess}
            data={[
              ...(form.roleId === '' ? [{ value: '', label: '–' }] : []),
              ...roles.map((role) => {
                const isGrantable =
                  session.isAdministrator || !role.isAdministrator || role.id === user?.roleId;
                return {
                  value: role.id,
                  label: isGrantable ? role.name : `${role.name} ${t('admin.users.form.administratorOnly')}`,
                  disabled: !isGrantable,
                };
              }),
            ]}
            maw={420}
          />
          <ScopePicker
            value={form.scope}
            onChange={(scope) => update('scope', scope)}
            structure={structure.data}
            structureError={structure.error}
            onRetryStructure={() => void structure.refetch()}
            allowAll={allowAll}
            disabled={!mayChangeAccess}
            error={errors.scope}
          />
          {problem ? (
            <Alert color="red" variant="light" role="alert" title={t('admin.users.failed')}>
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('admin.common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {user ? t('admin.users.form.submitEdit') : t('admin.users.form.submitInvite')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
