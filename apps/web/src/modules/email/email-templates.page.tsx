// /verwaltung/e-mail-vorlagen (area „E-Mail-Vorlagen“): the tenant's sender name, the templates in German
// and English with an „angepasst“ badge, and an editor per template and language — subject, text and HTML,
// the allowed placeholders to insert at the cursor, a live preview with sample values (the HTML in a
// sandboxed frame that runs nothing), save, and „Standard wiederherstellen“. The server's problems
// appear at the field, with their line.
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Loader,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canWrite } from '../../app/access.models';
import { isApiError } from '../../app/api/api-client.models';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { UnsavedChangesGuard } from '../../ui/unsaved-changes-guard.component';
import { AdminBreadcrumbs } from '../admin/admin-breadcrumbs.component';
import { ConfirmDialog } from '../admin/confirm-dialog.component';
import { TableScroll } from '../admin/table-scroll.component';
import { useSession } from '../auth/session.hooks';
import {
  fetchSender,
  fetchTemplate,
  listTemplates,
  previewTemplate,
  resetTemplate,
  saveTemplate,
  updateSender,
} from './email.api';
import {
  checkSenderName,
  checkTemplateForm,
  emailErrorKey,
  insertAt,
  isContentChanged,
  placeholderTag,
  templateIssues,
  toSenderNameBody,
} from './email.models';
import {
  mailLanguages,
  templateKeys,
  type EmailTemplate,
  type MailLanguage,
  type TemplateContent,
  type TemplateKey,
  type TemplatePart,
} from './email.types';
import { SectionCard } from '../../ui/section-card.component';

export const emailKeys = {
  templates: ['email', 'templates'] as const,
  template: (key: TemplateKey, language: MailLanguage) => ['email', 'template', key, language] as const,
  sender: ['email', 'sender'] as const,
};

const previewDelayMs = 400;

