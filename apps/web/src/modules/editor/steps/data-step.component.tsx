// The editor's step „Daten“: the person, the company, the certificate's kind and dates with the exit or
// the interim occasion, further details (manager, exam, closing) and the signatures. Controlled by
// the editor page; changing the kind keeps the content valid (steps.models `changeKind`).
// On a handover recipient's page each sub-section follows its grant (`sectionProps`).
import {
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { findJobProfile } from '@zeugnisdesk/engine';
import { interimReasons, type CertificateForm, type CertificateKind, type Gender } from '@zeugnisdesk/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useJobProfileSelectData } from '../../job-profiles/job-profile-select.hook';
import { fieldDomId } from '../editor-fields.models';
import type { StepProps } from '../editor.types';
import { AddEntryButton, ListEntryActions, useFocusAfterChange } from './list-actions.component';
import { ChoiceField, fieldProps, hintBelow, sectionProps, StepSection } from './step-fields.component';
import {
  addSignature,
  changeGender,
  changeKind,
  chooseJobProfile,
  defaultChamber,
  examGrades,
  exitReasonChoice,
  exitReasonsFor,
  inputText,
  maxSignatures,
  moveItem,
  nullableDate,
  nullableInteger,
  nullableText,
  patchEmployee,
  patchEmployer,
  patchEmployment,
  removeSignature,
  setAddressField,
  setClosingAutomatic,
  setClosingBlock,
  setExamChamber,
  setExamGrade,
  setManager,
  type Closing,
  type Signature,
} from './steps.models';

const genders: readonly Gender[] = ['male', 'female', 'diverse'];
const kinds: readonly CertificateKind[] = ['final', 'interim', 'apprenticeship'];
const forms: readonly CertificateForm[] = ['qualified', 'simple'];
const closingBlocks: readonly (keyof Closing)[] = ['regret', 'thanks', 'wishes'];

function PersonalData(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, readOnly } = props;
  const { employee } = content;
  const profileId = content.employment.jobProfile;
  const profile = useMemo(() => (profileId ? findJobProfile(profileId) : undefined), [profileId]);
  return (
    <StepSection title={t('editor.steps.data.personal.title')}>
      <ChoiceField<Gender>
        path="employee.gender"
        label={t('editor.steps.data.personal.gender')}
        description={t('editor.steps.data.personal.genderHint')}
        error={props.fieldErrors['employee.gender']}
        data={genders.map((gender) => ({
          value: gender,
          label: t(`editor.steps.data.personal.genders.${gender}`),
        }))}
        value={employee.gender}
        onChange={(gender) => onChange(changeGender(gender, profile))}
        readOnly={readOnly}
      />
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          {...fieldProps(props, 'employee.title')}
          label={t('editor.steps.data.personal.academicTitle')}
          description={t('editor.steps.data.personal.academicTitleHint')}
          inputWrapperOrder={hintBelow}
          value={inputText(employee.title)}
          onChange={(event) => onChange(patchEmployee({ title: nullableText(event.currentTarget.value) }))}
          maxLength={60}
          style={{ flex: '1 1 8rem', maxWidth: '14rem' }}
        />
        <TextInput
          {...fieldProps(props, 'employee.firstName')}
          label={t('editor.steps.data.personal.firstName')}
          value={employee.firstName}
          onChange={(event) => onChange(patchEmployee({ firstName: event.currentTarget.value }))}
          maxLength={100}
          required
          style={{ flex: '2 1 12rem' }}
        />
        <TextInput
          {...fieldProps(props, 'employee.lastName')}
          label={t('editor.steps.data.personal.lastName')}
          value={employee.lastName}
          onChange={(event) => onChange(patchEmployee({ lastName: event.currentTarget.value }))}
          maxLength={100}
          required
          style={{ flex: '2 1 12rem' }}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          {...fieldProps(props, 'employee.birthDate')}
          type="date"
          label={t('editor.steps.data.personal.birthDate')}
          value={inputText(employee.birthDate)}
          onChange={(event) =>
            onChange(patchEmployee({ birthDate: nullableDate(event.currentTarget.value) }))
          }
        />
        <TextInput
          {...fieldProps(props, 'employee.birthPlace')}
          label={t('editor.steps.data.personal.birthPlace')}
          value={inputText(employee.birthPlace)}
          onChange={(event) =>
            onChange(patchEmployee({ birthPlace: nullableText(event.currentTarget.value) }))
          }
          maxLength={100}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('editor.steps.data.personal.birthHint')}
      </Text>
    </StepSection>
  );
}

