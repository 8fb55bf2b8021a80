// /analyse: paste a certificate's text or upload its PDF and see the grade each part signals (C16).
// Nothing is stored: the text goes to the server for this one analysis, and the result lives in the
// page until the user leaves it.
import { Alert, Grid, List, Paper, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InfoIcon } from '../../ui/icons';
import { PageHeader } from '../../ui/page-header.component';
import { AnalysisInput, type AnalysisSource } from './analysis-input.component';
import { AnalysisResultView } from './analysis-result.component';
import { analysePdf, analyseText } from './analysis.api';
import { analysisErrorKey, checkPdfFile, checkText, type AnalysisMessageKey } from './analysis.models';

type AnalysisRequest = { source: 'text'; text: string } | { source: 'pdf'; file: File };

export function AnalysisPage() {
  const { t } = useTranslation();
  const [source, setSource] = useState<AnalysisSource>('text');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [checkError, setCheckError] = useState<AnalysisMessageKey | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);

  const analysis = useMutation({
    mutationFn: (request: AnalysisRequest) =>
      request.source === 'text' ? analyseText(request.text) : analysePdf(request.file),
  });

  // The result replaces the page's focus point: keyboard and screen-reader users continue there.
  const result = analysis.data;
  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const submit = () => {
    const problem = source === 'text' ? checkText(text) : checkPdfFile(file);
    setCheckError(problem);
    if (problem) {
      analysis.reset();
      return;
    }
    analysis.mutate(source === 'text' ? { source, text } : { source: 'pdf', file: file as File });
  };

  // A changed input makes the last error stale (a failed analysis has no result to keep).
  const clearError = () => {
    if (checkError) setCheckError(null);
    if (analysis.isError) analysis.reset();
  };

  const changeSource = (next: AnalysisSource) => {
    setSource(next);
    clearError();
  };

  const takeOverText = () => {
    if (!result) return;
    setText(result.text);
    setSource('text');
    setCheckError(null);
    requestAnimationFrame(() => textarea.current?.focus());
  };

  const error: AnalysisMessageKey | null =
    checkError ?? (analysis.isError ? analysisErrorKey(analysis.error) : null);
  const fileName = analysis.variables?.source === 'pdf' ? analysis.variables.file.name : null;

  return (
    <Stack gap="lg">
      <PageHeader title={t('analysis.title')}>{t('analysis.intro')}</PageHeader>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder radius="md" p="lg">
            <AnalysisInput
              source={source}
              onSourceChange={changeSource}
              text={text}
              onTextChange={(value) => {
                setText(value);
                clearError();
              }}
              file={file}
              onFileChange={(value) => {
                setFile(value);
                clearError();
              }}
              onSubmit={submit}
              isRunning={analysis.isPending}
              error={error}
              textareaRef={textarea}
            />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Alert
            variant="light"
            color="brand"
            icon={<InfoIcon />}
            data-testid="analysis-about"
            title={
              <Title order={2} size="h5">
                {t('analysis.about.title')}
              </Title>
            }
          >
            <List size="sm" spacing="xs">
              <List.Item>{t('analysis.about.signals')}</List.Item>
              <List.Item fw={600}>{t('analysis.about.advice')}</List.Item>
              <List.Item>{t('analysis.about.privacy')}</List.Item>
            </List>
          </Alert>
        </Grid.Col>
      </Grid>
      {result ? (
        <AnalysisResultView
          result={result}
          fileName={fileName}
          headingRef={resultHeading}
          onUseText={takeOverText}
        />
      ) : null}
    </Stack>
  );
}
