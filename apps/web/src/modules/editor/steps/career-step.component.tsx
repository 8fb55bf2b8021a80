// The editor's step „Werdegang“: career stations, activities (with the job profile's suggestions),
// additional activities, further training and powers of attorney. Controlled by the editor page.
// On a handover recipient's page each sub-section follows its grant (`sectionProps`).
import { Alert, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldDomId } from '../editor-fields.models';
import type { StepProps } from '../editor.types';
import {
  AddEntryButton,
  entryButtonId,
  ListEntryActions,
  useFocusAfterChange,
} from './list-actions.component';
import { PhraseSuggestions } from './phrase-suggestions.component';
import { ChoiceField, fieldProps, hintBelow, sectionProps, StepSection } from './step-fields.component';
import {
  addPhrases,
  appendItem,
  inputText,
  maxPositions,
  maxTrainings,
  moveItem,
  newPosition,
  newTraining,
  nullableDate,
  nullableInteger,
  nullableText,
  powerOfAttorneyChoice,
  removeItem,
  setPowerOfAttorney,
  type Position,
  type PowerOfAttorneyChoice,
  type Training,
} from './steps.models';
import { TextListEditor } from './text-list-editor.component';
import { useTextLists } from './steps.hooks';

function Positions(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, readOnly } = props;
  const focus = useFocusAfterChange();
  const positions = content.positions;
  const update = (index: number, patch: Partial<Position>) =>
    onChange((c) => ({
      ...c,
      positions: c.positions.map((position, at) => (at === index ? { ...position, ...patch } : position)),
    }));

  return (
    <StepSection
      title={t('editor.steps.career.positions.title')}
      intro={t('editor.steps.career.positions.intro')}
    >
      {positions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.steps.career.positions.empty')}
        </Text>
      ) : null}
      {positions.map((position, index) => {
        const path = `positions.${index}`;
        const label = t('editor.steps.career.positions.entry', { number: index + 1 });
        return (
          <Fieldset key={index} legend={label} variant="filled" radius="md">
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput
                  {...fieldProps(props, `${path}.from`)}
                  type="date"
                  label={t('editor.steps.career.positions.from')}
                  value={position.from}
                  onChange={(event) => update(index, { from: event.currentTarget.value })}
                  required
                />
                <TextInput
                  {...fieldProps(props, `${path}.to`)}
                  inputWrapperOrder={hintBelow}
                  type="date"
                  label={t('editor.steps.career.positions.to')}
                  description={t('editor.steps.career.positions.toHint')}
                  value={inputText(position.to)}
                  onChange={(event) => update(index, { to: nullableDate(event.currentTarget.value) })}
                />
                <TextInput
                  {...fieldProps(props, `${path}.jobTitle`)}
                  label={t('editor.steps.career.positions.jobTitle')}
                  value={position.jobTitle}
                  onChange={(event) => update(index, { jobTitle: event.currentTarget.value })}
                  maxLength={200}
                  required
                />
                <TextInput
                  {...fieldProps(props, `${path}.department`)}
                  label={t('editor.steps.career.positions.department')}
                  value={inputText(position.department)}
                  onChange={(event) => update(index, { department: nullableText(event.currentTarget.value) })}
                  maxLength={200}
                />
              </SimpleGrid>
              {readOnly ? null : (
                <Group justify="flex-end">
                  <ListEntryActions
                    path="positions"
                    index={index}
                    count={positions.length}
                    itemLabel={label}
                    onMove={(offset) =>
                      onChange((c) => ({ ...c, positions: moveItem(c.positions, index, offset) }))
                    }
                    onRemove={() => onChange((c) => ({ ...c, positions: removeItem(c.positions, index) }))}
                    focusAfterRemove={(next) => entryButtonId(`positions.${next}`, 'remove')}
                    focus={focus}
                  />
                </Group>
              )}
            </Stack>
          </Fieldset>
        );
      })}
      {props.fieldErrors.positions ? (
        <Text size="sm" c="var(--mantine-color-error)">
          {props.fieldErrors.positions}
        </Text>
      ) : null}
      {readOnly ? null : (
        <AddEntryButton
          path="positions"
          label={t('editor.steps.career.positions.add')}
          count={positions.length}
          max={maxPositions}
          fullText={t('editor.steps.career.positions.full', { max: maxPositions })}
          onAdd={() => {
            onChange((c) => ({ ...c, positions: appendItem(c.positions, newPosition(c), maxPositions) }));
            focus(fieldDomId(`positions.${positions.length}.from`));
          }}
        />
      )}
    </StepSection>
  );
}

