// The result of an analysis: the overall grade, the kind and exit reason, the sections with their
// grades and evidence, the closing's building blocks, the findings, and the text sentence by sentence.
import {
  Badge,
  Box,
  Grid,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../../ui/icons';
import { AnalysisText } from './analysis-text.component';
import {
  assessedCategories,
  closingParts,
  flagSeverity,
  gradeSpan,
  isKnownExitReason,
  sortFlags,
  unassessedCategories,
} from './analysis.models';
import type { AnalysisFlag, AnalysisResult, FlagSeverity } from './analysis.types';
import { GradeBadge, useGradeWords } from './grade-badge.component';

const severityColor: Record<FlagSeverity, string> = { error: 'red', warning: 'orange', info: 'brand' };

function CrossIcon() {
  return (
    <svg
      width={16}
      height={16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  );
}

/** A quotation from the certificate; the engine joins several sentences with „ … “. */
function Evidence({ text }: { text: string }) {
  return (
    <Text size="sm" component="q" style={{ quotes: '„ “' }}>
      {text}
    </Text>
  );
}

export function AnalysisResultView({
  result,
  fileName,
  headingRef,
  onUseText,
}: {
  result: AnalysisResult;
  /** The PDF the text was read from; null for pasted text. */
  fileName: string | null;
  headingRef: Ref<HTMLHeadingElement>;
  onUseText: () => void;
}) {
  const { t } = useTranslation();
  const gradeWords = useGradeWords();
  const categories = assessedCategories(result.categories);
  const unassessed = unassessedCategories(result.categories);
  const flags = sortFlags(result.flags);
  const overall = result.overall;
  const exitReason =
    result.exitReason === null
      ? t('analysis.result.exitReasonInterim')
      : isKnownExitReason(result.exitReason)
        ? t(`analysis.result.exitReasons.${result.exitReason}`)
        : result.exitReason;
  const kind = (['final', 'interim', 'apprenticeship'] as const).includes(result.kind)
    ? t(`analysis.result.kinds.${result.kind}`)
    : result.kind;

  return (
    <Stack gap="lg" component="section" aria-labelledby="analysis-result-title">
      <Group justify="space-between" align="baseline">
        <Title
          order={2}
          size="h3"
          id="analysis-result-title"
          ref={headingRef}
          tabIndex={-1}
          style={{ outline: 'none', scrollMarginTop: 84 }}
        >
          {t('analysis.result.title')}
        </Title>
        {fileName ? (
          <Text size="sm" c="dimmed">
            {t('analysis.result.fromPdf', { name: fileName })}
          </Text>
        ) : null}
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder radius="md" p="lg" h="100%" data-testid="analysis-overall">
            <Stack gap={6}>
              <Text size="sm" fw={600} c="dimmed">
                {t('analysis.result.overall')}
              </Text>
              {overall ? (
                <>
                  <Group gap="sm" align="center" wrap="nowrap">
                    <GradeBadge range={overall} size="xl" />
                    <Text fz="xl" fw={700} lh={1.2}>
                      {gradeWords(overall)}
                    </Text>
                  </Group>
                  {gradeSpan(overall).from !== gradeSpan(overall).to ? (
                    <Text size="sm">
                      {t('analysis.result.estimate', {
                        grade: overall.grade,
                        word: gradeWords({ grade: overall.grade, min: overall.grade, max: overall.grade }),
                      })}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {t('analysis.result.overallHint')}:
                  </Text>
                  <Evidence text={overall.evidence} />
                </>
              ) : (
                <Text size="sm">{t('analysis.result.overallMissing')}</Text>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder radius="md" p="lg" h="100%">
            <Stack gap="sm">
              <Box>
                <Text size="sm" fw={600} c="dimmed">
                  {t('analysis.result.kind')}
                </Text>
                <Text fw={600} data-testid="analysis-kind">
                  {kind}
                </Text>
              </Box>
              <Box>
                <Text size="sm" fw={600} c="dimmed">
                  {t('analysis.result.exitReason')}
                </Text>
                <Text fw={600} data-testid="analysis-exit-reason">
                  {exitReason}
                </Text>
              </Box>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="analysis-sections-title">
        <Stack gap="sm">
          <Title order={3} size="h4" id="analysis-sections-title">
            {t('analysis.sections.title')}
          </Title>
          {categories.length === 0 ? (
            <Text size="sm">{t('analysis.sections.none')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table verticalSpacing="sm" data-testid="analysis-sections">
                <Table.Caption>
                  <VisuallyHidden>{t('analysis.sections.caption')}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w="22%">
                      {t('analysis.sections.section')}
                    </Table.Th>
                    <Table.Th scope="col" w="22%">
                      {t('analysis.sections.grade')}
                    </Table.Th>
                    <Table.Th scope="col">{t('analysis.sections.evidence')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {categories.map(({ key, category, range }) => (
                    <Table.Tr key={key}>
                      <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top' }}>
                        {category ? t(`analysis.categories.${category}`) : key}
                      </Table.Th>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <Group gap={8} wrap="nowrap" align="center">
                          <GradeBadge range={range} />
                          <Text size="sm" aria-hidden="true">
                            {gradeWords(range)}
                          </Text>
                        </Group>
                        {gradeSpan(range).from !== gradeSpan(range).to ? (
                          <Text size="xs" c="dimmed" mt={4}>
                            {t('analysis.result.estimate', {
                              grade: range.grade,
                              word: gradeWords({ grade: range.grade, min: range.grade, max: range.grade }),
                            })}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <Evidence text={range.evidence} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {unassessed.length > 0 ? (
            <Text size="sm" data-testid="analysis-unassessed">
              {t('analysis.sections.unassessed', {
                list: unassessed.map((category) => t(`analysis.categories.${category}`)).join(', '),
              })}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {t('analysis.sections.rangeHint')}
          </Text>
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="analysis-closing-title">
          <Stack gap="sm">
            <Title order={3} size="h4" id="analysis-closing-title">
              {t('analysis.closing.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('analysis.closing.intro')}
            </Text>
            <List
              spacing={6}
              listStyleType="none"
              data-testid="analysis-closing"
              styles={{ itemWrapper: { width: '100%' } }}
            >
              {closingParts(result.closing).map(({ part, present }) => (
                <List.Item
                  key={part}
                  icon={
                    <ThemeIcon
                      size={22}
                      radius="xl"
                      variant="light"
                      color={present ? 'green' : 'gray'}
                      c="dark.8"
                    >
                      {present ? <CheckIcon size={14} /> : <CrossIcon />}
                    </ThemeIcon>
                  }
                >
                  <Text size="sm" component="span">
                    {t(`analysis.closing.parts.${part}`)}:{' '}
                    <Text span fw={600} size="sm">
                      {present ? t('analysis.closing.present') : t('analysis.closing.missing')}
                    </Text>
                  </Text>
                </List.Item>
              ))}
            </List>
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {t('analysis.closing.signals')}:
              </Text>
              <GradeBadge
                range={{ grade: result.closing.grade, min: result.closing.grade, max: result.closing.grade }}
                withWords
              />
            </Group>
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="analysis-flags-title">
          <Stack gap="sm">
            <Title order={3} size="h4" id="analysis-flags-title">
              {t('analysis.flags.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('analysis.flags.intro')}
            </Text>
            {flags.length === 0 ? (
              <Text size="sm" data-testid="analysis-flags-none">
                {t('analysis.flags.none')}
              </Text>
            ) : (
              <Stack
                component="ul"
                gap="sm"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                data-testid="analysis-flags"
              >
                {flags.map((flag, index) => (
                  <FlagItem key={`${flag.code}-${index}`} flag={flag} />
                ))}
              </Stack>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>

      <AnalysisText result={result} fromPdf={fileName !== null} onUseText={onUseText} />
    </Stack>
  );
}

function FlagItem({ flag }: { flag: AnalysisFlag }) {
  const { t } = useTranslation();
  const severity = flagSeverity(flag.severity);
  return (
    <Box
      component="li"
      p="sm"
      style={{
        borderLeft: `4px solid var(--mantine-color-${severityColor[severity]}-6)`,
        background: 'var(--mantine-color-gray-0)',
        borderRadius: 'var(--mantine-radius-sm)',
      }}
    >
      <Stack gap={4}>
        <Group gap="xs">
          <Badge variant="light" color={severityColor[severity]} c="dark.8" tt="none" fw={700}>
            {t(`analysis.flags.severity.${severity}`)}
          </Badge>
        </Group>
        <Text size="sm">{flag.message}</Text>
        {flag.evidence ? (
          <Text size="sm" c="dimmed">
            {t('analysis.flags.evidence')}: <Evidence text={flag.evidence} />
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}
