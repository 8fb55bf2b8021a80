// /verwaltung/firmen/:companyId: one company — its certificate layout with a live preview beside the
// form (saved with „Layout speichern“; „Standard wiederherstellen“ resets the formatting), its logo and
// background letterhead (stored at once), and its master data. Leaving with unsaved changes asks first.
// Read-only users see everything, with the fields disabled and without the buttons that change.
import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Paper,
  Skeleton,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { canWrite } from '../../app/access.models';
import { isApiError } from '../../app/api/api-client.models';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { useSession } from '../auth/session.hooks';
import { CompanyFields, useFocusFirstInvalid } from './company-form.component';
import { LayoutEditor } from './layout-editor.component';
import { LayoutPreview } from './layout-preview.component';
import { getCompany, updateCompany } from './organization.api';
import { organizationKeys, useCompany, useInvalidateStructure, useMessageText } from './organization.hooks';
import {
  applyAssetChange,
  checkLayoutForm,
  companyServerErrors,
  companyToForm,
  isCompanyFormDirty,
  isLayoutFormDirty,
  layoutServerErrors,
  layoutToForm,
  restoreDefaultFormatting,
  structureErrorMessage,
  toCompanyPatch,
  validateCompanyForm,
  type CompanyForm,
  type CompanyFormErrors,
  type CompanyFormField,
  type LayoutErrors,
  type LayoutField,
  type LayoutForm,
} from './organization.models';
import type { Company, CompanyAssetKind } from './organization.types';
import { UnsavedChangesGuard } from '../../ui/unsaved-changes-guard.component';

type CompanyTab = 'layout' | 'masterData';

/** „Verwaltung › Firmen und Briefbogen › <Firma>“: the way back to the list and to the landing page. */
function CompanyBreadcrumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.breadcrumbLabel')}>
      <Breadcrumbs mb="xs" separatorMargin={6}>
        <Anchor component={Link} to="/verwaltung" size="sm">
          {t('admin.title')}
        </Anchor>
        <Anchor component={Link} to="/verwaltung/firmen" size="sm">
          {t('organization.companies.title')}
        </Anchor>
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

function UnsavedBadge() {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color="orange" size="sm" tt="none" fw={600} ml={6}>
      {t('organization.company.unsavedBadge')}
    </Badge>
  );
}

