// The one form for creating and changing an employee: person, address and contact, employment.
// Problems the form can see are shown before sending (the server's rules, in German); the server's
// refusals are put at their fields. Leaving with unsaved changes asks first.
import {
  Alert,
  Button,
  Grid,
  Group,
  NativeSelect,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { listJobProfiles } from '@zeugnisdesk/engine';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobProfileSelectData } from '../job-profiles/job-profile-select.hook';
import { createEmployee, updateEmployee } from './employees.api';
import { employeeKeys, useCompanies, useEmployeeStructure, useInvalidateEmployees } from './employees.hooks';
import {
  emptyEmployeeForm,
  employeeFieldLimits,
  employeeServerErrors,
  employeeToForm,
  isEmployeeFormDirty,
  jobProfileTitle,
  toCreateEmployeeBody,
  toUpdateEmployeeBody,
  validateEmployeeForm,
  type EmployeeForm,
  type EmployeeFormErrors,
  type EmployeeFormField,
} from './employees.models';
import { genders, type EmployeeRecord, type StructureDimension, type StructureItem } from './employees.types';
import { SupervisorSelect } from './supervisor-select.component';
import { UnsavedChangesGuard } from '../../ui/unsaved-changes-guard.component';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid.hook';

/** What a save did; „unchanged“: nothing differed, so nothing was sent. */
export interface EmployeeSaveResult {
  kind: 'created' | 'updated' | 'unchanged';
  employee: EmployeeRecord;
}

const jobProfiles = listJobProfiles();

const dimensionLabels = {
  locationId: 'employees.form.location',
  departmentId: 'employees.form.department',
  orgUnitId: 'employees.form.orgUnit',
  employeeTypeId: 'employees.form.employeeType',
} as const satisfies Record<StructureDimension, string>;

function FormSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg">
      <Title order={2} size="h4" id={headingId} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

