// The editor's workspace: the steps (Daten, Werdegang, Bewertung, Ergebnis) on the left; on the right
// the status actions, the certificate as it reads now — composed in the browser on every keystroke —
// and the consistency check with links to the fields. Edits are saved automatically.
import { Anchor, Badge, Button, Grid, Group, Stack, Tabs, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { CertificateIssue } from '@zeugnisdesk/engine';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, isApiError } from '../../app/api/api-client.models';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import {
  documentUrl,
  getCertificate,
  issueCertificateVersion,
  transitionCertificate,
  updateCertificate,
} from '../certificates/certificates.api';
import type { Certificate, CertificateOptions, DocumentFormat } from '../certificates/certificates.types';
import { CertificatePreview } from './certificate-preview.component';
import { EditorActions } from './editor-actions.component';
import { useAutosave } from './editor-autosave.hook';
import { editorSteps, stepOfPath, type EditorStep } from './editor-fields.models';
import { EditorIssues } from './editor-issues.component';
import { useEditorStep } from './editor-navigation.hooks';
import { SaveStatus } from './save-status.component';
import { UnsavedChangesGuard } from '../../ui/unsaved-changes-guard.component';
import { ConflictDialog } from './conflict-dialog.component';
import { HandoverPanel } from '../handover/handover-panel.component';
import { CertificateHistory } from '../privacy/certificate-history.component';
import {
  composeAndCheck,
  fieldNameKey,
  isEditable,
  issueTarget,
  normaliseContent,
  sentenceTexts,
  serverProblems,
  validateContent,
  withVersionFindings,
  type EditorAction,
  type EditorSnapshot,
} from './editor.models';
import type { ContentUpdate, EditorContent } from './editor.types';
import { ResultStep } from './result-step.component';
import { CareerStep } from './steps/career-step.component';
import { DataStep } from './steps/data-step.component';
import { RatingStep } from './steps/rating-step.component';
import { certificateQueryKey } from './editor.page';

const snapshotOf = (certificate: Certificate): EditorSnapshot => ({
  content: certificate.content,
  options: certificate.options,
  isPrivate: certificate.isPrivate,
});

