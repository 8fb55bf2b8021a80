// HR's dialog „Zeugnis übergeben“: the recipient (prefilled with the employee's supervisor, or the
// employee), message, due date, validity, a preset and the grants matrix (one radio group per section),
// download and the second factor under the tenant's rule. After sending it shows the link once.
import {
  Alert,
  Box,
  Button,
  CopyButton,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { handoverGrantLevels, handoverPresets, type HandoverSection } from '@zeugnisdesk/shared';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../ui/app-modal.component';
import { notify } from '../../ui/notify';
import type { EmployeeRecord } from '../employees/employees.types';
import { createHandover, getEmployeeRecord, getHandoverCodePolicy } from './handover.api';
import {
  emptyHandoverForm,
  handoverServerErrors,
  presetChoices,
  presetOf,
  secondFactorChoices,
  sectionGroups,
  sectionKey,
  toCreateBody,
  validateHandoverForm,
  type HandoverForm,
  type HandoverFormErrors,
  type PresetChoice,
} from './handover.models';
import type { CreatedHandover, HandoverCodePolicy, HandoverSecondFactor } from './handover.types';

const personName = (person: Pick<EmployeeRecord, 'title' | 'firstName' | 'lastName'>) =>
  [person.title, person.firstName, person.lastName].filter(Boolean).join(' ');

const fieldId = (name: string) => `handover-${name}`;

function GrantRow({
  section,
  value,
  onChange,
}: {
  section: HandoverSection;
  value: string;
  onChange: (level: (typeof handoverGrantLevels)[number]) => void;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const name = t(`handover.dialog.sections.${sectionKey(section)}`);
  return (
    <Group
      role="radiogroup"
      aria-labelledby={labelId}
      gap="md"
      wrap="wrap"
      py={4}
      data-section={section}
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
    >
      <Text id={labelId} size="sm" w={190}>
        {name}
      </Text>
      {handoverGrantLevels.map((level) => (
        <Radio
          key={level}
          name={`grant-${section}`}
          value={level}
          label={t(`handover.dialog.levels.${level}`)}
          checked={value === level}
          onChange={() => onChange(level)}
          size="sm"
          miw={92}
        />
      ))}
    </Group>
  );
}

function CreatedView({ created, onClose }: { created: CreatedHandover; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="green" variant="light" role="status">
        <Text size="sm" fw={600}>
          {t('handover.dialog.mailSent', { email: created.handover.recipient.email })}
        </Text>
      </Alert>
      <Text size="sm">{t('handover.dialog.linkOnce')}</Text>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('handover.dialog.link')}
          value={created.link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
          data-testid="handover-link"
        />
        <CopyButton value={created.link}>
          {({ copied, copy }) => (
            <Button
              variant={copied ? 'light' : 'default'}
              color={copied ? 'green' : undefined}
              onClick={copy}
            >
              {copied ? t('handover.dialog.copied') : t('handover.dialog.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group justify="flex-end">
        <Button onClick={onClose}>{t('handover.dialog.done')}</Button>
      </Group>
    </Stack>
  );
}

function HandoverFormView({
  certificateId,
  employeeId,
  policy,
  onCreated,
  onCancel,
}: {
  certificateId: string;
  employeeId: string;
  policy: HandoverCodePolicy;
  onCreated: (created: CreatedHandover) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState<HandoverForm>(() => emptyHandoverForm(policy));
  const [preset, setPreset] = useState<PresetChoice>('supervisorRates');
  const [errors, setErrors] = useState<HandoverFormErrors>({});
  const [touchedRecipient, setTouchedRecipient] = useState(false);

  const employee = useQuery({
    queryKey: ['employees', employeeId],
    queryFn: ({ signal }) => getEmployeeRecord(employeeId, signal),
  });
  const supervisorId = employee.data?.supervisorId ?? null;
  const supervisor = useQuery({
    queryKey: ['employees', supervisorId],
    queryFn: ({ signal }) => getEmployeeRecord(supervisorId ?? '', signal),
    enabled: supervisorId !== null,
  });

  const fillRecipient = (person: EmployeeRecord | undefined) => {
    if (!person) return;
    setForm((current) => ({ ...current, name: personName(person), email: person.email ?? '' }));
    setErrors((current) => ({ ...current, name: undefined, email: undefined }));
  };

  // Prefill the supervisor once known, unless the user has typed a recipient already.
  useEffect(() => {
    if (!touchedRecipient && supervisor.data) {
      setForm((current) => ({
        ...current,
        name: personName(supervisor.data),
        email: supervisor.data.email ?? '',
      }));
    }
  }, [supervisor.data, touchedRecipient]);

  const create = useMutation({
    mutationFn: () => createHandover(certificateId, toCreateBody(form)),
    onSuccess: onCreated,
    onError: (error) => {
      const { fields, general } = handoverServerErrors(error);
      setErrors(fields);
      if (general) notify({ kind: 'error', message: t(general) });
      else notify({ kind: 'error', message: t('handover.dialog.checkFields') });
    },
  });

  const set = <K extends keyof HandoverForm>(key: K, value: HandoverForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateHandoverForm(form, policy);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    create.mutate();
  };

  const error = (field: keyof HandoverFormErrors) => (errors[field] ? t(errors[field]) : undefined);
  const choices = secondFactorChoices(policy);
  const hasSupervisor = supervisor.data !== undefined;
  const employeeHasEmail = Boolean(employee.data?.email);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Fieldset legend={t('handover.dialog.recipient')} variant="unstyled">
          <Stack gap="sm">
            <Group gap="xs" wrap="wrap">
              <Button
                size="compact-sm"
                variant="light"
                disabled={!hasSupervisor}
                onClick={() => {
                  setTouchedRecipient(true);
                  fillRecipient(supervisor.data);
                }}
              >
                {t('handover.dialog.useSupervisor')}
              </Button>
              <Button
                size="compact-sm"
                variant="light"
                disabled={!employee.data}
                onClick={() => {
                  setTouchedRecipient(true);
                  fillRecipient(employee.data);
                }}
              >
                {t('handover.dialog.useEmployee')}
              </Button>
            </Group>
            <Text size="xs" c="dark.6">
              {employee.data && supervisorId === null
                ? t('handover.dialog.noSupervisor')
                : t('handover.dialog.supervisorPrefilled')}
              {employee.data && !employeeHasEmail ? ` ${t('handover.dialog.employeeNoEmail')}` : ''}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                id={fieldId('name')}
                label={t('handover.dialog.name')}
                value={form.name}
                onChange={(event) => {
                  setTouchedRecipient(true);
                  set('name', event.currentTarget.value);
                }}
                error={error('name')}
                maxLength={200}
                required
                autoComplete="off"
              />
              <TextInput
                id={fieldId('email')}
                type="email"
                label={t('handover.dialog.email')}
                value={form.email}
                onChange={(event) => {
                  setTouchedRecipient(true);
                  set('email', event.currentTarget.value);
                }}
                error={error('email')}
                maxLength={254}
                required
                autoComplete="off"
              />
            </SimpleGrid>
            <TextInput
              id={fieldId('phone')}
              type="tel"
              label={t('handover.dialog.phone')}
              description={t('handover.dialog.phoneHint')}
              value={form.phone}
              onChange={(event) => set('phone', event.currentTarget.value)}
              error={error('phone')}
              maxLength={30}
              maw={320}
              autoComplete="off"
            />
          </Stack>
        </Fieldset>
        <Textarea
          id={fieldId('message')}
          label={t('handover.dialog.message')}
          value={form.message}
          onChange={(event) => set('message', event.currentTarget.value)}
          error={error('message')}
          maxLength={2000}
          autosize
          minRows={2}
          maxRows={6}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            id={fieldId('dueDate')}
            type="date"
            label={t('handover.dialog.dueDate')}
            value={form.dueDate}
            onChange={(event) => set('dueDate', event.currentTarget.value)}
            error={error('dueDate')}
          />
          <NumberInput
            id={fieldId('expiresInDays')}
            label={t('handover.dialog.validity')}
            description={t('handover.dialog.validityHint')}
            value={form.expiresInDays}
            onChange={(value) => set('expiresInDays', value)}
            error={error('expiresInDays')}
            min={1}
            max={60}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
          />
        </SimpleGrid>
        <Select
          id={fieldId('preset')}
          label={t('handover.dialog.preset')}
          data={presetChoices.map((choice) => ({
            value: choice,
            label: t(`handover.dialog.presets.${choice}`),
          }))}
          value={preset}
          onChange={(value) => {
            const choice = presetChoices.find((candidate) => candidate === value);
            if (!choice) return;
            setPreset(choice);
            if (choice !== 'custom') set('grants', { ...handoverPresets[choice] });
          }}
          allowDeselect={false}
          maw={320}
        />
        <Fieldset legend={t('handover.dialog.matrix')} radius="md" id={fieldId('grants')} tabIndex={-1}>
          <Stack gap="sm">
            <Text size="xs" c="dark.6">
              {t('handover.dialog.matrixHint')}
            </Text>
            {sectionGroups.map(({ group, sections }) => (
              <Box key={group} role="group" aria-labelledby={`handover-group-${group}`}>
                <Text id={`handover-group-${group}`} size="sm" fw={700} mb={2}>
                  {t(`handover.dialog.groups.${group}`)}
                </Text>
                {sections.map((section) => (
                  <GrantRow
                    key={section}
                    section={section}
                    value={form.grants[section]}
                    onChange={(level) => {
                      const grants = { ...form.grants, [section]: level };
                      set('grants', grants);
                      setPreset(presetOf(grants));
                    }}
                  />
                ))}
              </Box>
            ))}
            {errors.grants ? (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {t(errors.grants)}
              </Text>
            ) : null}
          </Stack>
        </Fieldset>
        <Checkbox
          label={t('handover.dialog.download')}
          description={t('handover.dialog.downloadHint')}
          checked={form.download}
          onChange={(event) => set('download', event.currentTarget.checked)}
        />
        <Radio.Group
          id={fieldId('secondFactor')}
          label={t('handover.dialog.secondFactor')}
          description={
            policy.required
              ? t('handover.dialog.secondFactorRequired')
              : t('handover.dialog.secondFactorHint')
          }
          value={form.secondFactor}
          onChange={(value) => {
            const choice = choices.find((candidate) => candidate === value);
            if (choice) set('secondFactor', choice as HandoverSecondFactor);
          }}
          error={error('secondFactor')}
        >
          <Group gap="lg" mt={6}>
            {choices.map((choice) => (
              <Radio key={choice} value={choice} label={t(`handover.dialog.secondFactors.${choice}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            {t('handover.dialog.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('handover.dialog.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function HandoverDialog({
  opened,
  onClose,
  certificateId,
  employeeId,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  certificateId: string;
  employeeId: string;
  onCreated: (created: CreatedHandover) => void;
}) {
  const { t } = useTranslation();
  // The link lives only in this state: it is gone once the dialog closes.
  const [created, setCreated] = useState<CreatedHandover | null>(null);
  const policy = useQuery({
    queryKey: ['organization', 'privacy', 'handoverCode'],
    queryFn: ({ signal }) => getHandoverCodePolicy(signal),
    enabled: opened,
  });
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <AppModal
      opened={opened}
      onClose={close}
      title={created ? t('handover.dialog.createdTitle') : t('handover.dialog.title')}
      closeLabel={t('handover.dialog.cancel')}
      size="lg"
    >
      {created ? (
        <CreatedView created={created} onClose={close} />
      ) : policy.data ? (
        <HandoverFormView
          certificateId={certificateId}
          employeeId={employeeId}
          policy={policy.data}
          onCancel={close}
          onCreated={(result) => {
            setCreated(result);
            onCreated(result);
          }}
        />
      ) : policy.isError ? (
        <Alert color="red" variant="light" role="alert">
          {t('errors.unknown')}
        </Alert>
      ) : (
        <Text size="sm">{t('app.loading')}</Text>
      )}
    </AppModal>
  );
}
