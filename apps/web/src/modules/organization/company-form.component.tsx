// The master data of a company: name, description, address and register, as fields (shared by the
// „Firma anlegen“ dialog and the company page) and the dialog that creates a company.
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { notify } from '../../ui/notify';
import { AppModal } from '../../ui/app-modal.component';
import { createCompany } from './organization.api';
import { organizationKeys, useInvalidateStructure, useMessageText } from './organization.hooks';
import {
  companyFieldLimits,
  companyServerErrors,
  companyToForm,
  structureErrorMessage,
  toCreateCompanyBody,
  validateCompanyForm,
  type CompanyForm,
  type CompanyFormErrors,
  type CompanyFormField,
} from './organization.models';

export function CompanyFields({
  form,
  errors,
  onChange,
  disabled = false,
  autoFocus = false,
}: {
  form: CompanyForm;
  errors: CompanyFormErrors;
  onChange: (field: CompanyFormField, value: string) => void;
  disabled?: boolean;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const say = useMessageText();
  const text = (field: CompanyFormField) => ({
    value: form[field],
    onChange: (event: { currentTarget: { value: string } }) => onChange(field, event.currentTarget.value),
    error: say(errors[field]),
    maxLength: companyFieldLimits[field],
    disabled,
    autoComplete: 'off',
  });
  return (
    <Stack gap="md">
      <TextInput
        label={t('organization.companyForm.name')}
        required
        data-autofocus={autoFocus}
        {...text('name')}
      />
      <Textarea
        label={t('organization.companyForm.description')}
        description={t('organization.companyForm.descriptionHint')}
        autosize
        minRows={2}
        maxRows={5}
        {...text('description')}
      />
      <TextInput label={t('organization.companyForm.street')} {...text('street')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <TextInput label={t('organization.companyForm.postalCode')} {...text('postalCode')} />
        <TextInput
          label={t('organization.companyForm.city')}
          style={{ gridColumn: 'span 2' }}
          {...text('city')}
        />
      </SimpleGrid>
      <TextInput
        label={t('organization.companyForm.registerInfo')}
        description={t('organization.companyForm.registerInfoHint')}
        {...text('registerInfo')}
      />
    </Stack>
  );
}

/** After a failed check, the first field with a problem takes the focus. */
export function useFocusFirstInvalid<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  return { ref, focusFirstInvalid: () => setRequest((count) => count + 1) };
}

export function CompanyCreateDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const say = useMessageText();
  const navigate = useNavigate();
  const invalidate = useInvalidateStructure();
  const [form, setForm] = useState<CompanyForm>(() => companyToForm(null));
  const [errors, setErrors] = useState<CompanyFormErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const { ref, focusFirstInvalid } = useFocusFirstInvalid<HTMLFormElement>();

  const create = useMutation({
    mutationFn: (current: CompanyForm) => createCompany(toCreateCompanyBody(current)),
    onSuccess: async (company) => {
      notify({ kind: 'success', message: t('organization.companies.done.created', { name: company.name }) });
      await invalidate(organizationKeys.companies);
      onClose();
      await navigate(`/verwaltung/firmen/${encodeURIComponent(company.id)}`);
    },
    onError: (error) => {
      const { fields, isGeneral } = companyServerErrors(error);
      setErrors(fields);
      setProblem(
        isGeneral
          ? (say(structureErrorMessage(error, { subject: 'company', name: form.name.trim() })) ?? null)
          : t('organization.messages.formProblems'),
      );
      if (!isGeneral) focusFirstInvalid();
    },
  });

  const change = (field: CompanyFormField, value: string) => {
    setForm((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = validateCompanyForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    create.mutate(form);
  };

  return (
    <AppModal
      opened
      title={t('organization.companyForm.createTitle')}
      closeLabel={t('organization.common.cancel')}
      onClose={onClose}
      size="lg"
    >
      <form ref={ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('organization.companyForm.createIntro')}</Text>
          <CompanyFields form={form} errors={errors} onChange={change} autoFocus />
          {problem ? (
            <Alert color="red" variant="light" role="alert" title={t('organization.common.failed')}>
              {problem}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('organization.common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('organization.companyForm.submitCreate')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
