// The recipient's editor: the editor's own step forms with the handover's grants (hidden sections are
// not rendered, read sections are read-only), autosave of the write-granted paths only, the server's
// composed certificate as preview (the browser does not hold the whole content to compose it), own
// sentences when the result is granted for writing, downloads, and „Fertig“ with a comment.
import { Alert, Button, Grid, Group, Paper, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../app/api/api-client.models';
import { AppModal } from '../../ui/app-modal.component';
import { formatDate, formatDateTime } from '../../ui/date-format';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { UnsavedChangesGuard } from '../../ui/unsaved-changes-guard.component';
import type { CertificateOptions } from '../certificates/certificates.types';
import { CertificatePreview } from '../editor/certificate-preview.component';
import { useAutosave } from '../editor/editor-autosave.hook';
import type { EditorStep } from '../editor/editor-fields.models';
import {
  documentSentences,
  overrideSentence,
  sentenceTexts,
  serverProblems,
  validateContent,
} from '../editor/editor.models';
import type { ContentUpdate, EditorContent } from '../editor/editor.types';
import { SaveStatus } from '../editor/save-status.component';
import { CareerStep } from '../editor/steps/career-step.component';
import { DataStep } from '../editor/steps/data-step.component';
import { RatingStep } from '../editor/steps/rating-step.component';
import { finishHandover, getRecipientView, recipientDocumentUrl, saveRecipientChanges } from './handover.api';
import {
  emptyOptions,
  mergeForForm,
  recipientProblem,
  toRecipientChanges,
  visibleSteps,
  writableProblems,
} from './handover.models';
import type { RecipientView } from './handover.types';

const formOf = (view: RecipientView) => ({
  content: mergeForForm(view.content, { kind: view.certificate.kind, form: view.certificate.form }),
  options: view.options ?? emptyOptions(),
  isPrivate: false,
});

function OwnSentences({
  view,
  options,
  onChange,
}: {
  view: RecipientView;
  options: CertificateOptions;
  onChange: (update: (options: CertificateOptions) => CertificateOptions) => void;
}) {
  const { t } = useTranslation();
  const sentences = useMemo(() => (view.document ? documentSentences(view.document) : []), [view.document]);
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      aria-labelledby="own-sentences"
    >
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h4" id="own-sentences">
            {t('handover.recipient.ownSentencesTitle')}
          </Title>
          <Text size="sm" c="dark.6">
            {t('handover.recipient.ownSentencesIntro')}
          </Text>
        </Stack>
        {sentences.length === 0 ? (
          <Text size="sm" c="dark.6">
            {t('handover.recipient.noSentences')}
          </Text>
        ) : (
          sentences.map(({ run }, index) => (
            <Textarea
              key={run.sentenceId}
              label={t('handover.recipient.ownSentenceLabel', { number: index + 1 })}
              description={t('handover.recipient.ownSentenceCurrent', { text: run.text })}
              value={options.overrides[run.sentenceId] ?? ''}
              onChange={(event) => {
                const text = event.currentTarget.value;
                onChange((current) => overrideSentence(current, run.sentenceId, text));
              }}
              maxLength={1000}
              autosize
              minRows={1}
              maxRows={6}
            />
          ))
        )}
      </Stack>
    </Paper>
  );
}

