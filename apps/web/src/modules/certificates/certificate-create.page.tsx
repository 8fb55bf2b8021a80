// /zeugnisse/neu[?mitarbeiter=<id>]: start a certificate. The user picks the employee (or arrives from
// the employee's page), the kind and who signs; the server builds the content from the employee and
// company records, and the editor opens on it.
import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { errorMessageKey, isApiError } from '../../app/api/api-client.models';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { localIsoDate } from '../overview/overview.models';
import { getEmployee, listEmployees } from '../employees/employees.api';
import { exitReasonsFor } from '../editor/steps/steps.models';
import { createCertificate } from './certificates.api';
import {
  checkNewCertificate,
  defaultKind,
  emptyNewCertificateForm,
  toNewCertificateBody,
  type NewCertificateForm,
  type NewCertificateProblem,
} from './certificates.models';
import { certificateKinds, type CertificateKind } from './certificates.types';
import { interimReasons } from '@zeugnisdesk/shared';

const employeeName = (employee: { firstName: string; lastName: string }) =>
  `${employee.lastName}, ${employee.firstName}`;

export function CertificateCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preselected = params.get('mitarbeiter') ?? '';
  const [form, setForm] = useState<NewCertificateForm>(() => ({
    ...emptyNewCertificateForm(localIsoDate(new Date())),
    employeeId: preselected,
  }));
  const [problems, setProblems] = useState<NewCertificateProblem[]>([]);
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 250);

  const candidates = useQuery({
    queryKey: ['employees', 'pick', debouncedSearch],
    queryFn: ({ signal }) =>
      listEmployees({ search: debouncedSearch.trim() || undefined, limit: 20, sort: 'lastName' }, signal),
  });
  const employee = useQuery({
    queryKey: ['employees', 'record', form.employeeId],
    queryFn: ({ signal }) => getEmployee(form.employeeId, signal),
    enabled: form.employeeId !== '',
  });
  const supervisorId = employee.data?.supervisorId ?? null;
  const supervisor = useQuery({
    queryKey: ['employees', 'record', supervisorId],
    queryFn: ({ signal }) => getEmployee(supervisorId ?? '', signal),
    enabled: supervisorId !== null,
  });

  // Defaults follow the chosen employee: the kind from the exit date, the supervisor as signer.
  const chosen = employee.data;
  useEffect(() => {
    if (!chosen) return;
    setForm((current) => ({ ...current, kind: defaultKind(chosen), exitReason: '' }));
  }, [chosen]);
  const boss = supervisor.data;
  useEffect(() => {
    if (!boss) return;
    setForm((current) =>
      current.signerName
        ? current
        : {
            ...current,
            signerName: `${boss.firstName} ${boss.lastName}`,
            signerFunction: boss.jobTitle ?? current.signerFunction,
          },
    );
  }, [boss]);

  const create = useMutation({
    mutationFn: () => createCertificate(toNewCertificateBody(form)),
    onSuccess: (certificate) => {
      notify({ kind: 'success', message: t('certificates.new.created') });
      void navigate(`/zeugnisse/${encodeURIComponent(certificate.id)}`);
    },
  });

  const update = (changes: Partial<NewCertificateForm>) => {
    setForm((current) => ({ ...current, ...changes }));
    setProblems([]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkNewCertificate(form);
    setProblems(found);
    if (found.length === 0) create.mutate();
  };
  const problem = (key: NewCertificateProblem) =>
    problems.includes(key) ? t(`certificates.new.problems.${key}`) : undefined;

  const options = (candidates.data?.items ?? []).map((item) => ({
    value: item.id,
    label: employeeName(item),
  }));
  if (chosen && !options.some((option) => option.value === chosen.id)) {
    options.unshift({ value: chosen.id, label: employeeName(chosen) });
  }
  // „none“ is the empty choice here (the select is clearable).
  const reasons = exitReasonsFor(form.kind).filter((reason) => reason !== 'none');
  const serverError = create.error;

  return (
    <Stack gap="lg">
      <PageHeader title={t('certificates.new.title')}>{t('certificates.new.intro')}</PageHeader>
      <Paper withBorder radius="md" p="lg" maw={720}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Select
              label={t('certificates.new.employee')}
              placeholder={t('certificates.new.employeePlaceholder')}
              searchable
              required
              data={options}
              value={form.employeeId || null}
              onChange={(value) => update({ employeeId: value ?? '', signerName: '', signerFunction: '' })}
              searchValue={search}
              onSearchChange={setSearch}
              nothingFoundMessage={t('certificates.new.noEmployees')}
              error={problem('employee')}
              id="new-certificate-employee"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="new-certificate-kind">
                {t('certificates.new.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="new-certificate-kind"
                value={form.kind}
                onChange={(value) => update({ kind: value as CertificateKind, exitReason: '' })}
                data={certificateKinds.map((kind) => ({ value: kind, label: t(`certificate.kind.${kind}`) }))}
              />
            </Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="new-certificate-form">
                {t('certificates.new.form')}
              </Text>
              <SegmentedControl
                aria-labelledby="new-certificate-form"
                value={form.form}
                onChange={(value) => update({ form: value as NewCertificateForm['form'] })}
                data={[
                  { value: 'qualified', label: t('certificates.new.qualified') },
                  { value: 'simple', label: t('certificates.new.simple') },
                ]}
              />
              <Text size="xs" c="dark.5">
                {form.form === 'qualified'
                  ? t('certificates.new.qualifiedHint')
                  : t('certificates.new.simpleHint')}
              </Text>
            </Stack>
            {form.kind === 'interim' ? (
              <Select
                label={t('certificates.new.interimReason')}
                data={interimReasons.map((reason) => ({
                  value: reason,
                  label: t(`editor.steps.data.certificate.interimReasons.${reason}`),
                }))}
                value={form.interimReason}
                onChange={(value) => update({ interimReason: value ?? '' })}
                allowDeselect={false}
                error={problem('interimReason')}
              />
            ) : (
              <Select
                label={t('certificates.new.exitReason')}
                description={t('certificates.new.exitReasonHint')}
                placeholder={t('certificates.new.exitReasonNone')}
                clearable
                data={reasons.map((reason) => ({
                  value: reason,
                  label: t(`editor.steps.data.certificate.exitReasons.${reason}`),
                }))}
                value={form.exitReason || null}
                onChange={(value) => update({ exitReason: value ?? '' })}
              />
            )}
            <TextInput
              type="date"
              label={t('certificates.new.issueDate')}
              required
              value={form.issueDate}
              onChange={(event) => update({ issueDate: event.currentTarget.value })}
              error={problem('issueDate')}
              w={220}
            />
            <Group grow align="flex-start">
              <TextInput
                label={t('certificates.new.signerName')}
                description={t('certificates.new.signerHint')}
                required
                value={form.signerName}
                maxLength={150}
                onChange={(event) => update({ signerName: event.currentTarget.value })}
                error={problem('signerName')}
              />
              <TextInput
                label={t('certificates.new.signerFunction')}
                description={t('certificates.new.signerFunctionHint')}
                required
                value={form.signerFunction}
                maxLength={150}
                onChange={(event) => update({ signerFunction: event.currentTarget.value })}
                error={problem('signerFunction')}
              />
            </Group>
            <Switch
              label={t('editor.actions.private')}
              description={t('editor.actions.privateHint')}
              checked={form.isPrivate}
              onChange={(event) => update({ isPrivate: event.currentTarget.checked })}
            />
            {serverError ? (
              <ErrorState
                title={
                  isApiError(serverError) && serverError.status === 404
                    ? t('certificates.new.employeeGone')
                    : t('certificates.new.failed')
                }
                error={serverError}
              />
            ) : null}
            {employee.isError ? (
              <Text size="sm" c="red.9" role="alert">
                {t(errorMessageKey(employee.error))}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void navigate(-1)}>
                {t('editor.result.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('certificates.new.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
