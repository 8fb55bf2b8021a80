// The fields of a company's certificate layout, in groups: margins, font and paragraphs, the heading,
// the letterhead (logo, sender line, company block, background), footer lines and the signature. Number
// fields carry their unit in the label and the schema's range; every problem is shown at its field.
import {
  Checkbox,
  Fieldset,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Group,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CompanyAssetField } from './company-assets.component';
import { useMessageText } from './organization.hooks';
import {
  fontFamilies,
  headingAlignments,
  headingWeights,
  layoutLimits,
  layoutLineLimits,
  logoPositions,
  textAlignments,
  type LayoutErrors,
  type LayoutField,
  type LayoutForm,
  type LayoutNumberField,
} from './organization.models';
import type { Company } from './organization.types';

const steps: Partial<Record<LayoutNumberField, number>> = {
  lineSpacing: 0.05,
  fontSize: 0.5,
  headingSize: 1,
};
const decimals: Partial<Record<LayoutNumberField, number>> = { lineSpacing: 2, fontSize: 1 };

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset
      legend={legend}
      radius="md"
      variant="filled"
      styles={{ legend: { fontWeight: 650, fontSize: 'var(--mantine-font-size-md)' } }}
    >
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}

export function LayoutEditor({
  company,
  form,
  errors,
  mayWrite,
  onChange,
  onAssetChanged,
}: {
  company: Company;
  form: LayoutForm;
  errors: LayoutErrors;
  mayWrite: boolean;
  onChange: <K extends LayoutField>(field: K, value: LayoutForm[K]) => void;
  onAssetChanged: (kind: 'logo' | 'background', company: Company | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const say = useMessageText();
  const disabled = !mayWrite;

  const number = (field: LayoutNumberField, extra: { description?: string } = {}) => {
    const { min, max } = layoutLimits[field];
    const range = t('organization.layout.fields.rangeHint', {
      min: min.toLocaleString(i18n.language),
      max: max.toLocaleString(i18n.language),
    });
    return (
      <NumberInput
        label={t(`organization.layout.fields.${field}`)}
        description={extra.description ? `${extra.description} (${range})` : range}
        value={form[field]}
        onChange={(value) => onChange(field, value)}
        error={say(errors[field])}
        min={min}
        max={max}
        step={steps[field] ?? 1}
        decimalScale={decimals[field] ?? 1}
        decimalSeparator={i18n.language === 'en' ? '.' : ','}
        clampBehavior="none"
        allowNegative={false}
        disabled={disabled}
        data-testid={`layout-${field}`}
      />
    );
  };

  const radios = <V extends string>(
    field: 'alignment' | 'headingWeight' | 'headingAlignment' | 'logoPosition',
    values: readonly V[],
    labels: (value: V) => string,
  ) => (
    <Radio.Group
      label={t(`organization.layout.fields.${field}`)}
      value={form[field]}
      onChange={(value) => onChange(field, value as LayoutForm[typeof field])}
      error={say(errors[field])}
    >
      <Group gap="md" mt={6}>
        {values.map((value) => (
          <Radio key={value} value={value} label={labels(value)} disabled={disabled} />
        ))}
      </Group>
    </Radio.Group>
  );

  return (
    <Stack gap="md">
      <Section legend={t('organization.layout.sections.margins')}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {number('marginTop')}
          {number('marginBottom')}
          {number('marginLeft')}
          {number('marginRight')}
        </SimpleGrid>
      </Section>

      <Section legend={t('organization.layout.sections.font')}>
        <NativeSelect
          label={t('organization.layout.fields.fontFamily')}
          value={form.fontFamily}
          onChange={(event) => onChange('fontFamily', event.currentTarget.value as LayoutForm['fontFamily'])}
          data={fontFamilies.map((family) => ({
            value: family,
            label: t(`organization.layout.fontFamilies.${family}`),
          }))}
          error={say(errors.fontFamily)}
          disabled={disabled}
          data-testid="layout-fontFamily"
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          {number('fontSize')}
          {number('lineSpacing', { description: t('organization.layout.fields.lineSpacingHint') })}
        </SimpleGrid>
        {radios('alignment', textAlignments, (value) => t(`organization.layout.alignments.${value}`))}
      </Section>

      <Section legend={t('organization.layout.sections.heading')}>
        {number('headingSize')}
        {radios('headingWeight', headingWeights, (value) => t(`organization.layout.headingWeights.${value}`))}
        {radios('headingAlignment', headingAlignments, (value) =>
          t(`organization.layout.headingAlignments.${value}`),
        )}
        <Checkbox
          label={t('organization.layout.fields.headingUppercase')}
          checked={form.headingUppercase}
          onChange={(event) => onChange('headingUppercase', event.currentTarget.checked)}
          disabled={disabled}
        />
      </Section>

      <Section legend={t('organization.layout.sections.letterhead')}>
        <CompanyAssetField
          company={company}
          kind="logo"
          isPresent={form.logoSrc !== null}
          mayWrite={mayWrite}
          onChanged={(updated) => onAssetChanged('logo', updated)}
        />
        {form.logoSrc !== null ? (
          <>
            {radios('logoPosition', logoPositions, (value) =>
              t(`organization.layout.logoPositions.${value}`),
            )}
            {number('logoWidth')}
          </>
        ) : null}
        <TextInput
          label={t('organization.layout.fields.senderLine')}
          description={t('organization.layout.fields.senderLineHint')}
          value={form.senderLine}
          onChange={(event) => onChange('senderLine', event.currentTarget.value)}
          error={say(errors.senderLine)}
          disabled={disabled}
          autoComplete="off"
        />
        <Textarea
          label={t('organization.layout.fields.addressBlock')}
          description={t('organization.layout.fields.addressBlockHint', {
            max: layoutLineLimits.addressBlock,
          })}
          value={form.addressBlock}
          onChange={(event) => onChange('addressBlock', event.currentTarget.value)}
          error={say(errors.addressBlock)}
          autosize
          minRows={3}
          maxRows={10}
          disabled={disabled}
          data-testid="layout-addressBlock"
        />
        <CompanyAssetField
          company={company}
          kind="background"
          isPresent={form.backgroundSrc !== null}
          mayWrite={mayWrite}
          onChanged={(updated) => onAssetChanged('background', updated)}
        />
      </Section>

      <Section legend={t('organization.layout.sections.footer')}>
        <Textarea
          label={t('organization.layout.fields.footer')}
          description={t('organization.layout.fields.footerHint', { max: layoutLineLimits.footer })}
          value={form.footer}
          onChange={(event) => onChange('footer', event.currentTarget.value)}
          error={say(errors.footer)}
          autosize
          minRows={2}
          maxRows={6}
          disabled={disabled}
        />
      </Section>

      <Section legend={t('organization.layout.sections.signature')}>
        {number('signatureSpace', { description: t('organization.layout.fields.signatureSpaceHint') })}
      </Section>
    </Stack>
  );
}