function CompanyEditor({ initial }: { initial: Company }) {
  const { t } = useTranslation();
  const say = useMessageText();
  const session = useSession();
  const mayWrite = canWrite(session, 'companies');
  const queryClient = useQueryClient();
  const invalidate = useInvalidateStructure();

  // The company as last saved, and both forms as the user left them.
  const [saved, setSaved] = useState(initial);
  const [savedLayout, setSavedLayout] = useState(() => layoutToForm(initial.layout));
  const [layoutForm, setLayoutForm] = useState(savedLayout);
  const [serverLayoutErrors, setServerLayoutErrors] = useState<LayoutErrors>({});
  const [layoutProblem, setLayoutProblem] = useState<string | null>(null);
  const [companyForm, setCompanyForm] = useState(() => companyToForm(initial));
  const [companyErrors, setCompanyErrors] = useState<CompanyFormErrors>({});
  const [companyProblem, setCompanyProblem] = useState<string | null>(null);
  const [tab, setTab] = useState<CompanyTab>('layout');
  const layoutFocus = useFocusFirstInvalid<HTMLFormElement>();
  const restoreHintId = useId();
  const isWide = useMediaQuery('(min-width: 62em)') ?? true;
  const companyFocus = useFocusFirstInvalid<HTMLFormElement>();

  const check = useMemo(() => checkLayoutForm(layoutForm), [layoutForm]);
  const layoutErrors: LayoutErrors = { ...serverLayoutErrors, ...(check.errors ?? {}) };
  const isLayoutDirty = isLayoutFormDirty(savedLayout, layoutForm);
  const isCompanyDirty = isCompanyFormDirty(saved, companyForm);

  const remember = (company: Company) => {
    setSaved(company);
    queryClient.setQueryData(organizationKeys.company(company.id), company);
  };

  const changeLayout = <K extends LayoutField>(field: K, value: LayoutForm[K]) => {
    setLayoutForm((current) => ({ ...current, [field]: value }));
    setLayoutProblem(null);
    if (serverLayoutErrors[field]) setServerLayoutErrors((current) => ({ ...current, [field]: undefined }));
  };

  const saveLayout = useMutation({
    mutationFn: (layout: NonNullable<typeof check.layout>) => updateCompany(saved.id, { layout }),
    onSuccess: async (company) => {
      remember(company);
      const next = layoutToForm(company.layout);
      setSavedLayout(next);
      setLayoutForm(next);
      notify({ kind: 'success', message: t('organization.layout.saved', { name: company.name }) });
      await invalidate(organizationKeys.companies);
    },
    onError: (error) => {
      const { fields, isGeneral } = layoutServerErrors(error, layoutForm);
      setServerLayoutErrors(fields);
      setLayoutProblem(
        isGeneral
          ? (say(structureErrorMessage(error, { subject: 'company', name: saved.name })) ?? null)
          : t('organization.layout.fixProblems'),
      );
      if (!isGeneral) layoutFocus.focusFirstInvalid();
    },
  });

  const submitLayout = (event: FormEvent) => {
    event.preventDefault();
    setLayoutProblem(null);
    if (!check.layout) {
      setLayoutProblem(t('organization.layout.fixProblems'));
      layoutFocus.focusFirstInvalid();
      return;
    }
    if (!isLayoutDirty) {
      notify({ kind: 'success', message: t('organization.layout.unchanged') });
      return;
    }
    saveLayout.mutate(check.layout);
  };

  /** A file was stored or removed: the server saved that part of the layout; the rest stays as edited. */
  const assetChanged = async (kind: CompanyAssetKind, company: Company | null) => {
    let answer: Company;
    try {
      answer = company ?? (await getCompany(saved.id));
    } catch (error) {
      notify({
        kind: 'error',
        message: say(structureErrorMessage(error, { subject: 'company', name: saved.name })) ?? '',
      });
      return;
    }
    remember(answer);
    setSavedLayout((current) => applyAssetChange(current, kind, answer));
    setLayoutForm((current) => applyAssetChange(current, kind, answer));
  };

  const saveCompany = useMutation({
    mutationFn: (form: CompanyForm) => updateCompany(saved.id, toCompanyPatch(saved, form)),
    onSuccess: async (company) => {
      remember(company);
      setCompanyForm(companyToForm(company));
      notify({ kind: 'success', message: t('organization.companyForm.saved', { name: company.name }) });
      await invalidate(organizationKeys.companies);
    },
    onError: (error) => {
      const { fields, isGeneral } = companyServerErrors(error);
      setCompanyErrors(fields);
      setCompanyProblem(
        isGeneral
          ? (say(structureErrorMessage(error, { subject: 'company', name: saved.name })) ?? null)
          : t('organization.messages.formProblems'),
      );
      if (!isGeneral) companyFocus.focusFirstInvalid();
    },
  });

  const changeCompany = (field: CompanyFormField, value: string) => {
    setCompanyForm((current) => ({ ...current, [field]: value }));
    if (companyErrors[field]) setCompanyErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submitCompany = (event: FormEvent) => {
    event.preventDefault();
    setCompanyProblem(null);
    const found = validateCompanyForm(companyForm);
    setCompanyErrors(found);
    if (Object.keys(found).length > 0) {
      companyFocus.focusFirstInvalid();
      return;
    }
    if (!isCompanyDirty) {
      notify({ kind: 'success', message: t('organization.companyForm.unchanged') });
      return;
    }
    saveCompany.mutate(companyForm);
  };

  const previewError = (error: unknown) => {
    if (isApiError(error) && error.issues.length > 0)
      setServerLayoutErrors(layoutServerErrors(error, layoutForm).fields);
  };

  return (
    <Stack gap="lg">
      <div>
        <CompanyBreadcrumbs current={saved.name} />
        <PageHeader title={saved.name}>
          {[saved.street, [saved.postalCode, saved.city].filter(Boolean).join(' ')]
            .filter(Boolean)
            .join(', ') || null}
        </PageHeader>
        {mayWrite ? null : (
          <Text size="sm" c="dimmed" data-testid="read-only-note">
            {t('organization.common.readOnly')}
          </Text>
        )}
      </div>
      <UnsavedChangesGuard when={mayWrite && (isLayoutDirty || isCompanyDirty)} />
      <Tabs value={tab} onChange={(value) => setTab(value === 'masterData' ? 'masterData' : 'layout')}>
        <Tabs.List aria-label={t('organization.company.tabsLabel')} mb="lg">
          <Tabs.Tab value="layout">
            {t('organization.company.tabs.layout')}
            {isLayoutDirty ? <UnsavedBadge /> : null}
          </Tabs.Tab>
          <Tabs.Tab value="masterData">
            {t('organization.company.tabs.masterData')}
            {isCompanyDirty ? <UnsavedBadge /> : null}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="layout">
          <Grid gap="lg" align="flex-start">
            <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
              <form
                ref={layoutFocus.ref}
                onSubmit={submitLayout}
                noValidate
                aria-label={t('organization.company.tabs.layout')}
              >
                <Stack gap="md">
                  <Text size="sm" c="dimmed">
                    {t('organization.layout.intro')}
                  </Text>
                  {mayWrite ? (
                    <Group gap="sm" wrap="nowrap" align="center">
                      <Button
                        variant="default"
                        size="xs"
                        style={{ flexShrink: 0 }}
                        aria-describedby={restoreHintId}
                        onClick={() => {
                          setLayoutForm((current) => restoreDefaultFormatting(current));
                          setServerLayoutErrors({});
                          notify({ kind: 'success', message: t('organization.layout.restored') });
                        }}
                      >
                        {t('organization.layout.restoreDefault')}
                      </Button>
                      <Text size="xs" c="dimmed" id={restoreHintId}>
                        {t('organization.layout.restoreDefaultHint')}
                      </Text>
                    </Group>
                  ) : null}
                  <LayoutEditor
                    company={saved}
                    form={layoutForm}
                    errors={layoutErrors}
                    mayWrite={mayWrite}
                    onChange={changeLayout}
                    onAssetChanged={(kind, company) => void assetChanged(kind, company)}
                  />
                  {layoutProblem ? (
                    <Alert color="red" variant="light" role="alert" data-testid="layout-problem">
                      {layoutProblem}
                    </Alert>
                  ) : null}
                  {mayWrite ? (
                    <Paper
                      withBorder
                      radius="md"
                      p="sm"
                      style={{ position: 'sticky', bottom: 8, zIndex: 2 }}
                      shadow="sm"
                    >
                      <Group justify="flex-end" gap="sm" wrap="wrap">
                        {isLayoutDirty ? (
                          <Button
                            variant="default"
                            onClick={() => {
                              setLayoutForm(savedLayout);
                              setServerLayoutErrors({});
                              setLayoutProblem(null);
                              notify({ kind: 'success', message: t('organization.layout.discarded') });
                            }}
                          >
                            {t('organization.layout.discard')}
                          </Button>
                        ) : null}
                        <Button type="submit" loading={saveLayout.isPending}>
                          {t('organization.layout.save')}
                        </Button>
                      </Group>
                    </Paper>
                  ) : null}
                </Stack>
              </form>
            </Grid.Col>
            {/* Beside the form (and staying in view) on wide screens; above it on narrow ones. */}
            <Grid.Col
              span={{ base: 12, md: 5 }}
              order={{ base: 1, md: 2 }}
              style={isWide ? { position: 'sticky', top: 76 } : undefined}
            >
              <LayoutPreview
                companyId={saved.id}
                companyName={saved.name}
                layout={check.layout}
                onError={previewError}
                maxHeight={isWide ? undefined : '50dvh'}
              />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>

        <Tabs.Panel value="masterData">
          <Paper withBorder radius="md" p="lg" maw={720}>
            <form
              ref={companyFocus.ref}
              onSubmit={submitCompany}
              noValidate
              aria-label={t('organization.company.tabs.masterData')}
            >
              <Stack gap="md">
                <Text size="sm" c="dimmed">
                  {t('organization.company.masterDataIntro')}
                </Text>
                <CompanyFields
                  form={companyForm}
                  errors={companyErrors}
                  onChange={changeCompany}
                  disabled={!mayWrite}
                />
                {companyProblem ? (
                  <Alert color="red" variant="light" role="alert">
                    {companyProblem}
                  </Alert>
                ) : null}
                {mayWrite ? (
                  <Group justify="flex-end">
                    <Button type="submit" loading={saveCompany.isPending}>
                      {t('organization.companyForm.submitSave')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </form>
          </Paper>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

export function CompanyPage() {
  const { t } = useTranslation();
  const { companyId = '' } = useParams();
  const company = useCompany(companyId);

  if (company.data) return <CompanyEditor key={company.data.id} initial={company.data} />;
  const isNotFound = isApiError(company.error) && company.error.status === 404;
  return (
    <Stack gap="lg">
      <div>
        <CompanyBreadcrumbs current={t('organization.common.loading')} />
        {company.isError ? (
          <PageHeader
            title={
              isNotFound ? t('organization.company.notFoundTitle') : t('organization.company.loadFailed')
            }
          />
        ) : (
          <Skeleton height={34} width="40%" mb="lg" />
        )}
      </div>
      {company.isError ? (
        isNotFound ? (
          <Stack gap="sm" align="flex-start">
            <Text>{t('organization.company.notFoundText')}</Text>
            <Anchor component={Link} to="/verwaltung/firmen">
              {t('organization.company.backToList')}
            </Anchor>
          </Stack>
        ) : (
          <ErrorState error={company.error} onRetry={() => void company.refetch()} />
        )
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Skeleton height={480} radius="md" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Skeleton height={480} radius="md" />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
