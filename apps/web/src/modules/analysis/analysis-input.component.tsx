// The two ways in: paste the text (with a character count) or choose a PDF (file button, or drag and
// drop onto the box around it), and the „Analysieren“ button with its progress and error.
import { Alert, Box, Button, FileInput, Group, Loader, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentIcon } from '../../ui/icons';
import { formatCount, formatFileSize, maxTextLength, type AnalysisMessageKey } from './analysis.models';

export type AnalysisSource = 'text' | 'pdf';

interface AnalysisInputProps {
  source: AnalysisSource;
  onSourceChange: (source: AnalysisSource) => void;
  text: string;
  onTextChange: (text: string) => void;
  file: File | null;
  onFileChange: (file: File | null) => void;
  onSubmit: () => void;
  isRunning: boolean;
  /** What went wrong (a check before sending or the server's answer), as a locale key. */
  error: AnalysisMessageKey | null;
  textareaRef?: React.Ref<HTMLTextAreaElement>;
}

export function AnalysisInput({
  source,
  onSourceChange,
  text,
  onTextChange,
  file,
  onFileChange,
  onSubmit,
  isRunning,
  error,
  textareaRef,
}: AnalysisInputProps) {
  const { t, i18n } = useTranslation();
  const [isDragging, setIsDragging] = useState(false);
  const dropHintId = useId();
  const tooLong = text.trim().length > maxTextLength;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isRunning) onSubmit();
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setIsDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setIsDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) onFileChange(dropped);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={isRunning}>
      <Stack gap="md">
        <Tabs value={source} onChange={(value) => onSourceChange(value === 'pdf' ? 'pdf' : 'text')}>
          <Tabs.List aria-label={t('analysis.input.label')}>
            <Tabs.Tab value="text">{t('analysis.input.textTab')}</Tabs.Tab>
            <Tabs.Tab value="pdf">{t('analysis.input.pdfTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="text" pt="md">
            <Textarea
              ref={textareaRef}
              label={t('analysis.input.textLabel')}
              placeholder={t('analysis.input.textPlaceholder')}
              value={text}
              onChange={(event) => onTextChange(event.currentTarget.value)}
              autosize
              minRows={10}
              maxRows={20}
              spellCheck={false}
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              description={t('analysis.input.characters', {
                length: formatCount(text.length, i18n.language),
                max: formatCount(maxTextLength, i18n.language),
              })}
              error={tooLong ? t('analysis.errors.textTooLong') : undefined}
              data-testid="analysis-text-input"
            />
          </Tabs.Panel>
          <Tabs.Panel value="pdf" pt="md">
            <Box
              onDragOver={onDragOver}
              onDragEnter={onDragOver}
              onDragLeave={() => setIsDragging(false)}
              onDrop={onDrop}
              p="lg"
              style={{
                border: `2px dashed var(--mantine-color-${isDragging ? 'brand-8' : 'gray-5'})`,
                borderRadius: 'var(--mantine-radius-md)',
                background: isDragging ? 'var(--mantine-color-brand-0)' : undefined,
              }}
            >
              <Stack gap="sm">
                <FileInput
                  label={t('analysis.input.fileLabel')}
                  description={t('analysis.input.fileHint')}
                  placeholder={t('analysis.input.filePlaceholder')}
                  value={file}
                  onChange={onFileChange}
                  accept="application/pdf,.pdf"
                  clearable
                  clearButtonProps={{ 'aria-label': t('analysis.input.clearFile') }}
                  leftSection={<DocumentIcon />}
                  aria-describedby={dropHintId}
                  styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
                  maw={520}
                />
                <Text size="sm" c="dimmed" id={dropHintId}>
                  {isDragging ? t('analysis.input.dropZoneActive') : t('analysis.input.dropZone')}
                </Text>
                {file ? (
                  <Text size="sm" data-testid="analysis-file-chosen">
                    {t('analysis.input.fileSelected', {
                      name: file.name,
                      size: formatFileSize(file.size, i18n.language),
                    })}
                  </Text>
                ) : null}
              </Stack>
            </Box>
          </Tabs.Panel>
        </Tabs>
        {error ? (
          <Alert color="red" variant="light" role="alert" title={t('analysis.input.failedTitle')}>
            <Text size="sm">{t(error)}</Text>
          </Alert>
        ) : null}
        <Group gap="md">
          <Button type="submit" loading={isRunning} disabled={source === 'text' && tooLong}>
            {t('analysis.input.submit')}
          </Button>
          <Text size="sm" c="dimmed" role="status" aria-live="polite">
            {isRunning ? (
              <>
                <Loader size="xs" mr={6} aria-hidden="true" />
                {t('analysis.input.running')}
              </>
            ) : null}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
