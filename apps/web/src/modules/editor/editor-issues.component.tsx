// The consistency check beside the preview: each finding with its weight and a link to the field or
// sentence it concerns; above them, the inputs that keep the certificate from being saved.
import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { CertificateIssue } from '@zeugnisdesk/engine';
import { useTranslation } from 'react-i18next';
import type { FieldProblem } from './editor.models';

const severityColor = { error: 'red', warning: 'orange', info: 'blue' } as const;

export function EditorIssues({
  issues,
  problems,
  onShowIssue,
  onShowField,
  fieldLabel,
}: {
  issues: readonly CertificateIssue[];
  problems: Readonly<Record<string, FieldProblem>>;
  onShowIssue: (issue: CertificateIssue) => void;
  onShowField: (path: string) => void;
  fieldLabel: (path: string) => string;
}) {
  const { t } = useTranslation();
  const problemPaths = Object.keys(problems);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="editor-issues-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="editor-issues-title" tabIndex={-1}>
          {t('editor.issues.title')}
        </Title>
        {problemPaths.length > 0 ? (
          <Stack gap={4} data-testid="editor-problems">
            <Text size="sm" fw={600} c="red.9">
              {t('editor.issues.notSaved', { count: problemPaths.length })}
            </Text>
            <List size="sm" spacing={4}>
              {problemPaths.map((path) => (
                <List.Item key={path}>
                  <Anchor component="button" type="button" size="sm" onClick={() => onShowField(path)}>
                    {fieldLabel(path)}
                  </Anchor>
                  {': '}
                  {t(`editor.problems.${problems[path]?.key ?? 'invalid'}`, problems[path]?.values ?? {})}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        {issues.length === 0 ? (
          <Text size="sm" data-testid="editor-no-issues">
            {t('editor.issues.none')}
          </Text>
        ) : (
          <List size="sm" spacing="xs" listStyleType="none" data-testid="editor-issues" p={0}>
            {issues.map((issue, index) => (
              <List.Item key={`${issue.code}-${index}`} data-code={issue.code}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Badge
                    variant="light"
                    color={severityColor[issue.severity]}
                    c="dark.8"
                    tt="none"
                    miw="max-content"
                  >
                    {t(`editor.issues.severity.${issue.severity}`)}
                  </Badge>
                  <Stack gap={2}>
                    <Text size="sm">{issue.message}</Text>
                    {issue.path || issue.sentenceId ? (
                      <Anchor component="button" type="button" size="sm" onClick={() => onShowIssue(issue)}>
                        {issue.path ? t('editor.issues.showField') : t('editor.issues.showSentence')}
                      </Anchor>
                    ) : null}
                  </Stack>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