function Company(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange } = props;
  const { employer } = content;
  return (
    <StepSection title={t('editor.steps.data.company.title')}>
      <TextInput
        {...fieldProps(props, 'employer.name')}
        label={t('editor.steps.data.company.name')}
        value={employer.name}
        onChange={(event) => onChange(patchEmployer({ name: event.currentTarget.value }))}
        maxLength={200}
        required
      />
      <TextInput
        {...fieldProps(props, 'employer.description')}
        label={t('editor.steps.data.company.description')}
        description={t('editor.steps.data.company.descriptionHint')}
        value={inputText(employer.description)}
        onChange={(event) =>
          onChange(patchEmployer({ description: nullableText(event.currentTarget.value) }))
        }
        maxLength={300}
      />
      <TextInput
        {...fieldProps(props, 'employer.address.street')}
        label={t('editor.steps.data.company.street')}
        value={inputText(employer.address?.street)}
        onChange={(event) => onChange(setAddressField('street', event.currentTarget.value))}
        maxLength={200}
        autoComplete="off"
      />
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <TextInput
          {...fieldProps(props, 'employer.address.postalCode')}
          label={t('editor.steps.data.company.postalCode')}
          value={inputText(employer.address?.postalCode)}
          onChange={(event) => onChange(setAddressField('postalCode', event.currentTarget.value))}
          maxLength={20}
          autoComplete="off"
        />
        <TextInput
          {...fieldProps(props, 'employer.address.city')}
          label={t('editor.steps.data.company.city')}
          value={inputText(employer.address?.city)}
          onChange={(event) => onChange(setAddressField('city', event.currentTarget.value))}
          maxLength={100}
          autoComplete="off"
          style={{ gridColumn: 'span 2' }}
        />
      </SimpleGrid>
    </StepSection>
  );
}

