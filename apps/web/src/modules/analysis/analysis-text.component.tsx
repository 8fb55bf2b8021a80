// The analysed text, sentence by sentence: each sentence that carries a grade is tinted by it and
// followed by a badge with the number (so the grade is never told by colour alone); the closing's
// sentences carry a „Schluss“ badge. A legend explains the marks.
import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { gradeColor, grades, gradesInSentences, toParagraphs, type TextSegment } from './analysis.models';
import type { AnalysisResult } from './analysis.types';
import { GradeBadge } from './grade-badge.component';

function tint(color: string) {
  return {
    background: `var(--mantine-color-${color}-light)`,
    boxShadow: `inset 0 -2px 0 var(--mantine-color-${color}-6)`,
    borderRadius: 3,
    padding: '1px 2px',
    boxDecorationBreak: 'clone' as const,
    WebkitBoxDecorationBreak: 'clone' as const,
  };
}

function Segment({ segment }: { segment: TextSegment }) {
  const { t } = useTranslation();
  if (segment.kind === 'plain') return <>{segment.text}</>;
  const { grade, role } = segment.sentence;
  if (grade !== null) {
    return (
      <>
        <span style={tint(gradeColor(grade))} data-grade={grade} data-testid="analysis-sentence">
          {segment.text}
        </span>{' '}
        <GradeBadge range={{ grade, min: grade, max: grade }} size="sm" />
      </>
    );
  }
  if (role === 'closing') {
    return (
      <>
        <span style={{ borderBottom: '2px dashed var(--mantine-color-gray-6)' }}>{segment.text}</span>{' '}
        <Badge
          variant="outline"
          color="gray"
          c="dark.8"
          tt="none"
          size="sm"
          style={{ verticalAlign: 'baseline' }}
        >
          <span aria-hidden="true">{t('analysis.text.closingBadge')}</span>
          <VisuallyHidden>{t('analysis.text.closingSentence')}</VisuallyHidden>
        </Badge>
      </>
    );
  }
  return <>{segment.text}</>;
}

export function AnalysisText({
  result,
  fromPdf,
  onUseText,
}: {
  result: AnalysisResult;
  fromPdf: boolean;
  onUseText: () => void;
}) {
  const { t } = useTranslation();
  const paragraphs = toParagraphs(result.text, result.sentences);
  const shown = gradesInSentences(result.sentences);
  const hasClosing = result.sentences.some(
    (sentence) => sentence.role === 'closing' && sentence.grade === null,
  );
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="analysis-text-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={3} size="h4" id="analysis-text-title">
              {t('analysis.text.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={720}>
              {t('analysis.text.intro')} {fromPdf ? t('analysis.text.fromPdf') : null}
            </Text>
          </Stack>
          {fromPdf ? (
            <Button variant="default" size="xs" onClick={onUseText}>
              {t('analysis.text.useText')}
            </Button>
          ) : null}
        </Group>
        <Group
          gap="xs"
          component="ul"
          aria-label={t('analysis.text.legend')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          <Text component="li" size="sm" fw={600}>
            {t('analysis.text.legend')}:
          </Text>
          {(shown.length > 0 ? shown : grades).map((grade) => (
            <Group component="li" key={grade} gap={6} wrap="nowrap">
              <span style={{ ...tint(gradeColor(grade)), fontSize: 'var(--mantine-font-size-sm)' }}>
                {t(`analysis.grades.${grade}`)}
              </span>
              <GradeBadge range={{ grade, min: grade, max: grade }} size="sm" />
            </Group>
          ))}
          {hasClosing ? (
            <Group component="li" gap={6} wrap="nowrap">
              <Text size="sm" span style={{ borderBottom: '2px dashed var(--mantine-color-gray-6)' }}>
                {t('analysis.text.legendClosing')}
              </Text>
            </Group>
          ) : null}
          <Text component="li" size="sm">
            {t('analysis.text.legendNone')}
          </Text>
        </Group>
        <Stack gap="sm" data-testid="analysis-full-text" lang="de">
          {paragraphs.map((segments, paragraphIndex) => (
            <Text
              key={paragraphIndex}
              component="p"
              m={0}
              style={{ whiteSpace: 'pre-line', lineHeight: 1.9 }}
            >
              {segments.map((segment, index) => (
                <Fragment key={index}>
                  <Segment segment={segment} />
                </Fragment>
              ))}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