export function RecipientWorkspace({
  view: loaded,
  onFinished,
  onSessionLost,
}: {
  view: RecipientView;
  onFinished: () => void;
  onSessionLost: (error: unknown) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const grants = loaded.handover.grants;
  const [view, setView] = useState(loaded);
  const [initial] = useState(() => formOf(loaded));
  const [content, setContent] = useState<EditorContent>(initial.content);
  const [options, setOptions] = useState<CertificateOptions>(initial.options);
  const steps = useMemo(() => visibleSteps(grants), [grants]);
  const [step, setStep] = useState<EditorStep>(steps[0] ?? 'result');
  const [finishing, setFinishing] = useState(false);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  const snapshot = useMemo(() => ({ content, options, isPrivate: false }), [content, options]);
  const problems = useMemo(
    () => writableProblems(validateContent(content).problems, grants),
    [content, grants],
  );
  const isValid = Object.keys(problems).length === 0;

  const autosave = useAutosave({
    save: async (changes) => {
      try {
        const saved = await saveRecipientChanges(toRecipientChanges(changes, grants));
        return { revision: saved.certificate.revision, view: saved };
      } catch (error) {
        const problem = recipientProblem(error);
        if (problem === 'invalidLink' || problem === 'sessionRequired') onSessionLost(error);
        throw error;
      }
    },
    snapshot,
    isValid,
    initialRevision: loaded.certificate.revision,
    initialSnapshot: initial,
    onSaved: (saved) => setView(saved.view),
  });

  const saveError: ApiError | null = autosave.state.kind === 'error' ? autosave.state.error : null;
  const fieldErrors = useMemo(() => {
    const all = { ...serverProblems(saveError), ...problems };
    const messages: Record<string, string> = Object.fromEntries(
      Object.entries(all).map(([path, problem]) => [
        path,
        t(`editor.problems.${problem.key}`, problem.values ?? {}),
      ]),
    );
    if (saveError && recipientProblem(saveError) === 'notGranted') {
      for (const issue of saveError.issues)
        messages[issue.path.replace(/^(body\.)?(content\.)?/, '')] = t('handover.recipient.notGranted');
    }
    return messages;
  }, [problems, saveError, t]);

  const sentences = useMemo(
    () => (view.document ? sentenceTexts(view.document) : new Map<string, string>()),
    [view.document],
  );
  const sentenceOf = useCallback((id: string) => sentences.get(id) ?? null, [sentences]);
  const onChange = useCallback((update: ContentUpdate) => setContent((current) => update(current)), []);

  const reload = async () => {
    try {
      const latest = await getRecipientView();
      const form = formOf(latest);
      setView(latest);
      setContent(form.content);
      setOptions(form.options);
      autosave.rebase(latest.certificate, form);
      notify({ kind: 'success', message: t('handover.recipient.reloaded') });
    } catch (error) {
      onSessionLost(error);
    }
  };

  const finish = async () => {
    setBusy(true);
    try {
      if (!(await autosave.flush())) {
        notify({ kind: 'error', message: t('handover.recipient.saveFirst') });
        return;
      }
      await finishHandover(comment.trim() || null);
      onFinished();
    } catch (error) {
      const problem = recipientProblem(error);
      if (problem === 'invalidLink' || problem === 'sessionRequired') onSessionLost(error);
      else notify({ kind: 'error', message: t('handover.recipient.finishFailed') });
    } finally {
      setBusy(false);
    }
  };

  const stepProps = { content, onChange, fieldErrors, readOnly: false, sentenceOf, sections: grants };
  const { handover } = view;

  return (
    <>
      <PageHeader title={t('handover.recipient.heading', { name: view.certificate.employeeName })}>
        {t('handover.recipient.greeting', { name: handover.recipientName })}
      </PageHeader>
      <Stack gap="xs" mb="lg">
        {handover.message ? (
          <Alert variant="light" color="brand" title={t('handover.recipient.messageFrom')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {handover.message}
            </Text>
          </Alert>
        ) : null}
        <Text size="sm" c="dark.6">
          {handover.dueDate
            ? `${t('handover.recipient.dueDate', { date: formatDate(handover.dueDate, language) })} `
            : ''}
          {t('handover.recipient.expiresAt', { date: formatDateTime(handover.expiresAt, language) })}{' '}
          {t('handover.recipient.readOnlyHint')}
        </Text>
      </Stack>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
            <Tabs
              value={step}
              onChange={(value) => value && setStep(value as EditorStep)}
              keepMounted={false}
            >
              <Tabs.List aria-label={t('handover.recipient.stepsLabel')}>
                {steps.map((item, index) => (
                  <Tabs.Tab key={item} value={item}>
                    {index + 1}. {t(`editor.stepNames.${item}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {steps.includes('data') ? (
                <Tabs.Panel value="data" pt="md">
                  <DataStep {...stepProps} />
                </Tabs.Panel>
              ) : null}
              {steps.includes('career') ? (
                <Tabs.Panel value="career" pt="md">
                  <CareerStep {...stepProps} />
                </Tabs.Panel>
              ) : null}
              {steps.includes('rating') ? (
                <Tabs.Panel value="rating" pt="md">
                  <RatingStep {...stepProps} />
                </Tabs.Panel>
              ) : null}
              {steps.includes('result') ? (
                <Tabs.Panel value="result" pt="md">
                  {grants.result === 'write' ? (
                    <OwnSentences view={view} options={options} onChange={setOptions} />
                  ) : (
                    <Text size="sm">{t('handover.recipient.resultReadOnly')}</Text>
                  )}
                </Tabs.Panel>
              ) : null}
            </Tabs>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md" className="zd-editor-aside">
            <Paper withBorder radius="md" p="md">
              <Stack gap="sm">
                <Button onClick={() => setFinishing(true)} disabled={busy}>
                  {t('handover.recipient.finish')}
                </Button>
                {handover.download ? (
                  <Group gap="xs">
                    <Button
                      component="a"
                      href={recipientDocumentUrl('pdf')}
                      download
                      variant="default"
                      size="xs"
                    >
                      {t('handover.recipient.downloadPdf')}
                    </Button>
                    <Button
                      component="a"
                      href={recipientDocumentUrl('docx')}
                      download
                      variant="default"
                      size="xs"
                    >
                      {t('handover.recipient.downloadDocx')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Paper>
            {view.document ? (
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {t('handover.recipient.previewTitle')}
                </Title>
                <Text size="sm" c="dark.6">
                  {t('handover.recipient.previewHint')}
                </Text>
                <CertificatePreview document={view.document} stale={false} />
              </Stack>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <AppModal
        opened={finishing}
        onClose={() => setFinishing(false)}
        title={t('handover.recipient.finishTitle')}
        closeLabel={t('handover.recipient.cancel')}
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void finish();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('handover.recipient.finishText')}</Text>
            <Textarea
              label={t('handover.recipient.finishComment')}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              maxLength={2000}
              autosize
              minRows={3}
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setFinishing(false)}>
                {t('handover.recipient.cancel')}
              </Button>
              <Button type="submit" loading={busy}>
                {t('handover.recipient.finishConfirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </AppModal>
      <AppModal
        opened={autosave.state.kind === 'conflict'}
        onClose={() => void reload()}
        title={t('handover.recipient.conflictTitle')}
        closeLabel={t('handover.recipient.conflictReload')}
      >
        <Stack gap="sm">
          <Text size="sm">{t('handover.recipient.conflictText')}</Text>
          <Group justify="flex-end">
            <Button onClick={() => void reload()}>{t('handover.recipient.conflictReload')}</Button>
          </Group>
        </Stack>
      </AppModal>
      <UnsavedChangesGuard when={autosave.hasUnsavedChanges} onSave={autosave.flush} />
    </>
  );
}