function Trainings(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, readOnly } = props;
  const focus = useFocusAfterChange();
  const trainings = content.trainings;
  const update = (index: number, patch: Partial<Training>) =>
    onChange((c) => ({
      ...c,
      trainings: c.trainings.map((training, at) => (at === index ? { ...training, ...patch } : training)),
    }));

  return (
    <StepSection
      title={t('editor.steps.career.trainings.title')}
      intro={t('editor.steps.career.trainings.intro')}
    >
      {content.form === 'simple' ? (
        <Alert variant="light" color="gray">
          {t('editor.steps.career.simpleNotice')}
        </Alert>
      ) : null}
      {trainings.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.steps.career.trainings.empty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {trainings.map((training, index) => {
            const path = `trainings.${index}`;
            const label = t('editor.steps.career.trainings.entry', { number: index + 1 });
            return (
              <li key={index}>
                <Group role="group" aria-label={label} gap="xs" align="flex-end" wrap="wrap">
                  <TextInput
                    {...fieldProps(props, `${path}.title`)}
                    label={t('editor.steps.career.trainings.name')}
                    value={training.title}
                    onChange={(event) => update(index, { title: event.currentTarget.value })}
                    maxLength={300}
                    required
                    style={{ flex: '1 1 16rem' }}
                  />
                  <NumberInput
                    {...fieldProps(props, `${path}.year`)}
                    label={t('editor.steps.career.trainings.year')}
                    value={training.year ?? ''}
                    onChange={(value) => update(index, { year: nullableInteger(value) })}
                    allowDecimal={false}
                    allowNegative={false}
                    min={1900}
                    max={2200}
                    clampBehavior="none"
                    hideControls
                    w={100}
                  />
                  {readOnly ? null : (
                    <ListEntryActions
                      path="trainings"
                      index={index}
                      count={trainings.length}
                      itemLabel={label}
                      onMove={(offset) =>
                        onChange((c) => ({ ...c, trainings: moveItem(c.trainings, index, offset) }))
                      }
                      onRemove={() => onChange((c) => ({ ...c, trainings: removeItem(c.trainings, index) }))}
                      focusAfterRemove={(next) => fieldDomId(`trainings.${next}.title`)}
                      focus={focus}
                    />
                  )}
                </Group>
              </li>
            );
          })}
        </Stack>
      )}
      {props.fieldErrors.trainings ? (
        <Text size="sm" c="var(--mantine-color-error)">
          {props.fieldErrors.trainings}
        </Text>
      ) : null}
      {readOnly ? null : (
        <AddEntryButton
          path="trainings"
          label={t('editor.steps.career.trainings.add')}
          count={trainings.length}
          max={maxTrainings}
          fullText={t('editor.steps.career.trainings.full', { max: maxTrainings })}
          onAdd={() => {
            onChange((c) => ({ ...c, trainings: appendItem(c.trainings, newTraining(), maxTrainings) }));
            focus(fieldDomId(`trainings.${trainings.length}.title`));
          }}
        />
      )}
    </StepSection>
  );
}

export function CareerStep(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, fieldErrors } = props;
  const { profile, updateList } = useTextLists({ content, onChange });
  const positions = sectionProps(props, 'career.positions');
  const activities = sectionProps(props, 'career.activities');
  const additional = sectionProps(props, 'career.additionalActivities');
  const trainings = sectionProps(props, 'career.trainings');
  const powers = sectionProps(props, 'career.powersOfAttorney');

  const powerOptions: { value: PowerOfAttorneyChoice; label: string }[] = [
    { value: 'none', label: t('editor.steps.career.powerOfAttorney.options.none') },
    { value: 'prokura', label: t('editor.steps.career.powerOfAttorney.options.prokura') },
    {
      value: 'handlungsvollmacht',
      label: t('editor.steps.career.powerOfAttorney.options.handlungsvollmacht'),
    },
  ];

  return (
    <Stack gap="lg">
      {positions ? <Positions {...positions} /> : null}

      {activities ? (
        <StepSection
          title={t('editor.steps.career.activities.title')}
          intro={t('editor.steps.career.activities.intro')}
        >
          <TextListEditor
            path="activities"
            items={content.activities}
            onChange={updateList('activities')}
            itemLabel={(number) => t('editor.steps.career.activities.entry', { number })}
            addLabel={t('editor.steps.career.activities.add')}
            emptyText={t('editor.steps.career.activities.empty')}
            fieldErrors={fieldErrors}
            readOnly={activities.readOnly}
          />
          {activities.readOnly ? null : (
            <PhraseSuggestions
              profileTitle={profile ? profile.titles[content.employee.gender] : null}
              phrases={profile?.activities ?? []}
              list={content.activities}
              onAdd={(phrases) => onChange((c) => ({ ...c, activities: addPhrases(c.activities, phrases) }))}
            />
          )}
        </StepSection>
      ) : null}

      {additional ? (
        <StepSection
          title={t('editor.steps.career.additionalActivities.title')}
          intro={t('editor.steps.career.additionalActivities.intro')}
        >
          <TextListEditor
            path="additionalActivities"
            items={content.additionalActivities}
            onChange={updateList('additionalActivities')}
            itemLabel={(number) => t('editor.steps.career.additionalActivities.entry', { number })}
            addLabel={t('editor.steps.career.additionalActivities.add')}
            emptyText={t('editor.steps.career.additionalActivities.empty')}
            fieldErrors={fieldErrors}
            readOnly={additional.readOnly}
          />
        </StepSection>
      ) : null}

      {trainings ? <Trainings {...trainings} /> : null}

      {powers ? (
        <StepSection title={t('editor.steps.career.powerOfAttorney.title')}>
          <ChoiceField<PowerOfAttorneyChoice>
            path="employment.powerOfAttorney"
            label={t('editor.steps.career.powerOfAttorney.label')}
            description={t('editor.steps.career.powerOfAttorney.hint')}
            error={fieldErrors['employment.powerOfAttorney']}
            data={powerOptions}
            value={powerOfAttorneyChoice(content)}
            onChange={(choice) => onChange(setPowerOfAttorney(choice))}
            readOnly={powers.readOnly}
          />
        </StepSection>
      ) : null}
    </Stack>
  );
}
