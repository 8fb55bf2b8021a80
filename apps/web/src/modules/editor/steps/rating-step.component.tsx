// The editor's step „Bewertung“: one grade per category (not rated, 1–5) with the sentence the
// certificate states for it, a helper that sets all grades at once, the overall grade, and the lists
// of qualifications and achievements. A simple certificate has no assessment: the rows are hidden.
// On a handover recipient's page each sub-section follows its grant (`sectionProps`).
import { Alert, Box, Button, Group, Select, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Grade, RatingCategory } from '@zeugnisdesk/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepProps } from '../editor.types';
import { PhraseSuggestions } from './phrase-suggestions.component';
import { ChoiceField, StepSection, fieldProps, sectionProps } from './step-fields.component';
import {
  addPhrases,
  automaticOverallGrade,
  gradeChoice,
  gradeOfChoice,
  grades,
  ratingSentenceIds,
  setAllRatings,
  setRating,
  visibleBehaviourCategories,
  visiblePerformanceCategories,
  type GradeChoice,
} from './steps.models';
import { TextListEditor } from './text-list-editor.component';
import { useTextLists } from './steps.hooks';

function RatingRow({ category, ...props }: StepProps & { category: RatingCategory }) {
  const { t } = useTranslation();
  const { content, onChange, readOnly, fieldErrors, sentenceOf } = props;
  const path = `ratings.${category}`;
  const grade = content.ratings[category];
  const sentence = grade === null ? null : sentenceOf(ratingSentenceIds[category]);
  const gradeName = (value: Grade) => t(`editor.steps.rating.gradeNames.${value}`);
  const options = [
    {
      value: 'none' as GradeChoice,
      label: (
        <>
          <span aria-hidden="true">–</span>
          <VisuallyHidden>{t('editor.steps.rating.notRated')}</VisuallyHidden>
        </>
      ),
    },
    ...grades.map((value) => ({
      value: gradeChoice(value),
      label: (
        <>
          <span aria-hidden="true">{value}</span>
          <VisuallyHidden>
            {t('editor.steps.rating.grade', { grade: value, name: gradeName(value) })}
          </VisuallyHidden>
        </>
      ),
    })),
  ];

  return (
    <Stack gap={6} component="li">
      <ChoiceField<GradeChoice>
        path={path}
        label={t(`editor.steps.rating.categories.${category}`)}
        description={t(`editor.steps.rating.categoryHints.${category}`)}
        error={fieldErrors[path]}
        data={options}
        value={gradeChoice(grade)}
        onChange={(choice) => onChange(setRating(category, gradeOfChoice(choice)))}
        readOnly={readOnly}
      />
      <Box
        px="sm"
        py={6}
        bg="gray.0"
        style={{ borderInlineStart: '3px solid var(--mantine-color-brand-5)', borderRadius: 4 }}
      >
        <Text size="xs" c="dimmed" fw={600}>
          {t('editor.steps.rating.sentence')}
        </Text>
        <Text size="sm" aria-live="polite" fs={sentence ? undefined : 'italic'}>
          {grade === null
            ? t('editor.steps.rating.notRatedSentence')
            : (sentence ?? t('editor.steps.rating.noSentence'))}
        </Text>
      </Box>
      {grade !== null && grade >= 4 ? (
        <Text size="sm" c="var(--mantine-color-orange-light-color)">
          {t('editor.steps.rating.worseHint')}
        </Text>
      ) : null}
    </Stack>
  );
}