function downloadFile(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export function CertificateWorkspace({ certificate: loaded }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [certificate, setCertificate] = useState(loaded);
  const [content, setContent] = useState<EditorContent>(loaded.content);
  const [options, setOptions] = useState<CertificateOptions>(loaded.options);
  const [isPrivate, setIsPrivate] = useState(loaded.isPrivate);
  const [busy, setBusy] = useState(false);
  const { step, setStep, showField, showSentence } = useEditorStep();

  const snapshot = useMemo(() => ({ content, options, isPrivate }), [content, options, isPrivate]);
  const validation = useMemo(() => validateContent(content), [content]);
  // The preview shows the last valid state while an input is incomplete (the server would refuse it).
  const lastValid = useRef(validation.input ?? loaded.content);
  if (validation.input) lastValid.current = validation.input;
  const input = validation.input ?? lastValid.current;
  const composed = useMemo(() => composeAndCheck(input, options), [input, options]);
  const composition = useMemo(
    () => ({ ...composed, issues: withVersionFindings(composed.issues, certificate.issues) }),
    [composed, certificate.issues],
  );
  const sentences = useMemo(() => sentenceTexts(composition.document), [composition.document]);
  const sentenceOf = useCallback((id: string) => sentences.get(id) ?? null, [sentences]);

  const onSaved = useCallback(
    (saved: Certificate) => {
      setCertificate(saved);
      queryClient.setQueryData(certificateQueryKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
    },
    [queryClient],
  );
  const autosave = useAutosave({
    save: (changes) => updateCertificate(loaded.id, changes),
    snapshot,
    isValid: validation.input !== null,
    initialRevision: loaded.revision,
    initialSnapshot: snapshotOf(loaded),
    onSaved,
  });

  const readOnly = !isEditable(certificate.status);
  const saveError = autosave.state.kind === 'error' ? autosave.state.error : null;
  const fieldErrors = useMemo(() => {
    const problems = { ...serverProblems(saveError), ...validation.problems };
    return Object.fromEntries(
      Object.entries(problems).map(([path, problem]) => [
        path,
        t(`editor.problems.${problem.key}`, problem.values ?? {}),
      ]),
    );
  }, [validation.problems, saveError, t]);

  const onChange = useCallback((update: ContentUpdate) => {
    setContent((current) => normaliseContent(update(current)));
  }, []);

  const fieldLabel = useCallback(
    (path: string) => {
      const name = fieldNameKey(path);
      return name ? t(`editor.fields.${name.key}`, { n: name.n ?? 1 }) : path;
    },
    [t],
  );

  const showIssue = useCallback(
    (issue: CertificateIssue) => {
      const target = issueTarget(issue);
      if (target.path) showField(target.step, target.path);
      else if (target.sentenceId) showSentence(target.sentenceId);
      else setStep(target.step);
    },
    [setStep, showField, showSentence],
  );

  const saveFirst = async (): Promise<boolean> => {
    if (await autosave.flush()) return true;
    notify({ kind: 'error', message: t('editor.saveFirst') });
    return false;
  };

  const onAction = async (action: EditorAction, comment: string): Promise<boolean> => {
    if (!(await saveFirst())) return false;
    setBusy(true);
    try {
      let updated: Certificate;
      if (action.type === 'issue') {
        const version = await issueCertificateVersion(certificate.id);
        updated = await getCertificate(certificate.id);
        notify({ kind: 'success', message: t('editor.actions.issued', { number: version.number }) });
      } else {
        updated = await transitionCertificate(certificate.id, action.to, comment || undefined);
        notify({
          kind: 'success',
          message: t('editor.actions.moved', { status: t(`certificate.status.${updated.status}`) }),
        });
      }
      setCertificate(updated);
      autosave.rebase(updated, snapshot);
      queryClient.setQueryData(certificateQueryKey(updated.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['certificates'] });
      return true;
    } catch (error) {
      notify({ kind: 'error', message: t(errorMessageKey(error)) });
      if (isApiError(error) && error.status === 409) {
        const latest = await getCertificate(certificate.id).catch(() => null);
        if (latest) setCertificate(latest);
      }
      return false;
    } finally {
      setBusy(false);
    }
  };

  const onDownload = async (format: DocumentFormat) => {
    if (!(await saveFirst())) return;
    downloadFile(documentUrl(certificate.id, format));
  };

  const resolveConflict = async (choice: 'theirs' | 'mine') => {
    const latest = await getCertificate(certificate.id);
    setCertificate(latest);
    autosave.rebase(latest, snapshotOf(latest));
    if (choice === 'theirs') {
      setContent(latest.content);
      setOptions(latest.options);
      setIsPrivate(latest.isPrivate);
      notify({ kind: 'success', message: t('editor.conflict.loadedTheirs') });
    } else {
      notify({ kind: 'success', message: t('editor.conflict.keptMine') });
    }
  };

  const showFindings = () => {
    const heading = document.getElementById('editor-issues-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };

  const stepProps = { content, onChange, fieldErrors, readOnly, sentenceOf };
  const stepIndex = editorSteps.indexOf(step);
  const problemCount = Object.keys(validation.problems).length;
  const issueCount = composition.issues.filter((issue) => issue.severity !== 'info').length;

  return (
    <>
      <PageHeader title={t('editor.heading', { name: certificate.employeeName })}>
        {t(`certificate.kind.${certificate.kind}`)}
        {certificate.form === 'simple' ? ` · ${t('editor.simple')}` : ''}
      </PageHeader>
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <SaveStatus state={autosave.state} onRetry={() => void autosave.flush()} />
              {readOnly ? (
                <Badge variant="light" color="gray" c="dark.8" tt="none">
                  {t('editor.readOnly')}
                </Badge>
              ) : null}
            </Group>
            <Tabs
              value={step}
              onChange={(value) => value && setStep(value as EditorStep)}
              keepMounted={false}
            >
              <Tabs.List aria-label={t('editor.stepsLabel')}>
                {editorSteps.map((item, index) => (
                  <Tabs.Tab key={item} value={item}>
                    {index + 1}. {t(`editor.stepNames.${item}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="data" pt="md">
                <DataStep {...stepProps} />
              </Tabs.Panel>
              <Tabs.Panel value="career" pt="md">
                <CareerStep {...stepProps} />
              </Tabs.Panel>
              <Tabs.Panel value="rating" pt="md">
                <RatingStep {...stepProps} />
              </Tabs.Panel>
              <Tabs.Panel value="result" pt="md">
                <ResultStep
                  input={input}
                  options={options}
                  document={composition.document}
                  onOptionsChange={(update) => setOptions(update)}
                  readOnly={readOnly}
                />
              </Tabs.Panel>
            </Tabs>
            <Group justify="space-between">
              {stepIndex > 0 ? (
                <Button variant="default" onClick={() => setStep(editorSteps[stepIndex - 1] ?? 'data')}>
                  {t('editor.previousStep', {
                    step: t(`editor.stepNames.${editorSteps[stepIndex - 1] ?? 'data'}`),
                  })}
                </Button>
              ) : (
                <span />
              )}
              {stepIndex < editorSteps.length - 1 ? (
                <Button onClick={() => setStep(editorSteps[stepIndex + 1] ?? 'result')}>
                  {t('editor.nextStep', {
                    step: t(`editor.stepNames.${editorSteps[stepIndex + 1] ?? 'result'}`),
                  })}
                </Button>
              ) : null}
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md" className="zd-editor-aside">
            <EditorActions
              status={certificate.status}
              issues={composition.issues}
              isPrivate={isPrivate}
              readOnly={readOnly}
              busy={busy || autosave.state.kind === 'saving'}
              onAction={onAction}
              onDownload={(format) => void onDownload(format)}
              onPrivateChange={setIsPrivate}
            />
            <Text size="sm" c="dark.6" aria-live="polite">
              {problemCount > 0
                ? t('editor.preview.stale')
                : t('editor.preview.summary', { count: issueCount })}{' '}
              {problemCount > 0 || issueCount > 0 ? (
                <Anchor component="button" type="button" size="sm" onClick={showFindings}>
                  {t('editor.preview.showFindings')}
                </Anchor>
              ) : null}
            </Text>
            <CertificatePreview document={composition.document} stale={problemCount > 0} />
            <EditorIssues
              issues={composition.issues}
              problems={validation.problems}
              onShowIssue={showIssue}
              onShowField={(path) => showField(stepOfPath(path), path)}
              fieldLabel={fieldLabel}
            />
            <HandoverPanel
              certificateId={certificate.id}
              employeeId={certificate.employeeId}
              readOnly={readOnly}
            />
            <CertificateHistory certificateId={certificate.id} statusHistory={certificate.history} />
          </Stack>
        </Grid.Col>
      </Grid>
      <UnsavedChangesGuard when={autosave.hasUnsavedChanges} onSave={autosave.flush} />
      <ConflictDialog opened={autosave.state.kind === 'conflict'} onResolve={resolveConflict} />
    </>
  );
}