function CertificateData(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, readOnly, fieldErrors } = props;
  const { employment, kind } = content;
  const gender = content.employee.gender;
  const profileId = employment.jobProfile;
  const profileOptions = useJobProfileSelectData(gender, profileId);
  const period = kind === 'apprenticeship' ? 'apprenticeship' : 'employment';

  return (
    <StepSection title={t('editor.steps.data.certificate.title')}>
      <ChoiceField<CertificateKind>
        path="kind"
        label={t('editor.steps.data.certificate.kind')}
        error={fieldErrors.kind}
        data={kinds.map((value) => ({ value, label: t(`editor.steps.data.certificate.kinds.${value}`) }))}
        value={kind}
        onChange={(value) => onChange(changeKind(value))}
        readOnly={readOnly}
      />
      <ChoiceField<CertificateForm>
        path="form"
        label={t('editor.steps.data.certificate.form')}
        description={t(`editor.steps.data.certificate.formHints.${content.form}`)}
        error={fieldErrors.form}
        data={forms.map((value) => ({ value, label: t(`editor.steps.data.certificate.forms.${value}`) }))}
        value={content.form}
        onChange={(form) => onChange((c) => ({ ...c, form }))}
        readOnly={readOnly}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          {...fieldProps(props, 'employment.startDate')}
          type="date"
          label={t(`editor.steps.data.certificate.startDate.${period}`)}
          value={employment.startDate}
          onChange={(event) => onChange(patchEmployment({ startDate: event.currentTarget.value }))}
          required
        />
        {kind === 'interim' ? (
          <Text size="sm" c="dimmed" mt={{ base: 0, sm: 28 }}>
            {t('editor.steps.data.certificate.interimNoEnd')}
          </Text>
        ) : (
          <TextInput
            {...fieldProps(props, 'employment.endDate')}
            type="date"
            label={t(`editor.steps.data.certificate.endDate.${period}`)}
            value={inputText(employment.endDate)}
            onChange={(event) =>
              onChange(patchEmployment({ endDate: nullableDate(event.currentTarget.value) }))
            }
            required
          />
        )}
        <TextInput
          {...fieldProps(props, 'issueDate')}
          inputWrapperOrder={hintBelow}
          type="date"
          label={t('editor.steps.data.certificate.issueDate')}
          description={t(`editor.steps.data.certificate.issueDateHint.${kind}`)}
          value={content.issueDate}
          onChange={(event) => {
            const issueDate = event.currentTarget.value;
            onChange((c) => ({ ...c, issueDate }));
          }}
          required
        />
        <TextInput
          {...fieldProps(props, 'place')}
          inputWrapperOrder={hintBelow}
          label={t('editor.steps.data.certificate.place')}
          description={t('editor.steps.data.certificate.placeHint')}
          value={content.place}
          onChange={(event) => {
            const place = event.currentTarget.value;
            onChange((c) => ({ ...c, place }));
          }}
          maxLength={100}
          required
        />
        <TextInput
          {...fieldProps(props, 'employment.jobTitle')}
          inputWrapperOrder={hintBelow}
          label={t('editor.steps.data.certificate.jobTitle')}
          description={t('editor.steps.data.certificate.jobTitleHint')}
          value={employment.jobTitle}
          onChange={(event) => onChange(patchEmployment({ jobTitle: event.currentTarget.value }))}
          maxLength={200}
          required
        />
        <TextInput
          {...fieldProps(props, 'employment.department')}
          label={t('editor.steps.data.certificate.department')}
          value={inputText(employment.department)}
          onChange={(event) =>
            onChange(patchEmployment({ department: nullableText(event.currentTarget.value) }))
          }
          maxLength={200}
        />
      </SimpleGrid>
      <Select
        {...fieldProps(props, 'employment.jobProfile')}
        label={t('editor.steps.data.certificate.jobProfile')}
        description={t('editor.steps.data.certificate.jobProfileHint')}
        placeholder={t('editor.steps.data.certificate.jobProfilePlaceholder')}
        nothingFoundMessage={t('editor.steps.data.certificate.jobProfileNothingFound')}
        data={profileOptions}
        value={profileId ?? null}
        onChange={(id) => {
          if (id === profileId) return;
          onChange(chooseJobProfile(id ? (findJobProfile(id) ?? null) : null));
        }}
        searchable
        clearable={!readOnly}
        maxDropdownHeight={320}
      />
      {kind === 'interim' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            {...fieldProps(props, 'employment.interimReason')}
            inputWrapperOrder={hintBelow}
            label={t('editor.steps.data.certificate.interimReason')}
            description={t('editor.steps.data.certificate.interimReasonHint')}
            data={interimReasons.map((reason) => ({
              value: reason,
              label: t(`editor.steps.data.certificate.interimReasons.${reason}`),
            }))}
            value={employment.interimReason ?? null}
            onChange={(reason) => {
              const known = interimReasons.find((candidate) => candidate === reason);
              if (known) onChange(patchEmployment({ interimReason: known }));
            }}
            allowDeselect={false}
            required
          />
          <TextInput
            {...fieldProps(props, 'employment.interimReasonText')}
            inputWrapperOrder={hintBelow}
            label={t('editor.steps.data.certificate.interimReasonText')}
            description={t('editor.steps.data.certificate.interimReasonTextHint')}
            value={inputText(employment.interimReasonText)}
            onChange={(event) =>
              onChange(patchEmployment({ interimReasonText: nullableText(event.currentTarget.value) }))
            }
            maxLength={300}
          />
        </SimpleGrid>
      ) : (
        <Select
          {...fieldProps(props, 'employment.exitReason')}
          label={t('editor.steps.data.certificate.exitReason')}
          description={t('editor.steps.data.certificate.exitReasonHint')}
          data={exitReasonsFor(kind).map((reason) => ({
            value: reason,
            label: t(`editor.steps.data.certificate.exitReasons.${reason}`),
          }))}
          value={exitReasonChoice(content)}
          onChange={(reason) => {
            const allowed = exitReasonsFor(kind).find((candidate) => candidate === reason);
            if (allowed) onChange(patchEmployment({ exitReason: allowed }));
          }}
          allowDeselect={false}
        />
      )}
    </StepSection>
  );
}