function Ratings(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, readOnly } = props;
  const gradeName = (value: Grade) => t(`editor.steps.rating.gradeNames.${value}`);
  const automatic = automaticOverallGrade(content);
  const setAllId = useId();
  const groups: { title: string; categories: readonly RatingCategory[] }[] = [
    { title: t('editor.steps.rating.performance'), categories: visiblePerformanceCategories(content) },
    { title: t('editor.steps.rating.behaviour'), categories: visibleBehaviourCategories },
  ];

  return (
    <StepSection
      title={t('editor.steps.rating.title')}
      intro={content.form === 'simple' ? undefined : t('editor.steps.rating.intro')}
    >
      {content.form === 'simple' ? (
        <Alert variant="light" color="brand">
          {t('editor.steps.rating.simpleNotice')}
        </Alert>
      ) : (
        <>
          {readOnly ? null : (
            <Group gap="xs" role="group" aria-labelledby={setAllId}>
              <Text size="sm" id={setAllId}>
                {t('editor.steps.rating.setAll')}
              </Text>
              {grades.map((value) => (
                <Button
                  key={value}
                  size="compact-sm"
                  variant="default"
                  miw={32}
                  aria-label={t('editor.steps.rating.setAllButton', { grade: value, name: gradeName(value) })}
                  onClick={() => onChange(setAllRatings(value))}
                >
                  {value}
                </Button>
              ))}
            </Group>
          )}
          {groups.map((group) => (
            <Stack key={group.title} gap="sm">
              <Title order={3} size="h5">
                {group.title}
              </Title>
              <Stack gap="lg" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
                {group.categories.map((category) => (
                  <RatingRow key={category} category={category} {...props} />
                ))}
              </Stack>
            </Stack>
          ))}
          <Select
            {...fieldProps(props, 'overallGrade')}
            label={t('editor.steps.rating.overallGrade')}
            description={t('editor.steps.rating.overallHint')}
            data={[
              {
                value: 'auto',
                label:
                  automatic === null
                    ? t('editor.steps.rating.overallAutomatic')
                    : t('editor.steps.rating.overallAutomaticCurrent', {
                        grade: automatic,
                        name: gradeName(automatic),
                      }),
              },
              ...grades.map((value) => ({
                value: String(value),
                label: t('editor.steps.rating.grade', { grade: value, name: gradeName(value) }),
              })),
            ]}
            value={content.overallGrade ? String(content.overallGrade) : 'auto'}
            onChange={(value) => {
              const overallGrade = value ? gradeOfChoice(value) : null;
              onChange((c) => ({ ...c, overallGrade }));
            }}
            allowDeselect={false}
            maw={360}
          />
        </>
      )}
    </StepSection>
  );
}

export function RatingStep(props: StepProps) {
  const { t } = useTranslation();
  const { content, onChange, fieldErrors } = props;
  const { profile, updateList } = useTextLists({ content, onChange });
  const ratings = sectionProps(props, 'rating.ratings');
  const qualifications = sectionProps(props, 'rating.qualifications');
  const achievements = sectionProps(props, 'rating.achievements');
  const simpleNotice =
    content.form === 'simple' ? (
      <Alert variant="light" color="gray">
        {t('editor.steps.simpleListsNotice')}
      </Alert>
    ) : null;

  return (
    <Stack gap="lg">
      {ratings ? <Ratings {...ratings} /> : null}

      {qualifications ? (
        <StepSection
          title={t('editor.steps.qualifications.title')}
          intro={t('editor.steps.qualifications.intro')}
        >
          {simpleNotice}
          <TextListEditor
            path="qualifications"
            items={content.qualifications}
            onChange={updateList('qualifications')}
            itemLabel={(number) => t('editor.steps.qualifications.entry', { number })}
            addLabel={t('editor.steps.qualifications.add')}
            emptyText={t('editor.steps.qualifications.empty')}
            fieldErrors={fieldErrors}
            readOnly={qualifications.readOnly}
          />
          {qualifications.readOnly || !profile ? null : (
            <PhraseSuggestions
              profileTitle={profile.titles[content.employee.gender]}
              phrases={profile.qualifications}
              list={content.qualifications}
              onAdd={(phrases) =>
                onChange((c) => ({ ...c, qualifications: addPhrases(c.qualifications, phrases) }))
              }
            />
          )}
        </StepSection>
      ) : null}

      {achievements ? (
        <StepSection
          title={t('editor.steps.achievements.title')}
          intro={t('editor.steps.achievements.intro')}
        >
          {simpleNotice}
          <TextListEditor
            path="achievements"
            items={content.achievements}
            onChange={updateList('achievements')}
            itemLabel={(number) => t('editor.steps.achievements.entry', { number })}
            addLabel={t('editor.steps.achievements.add')}
            emptyText={t('editor.steps.achievements.empty')}
            fieldErrors={fieldErrors}
            readOnly={achievements.readOnly}
          />
        </StepSection>
      ) : null}
    </Stack>
  );
}
