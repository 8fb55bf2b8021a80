// Step „Ergebnis“: every composed sentence with its grade, the other phrasings of the library for the
// same statement, and the user's own wording instead (kept when the certificate is composed again).
import { Badge, Button, Group, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import type { CertificateDocument } from '@zeugnisdesk/engine';
import type { CertificateInput } from '@zeugnisdesk/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateOptions } from '../certificates/certificates.types';
import {
  documentSentences,
  overrideSentence,
  pinVariant,
  sentenceAlternatives,
  type DocumentSentence,
} from './editor.models';

export function sentenceDomId(sentenceId: string): string {
  return `sentence-${sentenceId.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

interface ResultStepProps {
  input: CertificateInput;
  options: CertificateOptions;
  document: CertificateDocument;
  onOptionsChange: (update: (options: CertificateOptions) => CertificateOptions) => void;
  readOnly: boolean;
}

function Alternatives({
  input,
  options,
  sentence,
  onOptionsChange,
  onClose,
}: Omit<ResultStepProps, 'document' | 'readOnly'> & { sentence: DocumentSentence; onClose: () => void }) {
  const { t } = useTranslation();
  const { sentenceId, variant = 0, variantCount = 1 } = sentence.run;
  const texts = useMemo(
    () => sentenceAlternatives(input, options, sentenceId, variantCount),
    [input, options, sentenceId, variantCount],
  );
  return (
    <Radio.Group
      label={t('editor.result.alternativesLabel')}
      value={String(variant)}
      onChange={(value) => {
        onOptionsChange((current) => pinVariant(current, sentenceId, Number(value)));
      }}
    >
      <Stack gap={6} mt={6}>
        {texts.map((text, index) => (
          <Radio key={index} value={String(index)} label={text} />
        ))}
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={onClose}>
            {t('editor.result.closeAlternatives')}
          </Button>
        </Group>
      </Stack>
    </Radio.Group>
  );
}

function OwnTextForm({
  sentence,
  onSubmit,
  onCancel,
}: {
  sentence: DocumentSentence;
  onSubmit: (text: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(sentence.run.text);
  const tooLong = text.length > 2000;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (!tooLong && text.trim() !== '') onSubmit(text.trim());
      }}
    >
      <Stack gap="xs">
        <Textarea
          label={t('editor.result.ownTextLabel')}
          description={t('editor.result.ownTextHint')}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          autosize
          minRows={2}
          data-autofocus
          error={
            tooLong
              ? t('editor.result.ownTextTooLong')
              : text.trim() === ''
                ? t('editor.result.ownTextEmpty')
                : undefined
          }
        />
        <Group gap="xs">
          <Button type="submit" size="compact-sm" disabled={tooLong || text.trim() === ''}>
            {t('editor.result.ownTextSave')}
          </Button>
          <Button variant="default" size="compact-sm" onClick={onCancel}>
            {t('editor.result.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SentenceCard({
  sentence,
  input,
  options,
  onOptionsChange,
  readOnly,
}: Omit<ResultStepProps, 'document'> & { sentence: DocumentSentence }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'view' | 'alternatives' | 'own'>('view');
  const { run } = sentence;
  const isOwn = Object.hasOwn(options.overrides, run.sentenceId);
  const variantCount = run.variantCount ?? 1;
  return (
    <Paper withBorder radius="md" p="sm" id={sentenceDomId(run.sentenceId)} tabIndex={-1}>
      <Stack gap="xs">
        <Group gap="xs">
          {run.grade ? (
            <Badge variant="light" color="brand" c="dark.8" tt="none">
              {t('editor.result.grade', { grade: run.grade })}
            </Badge>
          ) : null}
          {isOwn ? (
            <Badge variant="light" color="grape" c="dark.8" tt="none">
              {t('editor.result.ownBadge')}
            </Badge>
          ) : variantCount > 1 ? (
            <Text size="xs" c="dark.5">
              {t('editor.result.variantOf', { variant: (run.variant ?? 0) + 1, count: variantCount })}
            </Text>
          ) : null}
        </Group>
        <Text data-testid="sentence-text">{run.text}</Text>
        {mode === 'alternatives' ? (
          <Alternatives
            input={input}
            options={options}
            sentence={sentence}
            onOptionsChange={onOptionsChange}
            onClose={() => setMode('view')}
          />
        ) : null}
        {mode === 'own' ? (
          <OwnTextForm
            sentence={sentence}
            onCancel={() => setMode('view')}
            onSubmit={(text) => {
              onOptionsChange((current) => overrideSentence(current, run.sentenceId, text));
              setMode('view');
            }}
          />
        ) : null}
        {!readOnly && mode === 'view' ? (
          <Group gap="xs">
            {variantCount > 1 && !isOwn ? (
              <Button variant="light" size="compact-sm" onClick={() => setMode('alternatives')}>
                {t('editor.result.otherPhrasing')}
              </Button>
            ) : null}
            <Button variant="default" size="compact-sm" onClick={() => setMode('own')}>
              {isOwn ? t('editor.result.editOwnText') : t('editor.result.writeOwnText')}
            </Button>
            {isOwn ? (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => onOptionsChange((current) => overrideSentence(current, run.sentenceId, null))}
              >
                {t('editor.result.restoreGenerated')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function ResultStep({ input, options, document, onOptionsChange, readOnly }: ResultStepProps) {
  const { t } = useTranslation();
  const sentences = documentSentences(document);
  const sections = [...new Set(sentences.map((sentence) => sentence.sectionId))];
  return (
    <Stack gap="lg">
      <Text size="sm">{t('editor.result.intro')}</Text>
      {sections.map((sectionId) => (
        <Stack key={sectionId} gap="xs" component="section" aria-labelledby={`result-${sectionId}`}>
          <Title order={2} size="h4" id={`result-${sectionId}`}>
            {t(`editor.sections.${sectionId}`)}
          </Title>
          {sentences
            .filter((sentence) => sentence.sectionId === sectionId)
            .map((sentence) => (
              <SentenceCard
                key={sentence.run.sentenceId}
                sentence={sentence}
                input={input}
                options={options}
                onOptionsChange={onOptionsChange}
                readOnly={readOnly}
              />
            ))}
        </Stack>
      ))}
    </Stack>
  );
}