export function EmployeeFormView({
  employee,
  submitLabel,
  onSaved,
  onCancel,
}: {
  /** null: a new employee. */
  employee: EmployeeRecord | null;
  submitLabel: string;
  /** Called after a successful save; the guard lets the following navigation pass. */
  onSaved: (result: EmployeeSaveResult) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invalidateEmployees = useInvalidateEmployees();
  const companies = useCompanies();
  const structure = useEmployeeStructure();

  const [initial] = useState<EmployeeForm>(() => (employee ? employeeToForm(employee) : emptyEmployeeForm()));
  const [form, setForm] = useState<EmployeeForm>(initial);
  const [errors, setErrors] = useState<EmployeeFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const allowLeaving = useRef(false);
  const isDirty = isEmployeeFormDirty(initial, form);

  const save = useMutation({
    mutationFn: async (current: EmployeeForm): Promise<EmployeeSaveResult> => {
      if (!employee)
        return { kind: 'created', employee: await createEmployee(toCreateEmployeeBody(current)) };
      const body = toUpdateEmployeeBody(employee, current);
      if (Object.keys(body).length === 0) return { kind: 'unchanged', employee };
      return { kind: 'updated', employee: await updateEmployee(employee.id, body) };
    },
    onSuccess: async (result) => {
      queryClient.setQueryData(employeeKeys.detail(result.employee.id), result.employee);
      allowLeaving.current = true;
      onSaved(result);
      if (result.kind !== 'unchanged') await invalidateEmployees();
    },
    onError: (error) => {
      const { fields, general } = employeeServerErrors(error);
      setErrors(fields);
      setProblem(general ? t(general) : t('employees.form.problems'));
      if (!general) focusFirstInvalid();
    },
  });

  const update = <K extends EmployeeFormField>(field: K, value: EmployeeForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = validateEmployeeForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem(t('employees.form.problems'));
      focusFirstInvalid();
      return;
    }
    save.mutate(form);
  };

  const fieldError = (field: EmployeeFormField) => {
    const found = errors[field];
    return found ? t(found.key, { max: found.max }) : undefined;
  };

  /** A text input bound to a field, with its server limit and error. */
  const text = (
    field: EmployeeFormField & keyof typeof employeeFieldLimits,
    label: string,
    extra: {
      description?: string;
      placeholder?: string;
      required?: boolean;
      autoComplete?: string;
      type?: string;
    } = {},
  ) => (
    <TextInput
      label={label}
      value={form[field]}
      onChange={(event) => update(field, event.currentTarget.value)}
      error={fieldError(field)}
      maxLength={employeeFieldLimits[field]}
      autoComplete={extra.autoComplete ?? 'off'}
      {...(extra.type ? { type: extra.type } : {})}
      {...(extra.description ? { description: extra.description } : {})}
      {...(extra.placeholder ? { placeholder: extra.placeholder } : {})}
      {...(extra.required ? { required: true } : {})}
    />
  );

  const date = (field: 'birthDate' | 'entryDate' | 'exitDate', label: string, description?: string) => (
    <TextInput
      type="date"
      label={label}
      value={form[field]}
      onChange={(event) => update(field, event.currentTarget.value)}
      error={fieldError(field)}
      required={field === 'entryDate'}
      min="1900-01-01"
      max="2100-12-31"
      {...(description ? { description } : {})}
    />
  );

  /** „keine Angabe“ plus the entries; an entry deleted since is kept visible as such. */
  const choices = (items: StructureItem[], value: string) => [
    { value: '', label: t('employees.form.none') },
    ...items.map((item) => ({ value: item.id, label: item.name })),
    ...(value !== '' && !items.some((item) => item.id === value)
      ? [{ value, label: t('employees.form.unknownItem') }]
      : []),
  ];

  const jobProfileData = useJobProfileSelectData(form.gender || 'male', form.jobProfile || null);

  const chooseJobProfile = (id: string | null) => {
    update('jobProfile', id ?? '');
    // A first suggestion for the position, in the form of address chosen; never over the user's text.
    const profile = jobProfiles.find((candidate) => candidate.id === id);
    if (profile && form.jobTitle.trim() === '') update('jobTitle', jobProfileTitle(profile, form.gender));
  };

  const companyItems = companies.data ?? [];
  const optionsFailed = companies.isError || structure.isError;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <UnsavedChangesGuard when={isDirty && !save.isSuccess} allowLeaving={allowLeaving} />
      <Stack gap="lg">
        <FormSection title={t('employees.form.personHeading')}>
          <Stack gap="md">
            <Radio.Group
              label={t('employees.form.gender')}
              description={t('employees.form.genderHint')}
              value={form.gender}
              onChange={(value) => update('gender', value as EmployeeForm['gender'])}
              error={fieldError('gender')}
              withAsterisk
            >
              <Group gap="lg" mt={6}>
                {genders.map((gender) => (
                  <Radio
                    key={gender}
                    value={gender}
                    label={t(`employees.form.genders.${gender}`)}
                    aria-invalid={errors.gender ? true : undefined}
                  />
                ))}
              </Group>
            </Radio.Group>
            <Grid columns={24}>
              <Grid.Col span={{ base: 24, sm: 6, lg: 4 }}>
                {text('title', t('employees.form.title'), { placeholder: t('employees.form.titleHint') })}
              </Grid.Col>
              <Grid.Col span={{ base: 24, sm: 9, lg: 10 }}>
                {text('firstName', t('employees.form.firstName'), { required: true })}
              </Grid.Col>
              <Grid.Col span={{ base: 24, sm: 9, lg: 10 }}>
                {text('lastName', t('employees.form.lastName'), { required: true })}
              </Grid.Col>
              <Grid.Col span={{ base: 24, sm: 12 }}>
                {date('birthDate', t('employees.form.birthDate'))}
              </Grid.Col>
              <Grid.Col span={{ base: 24, sm: 12 }}>
                {text('birthPlace', t('employees.form.birthPlace'))}
              </Grid.Col>
            </Grid>
          </Stack>
        </FormSection>

        <FormSection title={t('employees.form.contactHeading')}>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              {text('street', t('employees.form.street'), { autoComplete: 'off' })}
            </Grid.Col>
            <Grid.Col span={{ base: 4, sm: 2 }}>
              {text('postalCode', t('employees.form.postalCode'))}
            </Grid.Col>
            <Grid.Col span={{ base: 8, sm: 4 }}>{text('city', t('employees.form.city'))}</Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              {text('email', t('employees.form.email'), { type: 'email' })}
            </Grid.Col>
          </Grid>
        </FormSection>

        <FormSection title={t('employees.form.employmentHeading')}>
          <Stack gap="md">
            {optionsFailed ? (
              <Alert color="orange" variant="light">
                {t('employees.form.optionsFailed')}
              </Alert>
            ) : null}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {date('entryDate', t('employees.form.entryDate'), t('employees.form.entryDateHint'))}
              {date('exitDate', t('employees.form.exitDate'), t('employees.form.exitDateHint'))}
              {text('jobTitle', t('employees.form.jobTitle'), {
                description: t('employees.form.jobTitleHint'),
              })}
              <Select
                label={t('employees.form.jobProfile')}
                description={t('employees.form.jobProfileHint')}
                placeholder={t('employees.form.jobProfilePlaceholder')}
                data={jobProfileData}
                value={form.jobProfile === '' ? null : form.jobProfile}
                onChange={chooseJobProfile}
                searchable
                openOnFocus={false}
                clearable
                clearButtonProps={{ 'aria-label': t('employees.form.clear') }}
                nothingFoundMessage={t('employees.form.jobProfileNone')}
                error={fieldError('jobProfile')}
                maxDropdownHeight={280}
              />
              {companyItems.length > 0 || form.companyId !== '' ? (
                <NativeSelect
                  label={t('employees.form.company')}
                  description={t('employees.form.companyHint')}
                  value={form.companyId}
                  onChange={(event) => update('companyId', event.currentTarget.value)}
                  error={fieldError('companyId')}
                  data={choices(companyItems, form.companyId)}
                />
              ) : null}
              <SupervisorSelect
                value={form.supervisorId}
                onChange={(id) => update('supervisorId', id)}
                excludeId={employee?.id ?? null}
                error={fieldError('supervisorId')}
              />
              {(Object.keys(dimensionLabels) as StructureDimension[]).map((dimension) => {
                const items = structure.data?.[dimension] ?? [];
                if (items.length === 0 && form[dimension] === '') return null;
                return (
                  <NativeSelect
                    key={dimension}
                    label={t(dimensionLabels[dimension])}
                    value={form[dimension]}
                    onChange={(event) => update(dimension, event.currentTarget.value)}
                    error={fieldError(dimension)}
                    data={choices(items, form[dimension])}
                  />
                );
              })}
            </SimpleGrid>
          </Stack>
        </FormSection>

        {problem ? (
          <Alert color="red" variant="light" role="alert" title={t('employees.form.failedTitle')}>
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('employees.form.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
