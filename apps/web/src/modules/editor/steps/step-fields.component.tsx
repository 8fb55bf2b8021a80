// Building blocks the three step forms share: a titled section (h2 inside the editor's h1), a labelled
// choice (segmented control) whose DOM id forwards the focus to the chosen option, the props every
// input takes from its content path (DOM id for the preview's issue links, error, read-only), and the
// props of a sub-section under a handover's grants (hidden, read-only or editable).
import { Input, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { HandoverSection } from '@zeugnisdesk/shared';
import { useId, type FocusEvent, type ReactNode } from 'react';
import { fieldDomId } from '../editor-fields.models';
import type { StepProps } from '../editor.types';

export function StepSection({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {intro ? (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The props one sub-section of a step works with. On a handover recipient's page (`props.sections`)
 * a section granted 'none' is not rendered at all (null) and one granted 'read' is read-only; in HR's
 * editor (no `sections`) the props are returned unchanged.
 */
export function sectionProps(props: StepProps, section: HandoverSection): StepProps | null {
  const level = props.sections ? props.sections[section] : 'write';
  if (level === 'none') return null;
  return level === 'read' && !props.readOnly ? { ...props, readOnly: true } : props;
}

/** Inputs side by side put their hints under the field, so that the fields themselves line up. */
export const hintBelow: ('label' | 'input' | 'description' | 'error')[] = [
  'label',
  'input',
  'description',
  'error',
];

/** What every input of a step takes from its content path: its DOM id, its message, read-only. */
export function fieldProps(props: Pick<StepProps, 'fieldErrors' | 'readOnly'>, path: string) {
  return { id: fieldDomId(path), error: props.fieldErrors[path], readOnly: props.readOnly };
}

/**
 * Focusing the group itself (the preview's issue links focus by DOM id) moves the focus on to the
 * chosen option, or the first one, so the arrow keys work at once.
 */
export function forwardGroupFocus(event: FocusEvent<HTMLElement>): void {
  if (event.target !== event.currentTarget) return;
  const group = event.currentTarget;
  const option =
    group.querySelector<HTMLInputElement>('input:checked') ??
    group.querySelector<HTMLInputElement>('input:not(:disabled)');
  option?.focus();
}

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
}

export function ChoiceField<V extends string>({
  path,
  label,
  description,
  error,
  data,
  value,
  onChange,
  readOnly,
  fullWidth,
}: {
  path: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  data: ChoiceOption<V>[];
  value: V;
  onChange: (value: V) => void;
  readOnly: boolean;
  fullWidth?: boolean;
}) {
  const id = fieldDomId(path);
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Stack gap={4} align="flex-start">
      <Input.Label id={`${id}-label`} labelElement="div">
        {label}
      </Input.Label>
      {description ? <Input.Description id={`${id}-description`}>{description}</Input.Description> : null}
      <SegmentedControl<V>
        id={id}
        name={`${id}-option`}
        tabIndex={-1}
        onFocus={forwardGroupFocus}
        aria-labelledby={`${id}-label`}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        data={data}
        value={value}
        onChange={onChange}
        readOnly={readOnly}
        fullWidth={fullWidth}
        color="brand"
        mt={2}
      />
      {error ? <Input.Error id={`${id}-error`}>{error}</Input.Error> : null}
    </Stack>
  );
}