function SenderNameSection({ mayWrite }: { mayWrite: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sender = useQuery({ queryKey: emailKeys.sender, queryFn: ({ signal }) => fetchSender(signal) });
  const [value, setValue] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = value ?? sender.data?.senderName ?? '';

  const save = useMutation({
    mutationFn: (name: string | null) => updateSender(name),
    onSuccess: (saved) => {
      queryClient.setQueryData(emailKeys.sender, saved);
      setValue(null);
      setProblem(null);
      notify({ kind: 'success', message: t('email.sender.saved') });
    },
    onError: (error) => {
      if (isApiError(error) && error.issues.some((issue) => issue.path === 'senderName')) {
        setProblem(t('email.sender.forbiddenCharacters'));
      }
      notify({ kind: 'error', message: `${t('email.sender.failed')}. ${t(emailErrorKey(error))}` });
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkSenderName(current);
    setProblem(found ? t(found) : null);
    if (!found) save.mutate(toSenderNameBody(current));
  };

  return (
    <SectionCard title={t('email.sender.heading')}>
      {sender.isPending ? (
        <Skeleton height={60} />
      ) : sender.isError ? (
        <ErrorState error={sender.error} onRetry={() => void sender.refetch()} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              style={{ flex: '1 1 320px' }}
              label={t('email.sender.label')}
              description={t('email.sender.description', { fallback: sender.data.defaultSenderName })}
              placeholder={sender.data.defaultSenderName}
              value={current}
              maxLength={120}
              readOnly={!mayWrite}
              error={problem}
              onChange={(event) => {
                setValue(event.currentTarget.value);
                setProblem(null);
              }}
            />
            {mayWrite ? (
              <Button type="submit" loading={save.isPending}>
                {t('email.sender.save')}
              </Button>
            ) : null}
          </Group>
        </form>
      )}
    </SectionCard>
  );
}

function TemplateList({
  selected,
  onSelect,
}: {
  selected: { key: TemplateKey; language: MailLanguage } | null;
  onSelect: (key: TemplateKey, language: MailLanguage) => void;
}) {
  const { t } = useTranslation();
  const templates = useQuery({
    queryKey: emailKeys.templates,
    queryFn: ({ signal }) => listTemplates(signal),
  });
  if (templates.isPending) return <Skeleton height={240} />;
  if (templates.isError) {
    return (
      <ErrorState
        title={t('email.list.loadFailed')}
        error={templates.error}
        onRetry={() => void templates.refetch()}
      />
    );
  }
  const byKey = new Map(templates.data.map((template) => [`${template.key}/${template.language}`, template]));
  return (
    <TableScroll label={t('email.title')} minWidth={480}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('email.list.template')}</Table.Th>
            {mailLanguages.map((language) => (
              <Table.Th scope="col" key={language}>
                {t(`email.languages.${language}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {templateKeys.map((key) => {
            const name = t(`email.templates.${key}`);
            return (
              <Table.Tr key={key}>
                <Table.Th scope="row" fw={500}>
                  {name}
                </Table.Th>
                {mailLanguages.map((language) => {
                  const template = byKey.get(`${key}/${language}`);
                  const languageName = t(`email.languages.${language}`);
                  const isSelected = selected?.key === key && selected.language === language;
                  return (
                    <Table.Td key={language}>
                      <Group gap="xs" wrap="wrap">
                        <Button
                          size="xs"
                          variant={isSelected ? 'filled' : 'default'}
                          aria-label={t('email.list.editLabel', { name, language: languageName })}
                          aria-pressed={isSelected}
                          onClick={() => onSelect(key, language)}
                        >
                          {t('email.list.edit')}
                        </Button>
                        {template?.customised ? (
                          <Badge color="blue.8" variant="filled">
                            {t('email.list.customised')}
                          </Badge>
                        ) : (
                          <Text size="sm">{t('email.list.standard')}</Text>
                        )}
                      </Group>
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The live preview: asks the server (debounced) to render the unsaved template with sample values. */
function usePreview(key: TemplateKey, language: MailLanguage, content: TemplateContent) {
  const [debounced, setDebounced] = useState(content);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(content), previewDelayMs);
    return () => clearTimeout(timer);
  }, [content]);
  return useQuery({
    queryKey: ['email', 'preview', key, language, debounced],
    queryFn: ({ signal }) => previewTemplate(key, language, debounced, signal),
    retry: false,
    placeholderData: (previous) => previous,
    staleTime: 60_000,
  });
}

function PreviewPanel({ preview }: { preview: ReturnType<typeof usePreview> }) {
  const { t } = useTranslation();
  const isInvalid =
    preview.isError && isApiError(preview.error) && preview.error.code === 'email_template.invalid';
  return (
    <SectionCard title={t('email.preview.heading')}>
      <Stack gap="sm" aria-live="polite" aria-busy={preview.isFetching}>
        {preview.isFetching ? (
          <Group gap="xs">
            <Loader size="xs" />
            <Text size="sm">{t('email.preview.updating')}</Text>
          </Group>
        ) : null}
        {isInvalid ? (
          <Alert color="orange" variant="light">
            {t('email.preview.invalid')}
          </Alert>
        ) : preview.isError ? (
          <ErrorState title={t('email.preview.failed')} error={preview.error} />
        ) : null}
        {preview.data && !preview.isError ? (
          <>
            <div>
              <Text fw={600} size="sm">
                {t('email.preview.subject')}
              </Text>
              <Text data-testid="preview-subject">{preview.data.subject}</Text>
            </div>
            <div>
              <Text fw={600} size="sm">
                {t('email.preview.text')}
              </Text>
              <Code block data-testid="preview-text" style={{ whiteSpace: 'pre-wrap' }}>
                {preview.data.text}
              </Code>
            </div>
            <div>
              <Text fw={600} size="sm">
                {t('email.preview.html')}
              </Text>
              {/* No scripts, no same origin, no forms: the frame only shows the markup. */}
              <iframe
                sandbox=""
                srcDoc={preview.data.html}
                title={t('email.preview.htmlFrame')}
                style={{
                  width: '100%',
                  height: 280,
                  border: '1px solid var(--mantine-color-gray-4)',
                  borderRadius: 4,
                  background: '#fff',
                }}
              />
            </div>
          </>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

function TemplateEditor({
  saved,
  mayWrite,
  onClose,
}: {
  saved: EmailTemplate;
  mayWrite: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<TemplateContent>({
    subject: saved.subject,
    text: saved.text,
    html: saved.html,
  });
  const [errors, setErrors] = useState<Partial<Record<TemplatePart, string>>>({});
  const [isConfirmingReset, setConfirmingReset] = useState(false);
  const fields = {
    subject: useRef<HTMLInputElement>(null),
    text: useRef<HTMLTextAreaElement>(null),
    html: useRef<HTMLTextAreaElement>(null),
  };
  const lastField = useRef<TemplatePart>('text');
  const preview = usePreview(saved.key, saved.language, form);
  const isDirty = isContentChanged(saved, form);
  const name = t(`email.templates.${saved.key}`);
  const language = t(`email.languages.${saved.language}`);

  const afterChange = async (template: EmailTemplate) => {
    queryClient.setQueryData(emailKeys.template(template.key, template.language), template);
    setForm({ subject: template.subject, text: template.text, html: template.html });
    setErrors({});
    await queryClient.invalidateQueries({ queryKey: emailKeys.templates });
  };

  const showServerProblems = (error: unknown) => {
    const found = templateIssues(error);
    setErrors(found);
    const first = (['subject', 'text', 'html'] as const).find((part) => found[part]);
    if (first) fields[first].current?.focus();
  };

  const save = useMutation({
    mutationFn: (content: TemplateContent) => saveTemplate(saved.key, saved.language, content),
    onSuccess: async (template) => {
      await afterChange(template);
      notify({ kind: 'success', message: t('email.editor.saved') });
    },
    onError: (error) => {
      showServerProblems(error);
      notify({ kind: 'error', message: `${t('email.editor.saveFailed')}. ${t(emailErrorKey(error))}` });
    },
  });

  const reset = useMutation({
    mutationFn: () => resetTemplate(saved.key, saved.language),
    onSuccess: async (template) => {
      setConfirmingReset(false);
      await afterChange(template);
      notify({ kind: 'success', message: t('email.editor.resetDone') });
    },
    onError: (error) => {
      setConfirmingReset(false);
      notify({ kind: 'error', message: `${t('email.editor.resetFailed')}. ${t(emailErrorKey(error))}` });
    },
  });

  // Server problems of the live preview appear at the fields as the user types.
  useEffect(() => {
    if (preview.isError) setErrors(templateIssues(preview.error));
    else if (preview.isSuccess) setErrors({});
  }, [preview.isError, preview.isSuccess, preview.error, preview.dataUpdatedAt]);

  const update = (part: TemplatePart, value: string) => {
    setForm((current) => ({ ...current, [part]: value }));
  };

  const insertPlaceholder = (placeholder: string) => {
    const part = lastField.current;
    const element = fields[part].current;
    const { value, cursor } = insertAt(
      form[part],
      placeholderTag(placeholder),
      element?.selectionStart ?? null,
      element?.selectionEnd ?? null,
    );
    update(part, value);
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(cursor, cursor);
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isDirty) {
      notify({ kind: 'success', message: t('email.editor.unchanged') });
      return;
    }
    const found = checkTemplateForm(form);
    const messages = Object.fromEntries(Object.entries(found).map(([part, key]) => [part, t(key)]));
    setErrors(messages);
    const first = (['subject', 'text', 'html'] as const).find((part) => found[part]);
    if (first) {
      fields[first].current?.focus();
      return;
    }
    save.mutate(form);
  };

  const track = (part: TemplatePart) => () => {
    lastField.current = part;
  };

  return (
    <Stack gap="lg">
      <UnsavedChangesGuard when={isDirty && mayWrite} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <SectionCard title={t('email.editor.heading', { name, language })}>
          <form onSubmit={submit} noValidate>
            <Stack gap="md">
              {!mayWrite ? <Alert color="gray">{t('email.editor.readOnly')}</Alert> : null}
              <TextInput
                ref={fields.subject}
                label={t('email.editor.subject')}
                value={form.subject}
                readOnly={!mayWrite}
                error={errors.subject}
                onFocus={track('subject')}
                onChange={(event) => update('subject', event.currentTarget.value)}
              />
              <Textarea
                ref={fields.text}
                label={t('email.editor.text')}
                value={form.text}
                autosize
                minRows={8}
                maxRows={20}
                readOnly={!mayWrite}
                error={errors.text}
                onFocus={track('text')}
                onChange={(event) => update('text', event.currentTarget.value)}
              />
              <Textarea
                ref={fields.html}
                label={t('email.editor.html')}
                description={t('email.editor.htmlHint')}
                value={form.html}
                autosize
                minRows={8}
                maxRows={20}
                readOnly={!mayWrite}
                error={errors.html}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
                onFocus={track('html')}
                onChange={(event) => update('html', event.currentTarget.value)}
              />
              <Group justify="space-between" gap="sm">
                <Button variant="default" onClick={onClose}>
                  {t('email.editor.close')}
                </Button>
                {mayWrite ? (
                  <Group gap="sm">
                    {saved.customised ? (
                      <Button variant="default" color="red.8" onClick={() => setConfirmingReset(true)}>
                        {t('email.editor.reset')}
                      </Button>
                    ) : null}
                    <Button type="submit" loading={save.isPending}>
                      {t('email.editor.save')}
                    </Button>
                  </Group>
                ) : null}
              </Group>
            </Stack>
          </form>
        </SectionCard>
        <Stack gap="lg">
          <SectionCard title={t('email.editor.placeholders')}>
            <Text size="sm" mb="sm">
              {t('email.editor.placeholdersHint')}
            </Text>
            <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {saved.placeholders.map((placeholder) => (
                <Group key={placeholder.name} component="li" justify="space-between" wrap="nowrap" gap="sm">
                  <div style={{ minWidth: 0 }}>
                    <Code>{placeholderTag(placeholder.name)}</Code>
                    <Text size="sm">{placeholder.description}</Text>
                    <Text size="xs" c="gray.7" style={{ overflowWrap: 'anywhere' }}>
                      {t('email.editor.example', {
                        sample: placeholder.sample,
                        interpolation: { escapeValue: false },
                      })}
                    </Text>
                  </div>
                  {mayWrite ? (
                    <Button
                      size="xs"
                      variant="default"
                      style={{ flexShrink: 0 }}
                      aria-label={t('email.editor.insertLabel', { name: placeholder.name })}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => insertPlaceholder(placeholder.name)}
                    >
                      {t('email.editor.insert')}
                    </Button>
                  ) : null}
                </Group>
              ))}
            </Stack>
          </SectionCard>
          <PreviewPanel preview={preview} />
        </Stack>
      </SimpleGrid>
      {isConfirmingReset ? (
        <ConfirmDialog
          title={t('email.editor.resetTitle')}
          text={t('email.editor.resetText')}
          confirmLabel={t('email.editor.reset')}
          isPending={reset.isPending}
          onConfirm={() => reset.mutate()}
          onClose={() => setConfirmingReset(false)}
        />
      ) : null}
    </Stack>
  );
}

function TemplateEditorLoader({
  templateKey,
  language,
  mayWrite,
  onClose,
}: {
  templateKey: TemplateKey;
  language: MailLanguage;
  mayWrite: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const template = useQuery({
    queryKey: emailKeys.template(templateKey, language),
    queryFn: ({ signal }) => fetchTemplate(templateKey, language, signal),
  });
  if (template.isPending) return <Skeleton height={400} />;
  if (template.isError) {
    return (
      <ErrorState
        title={t('email.editor.loadFailed')}
        error={template.error}
        onRetry={() => void template.refetch()}
      />
    );
  }
  // A new editor state for each saved version (after a reset, the form shows the default).
  return (
    <TemplateEditor
      key={`${template.data.key}-${template.data.language}-${template.data.updatedAt ?? 'default'}`}
      saved={template.data}
      mayWrite={mayWrite}
      onClose={onClose}
    />
  );
}

function readSelection(params: URLSearchParams): { key: TemplateKey; language: MailLanguage } | null {
  const key = params.get('vorlage');
  const language = params.get('sprache');
  if (!key || !language) return null;
  if (!(templateKeys as readonly string[]).includes(key)) return null;
  if (!(mailLanguages as readonly string[]).includes(language)) return null;
  return { key: key as TemplateKey, language: language as MailLanguage };
}

export function EmailTemplatesPage() {
  const { t } = useTranslation();
  const session = useSession();
  const mayWrite = canWrite(session, 'emailTemplates');
  const [searchParams, setSearchParams] = useSearchParams();
  const selected = readSelection(searchParams);
  const editorRef = useRef<HTMLDivElement>(null);

  const select = (key: TemplateKey, language: MailLanguage) => {
    setSearchParams({ vorlage: key, sprache: language }, { replace: true });
    requestAnimationFrame(() => editorRef.current?.scrollIntoView({ block: 'start' }));
  };

  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={t('email.title')} />
        <PageHeader title={t('email.title')}>{t('email.intro')}</PageHeader>
      </div>
      <SenderNameSection mayWrite={mayWrite} />
      <SectionCard title={t('email.list.heading')}>
        <TemplateList selected={selected} onSelect={select} />
      </SectionCard>
      <div ref={editorRef}>
        {selected ? (
          <TemplateEditorLoader
            key={`${selected.key}-${selected.language}`}
            templateKey={selected.key}
            language={selected.language}
            mayWrite={mayWrite}
            onClose={() => setSearchParams({}, { replace: true })}
          />
        ) : null}
      </div>
    </Stack>
  );
}