function MoreDetails(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, readOnly, fieldErrors, sentenceOf } = props;
  const { employment, examResult, closing } = content;
  const profileId = employment.jobProfile;
  const profile = useMemo(() => (profileId ? findJobProfile(profileId) : undefined), [profileId]);

  return (
    <StepSection title={t('editor.steps.data.more.title')}>
      {content.kind === 'apprenticeship' && !employment.isManager ? null : (
        <Switch
          id={fieldDomId('employment.isManager')}
          label={t('editor.steps.data.more.isManager')}
          description={t('editor.steps.data.more.isManagerHint')}
          error={fieldErrors['employment.isManager']}
          checked={employment.isManager}
          onChange={(event) => onChange(setManager(event.currentTarget.checked))}
          disabled={readOnly}
        />
      )}
      {employment.isManager ? (
        <NumberInput
          {...fieldProps(props, 'employment.staffCount')}
          label={t('editor.steps.data.more.staffCount')}
          value={employment.staffCount ?? ''}
          onChange={(value) => onChange(patchEmployment({ staffCount: nullableInteger(value) }))}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          hideControls
          maw={240}
        />
      ) : null}

      {content.kind === 'apprenticeship' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            {...fieldProps(props, 'examResult.grade')}
            inputWrapperOrder={hintBelow}
            error={fieldErrors['examResult.grade'] ?? fieldErrors.examResult}
            label={t('editor.steps.data.more.examGrade')}
            description={t('editor.steps.data.more.examGradeHint')}
            data={[
              { value: 'none', label: t('editor.steps.data.more.examGrades.none') },
              ...examGrades.map((grade) => ({
                value: String(grade),
                label: t(`editor.steps.data.more.examGrades.${grade}`),
              })),
            ]}
            value={examResult ? String(examResult.grade) : 'none'}
            onChange={(value) => {
              const grade = value && value !== 'none' ? Number(value) : null;
              onChange(setExamGrade(grade, defaultChamber(profile)));
            }}
            allowDeselect={false}
          />
          {examResult ? (
            <TextInput
              {...fieldProps(props, 'examResult.chamber')}
              inputWrapperOrder={hintBelow}
              label={t('editor.steps.data.more.chamber')}
              description={t('editor.steps.data.more.chamberHint')}
              value={examResult.chamber}
              onChange={(event) => onChange(setExamChamber(event.currentTarget.value))}
              maxLength={200}
              required
            />
          ) : null}
        </SimpleGrid>
      ) : null}

      <Stack gap="xs">
        <Switch
          id={fieldDomId('closing')}
          label={t('editor.steps.data.more.closingAutomatic')}
          description={
            closing
              ? t('editor.steps.data.more.closingManualHint')
              : t('editor.steps.data.more.closingAutomaticHint')
          }
          error={fieldErrors.closing}
          checked={closing === null || closing === undefined}
          onChange={(event) => onChange(setClosingAutomatic(event.currentTarget.checked, sentenceOf))}
          disabled={readOnly}
        />
        {closing ? (
          <Stack
            gap="xs"
            pl={{ base: 0, sm: 'xl' }}
            role="group"
            aria-label={t('editor.steps.data.more.closing')}
          >
            {closingBlocks.map((block) => {
              const regretInInterim = block === 'regret' && content.kind === 'interim';
              return (
                <Checkbox
                  key={block}
                  id={fieldDomId(`closing.${block}`)}
                  label={t(`editor.steps.data.more.closingBlocks.${block}`)}
                  description={regretInInterim ? t('editor.steps.data.more.regretInterim') : undefined}
                  error={fieldErrors[`closing.${block}`]}
                  checked={closing[block] && !regretInInterim}
                  onChange={(event) => onChange(setClosingBlock(block, event.currentTarget.checked))}
                  disabled={readOnly || regretInInterim}
                />
              );
            })}
          </Stack>
        ) : null}
      </Stack>
    </StepSection>
  );
}

function Signatures(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, readOnly, fieldErrors } = props;
  const focus = useFocusAfterChange();
  const signatures = content.signatures;
  const update = (index: number, patch: Partial<Signature>) =>
    onChange((c) => ({
      ...c,
      signatures: c.signatures.map((signature, at) =>
        at === index ? { ...signature, ...patch } : signature,
      ),
    }));

  return (
    <StepSection
      title={t('editor.steps.data.signatures.title')}
      intro={t('editor.steps.data.signatures.intro')}
    >
      {signatures.map((signature, index) => {
        const path = `signatures.${index}`;
        const label = t('editor.steps.data.signatures.signer', { number: index + 1 });
        return (
          <Stack key={index} gap={4} role="group" aria-labelledby={`${fieldDomId(path)}-label`}>
            <Text size="sm" fw={600} id={`${fieldDomId(path)}-label`}>
              {label}
            </Text>
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                {...fieldProps(props, `${path}.name`)}
                label={t('editor.steps.data.signatures.name')}
                value={signature.name}
                onChange={(event) => update(index, { name: event.currentTarget.value })}
                maxLength={150}
                required
                style={{ flex: '1 1 14rem' }}
              />
              <TextInput
                {...fieldProps(props, `${path}.function`)}
                label={t('editor.steps.data.signatures.function')}
                description={t('editor.steps.data.signatures.functionHint')}
                value={signature.function}
                onChange={(event) => update(index, { function: event.currentTarget.value })}
                maxLength={150}
                required
                inputWrapperOrder={hintBelow}
                style={{ flex: '1 1 14rem' }}
              />
              {readOnly || signatures.length < 2 ? null : (
                <Group mt={{ base: 0, sm: 25 }}>
                  <ListEntryActions
                    path="signatures"
                    index={index}
                    count={signatures.length}
                    itemLabel={label}
                    onMove={(offset) =>
                      onChange((c) => ({ ...c, signatures: moveItem(c.signatures, index, offset) }))
                    }
                    onRemove={() => onChange(removeSignature(index))}
                    focusAfterRemove={(next) => fieldDomId(`signatures.${next}.name`)}
                    focus={focus}
                  />
                </Group>
              )}
            </Group>
          </Stack>
        );
      })}
      {fieldErrors.signatures ? (
        <Text size="sm" c="var(--mantine-color-error)">
          {fieldErrors.signatures}
        </Text>
      ) : null}
      {readOnly || signatures.length >= maxSignatures ? null : (
        <AddEntryButton
          path="signatures"
          label={t('editor.steps.data.signatures.add')}
          count={signatures.length}
          max={maxSignatures}
          fullText={t('editor.steps.data.signatures.atMostTwo')}
          onAdd={() => {
            onChange(addSignature());
            focus(fieldDomId(`signatures.${signatures.length}.name`));
          }}
        />
      )}
    </StepSection>
  );
}

export function DataStep(props: StepProps) {
  const personal = sectionProps(props, 'data.personal');
  const company = sectionProps(props, 'data.company');
  const certificate = sectionProps(props, 'data.certificate');
  const further = sectionProps(props, 'data.further');
  const signatures = sectionProps(props, 'data.signatures');
  return (
    <Stack gap="lg">
      {personal ? <PersonalData {...personal} /> : null}
      {company ? <Company {...company} /> : null}
      {certificate ? <CertificateData {...certificate} /> : null}
      {further ? <MoreDetails {...further} /> : null}
      {signatures ? <Signatures {...signatures} /> : null}
    </Stack>
  );
}
