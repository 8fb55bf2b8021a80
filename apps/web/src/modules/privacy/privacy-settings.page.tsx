// /verwaltung/datenschutz: the tenant's privacy settings — the change log of certificates (L4) and the
// one-time code on handover links (H3: mandatory for every handover, allowed channels). Saved together;
// only what changed is sent. With read access only, the settings are shown but cannot be changed.
import { Alert, Button, Checkbox, Group, List, Skeleton, Stack, Switch, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../app/api/api-client.models';
import { canWrite } from '../../app/access.models';
import { useSession } from '../auth/session.hooks';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { AdminBreadcrumbs } from '../admin/admin-breadcrumbs.component';
import { fetchPrivacySettings, privacyKeys, updatePrivacySettings } from './privacy.api';
import {
  handoverCodeChannels,
  serverFieldErrors,
  settingsToForm,
  toSettingsPatch,
  validatePrivacyForm,
  type PrivacyForm,
  type PrivacyFormErrors,
  type PrivacyFormField,
} from './privacy.models';
import type { HandoverCodeChannel, PrivacySettings } from './privacy.types';
import { SectionCard } from '../../ui/section-card.component';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid.hook';

function SettingsEditor({ saved, canChange }: { saved: PrivacySettings; canChange: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<PrivacyForm>(() => settingsToForm(saved));
  const [errors, setErrors] = useState<PrivacyFormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const isDirty = Object.keys(toSettingsPatch(saved, form)).length > 0;

  const save = useMutation({
    mutationFn: (current: PrivacyForm) => updatePrivacySettings(toSettingsPatch(saved, current)),
    onSuccess: (settings) => {
      queryClient.setQueryData(privacyKeys.settings, settings);
      setForm(settingsToForm(settings));
      setErrors({});
      notify({ kind: 'success', message: t('privacy.settings.saved') });
    },
    onError: (error) => {
      const { fields, isGeneral } = serverFieldErrors(error);
      setErrors(fields);
      const reason = isGeneral ? t(errorMessageKey(error)) : t('privacy.settings.formProblems');
      notify({ kind: 'error', message: `${t('privacy.settings.failed')}. ${reason}` });
      if (!isGeneral) focusFirstInvalid();
    },
  });

  const update = <K extends PrivacyFormField>(field: K, value: PrivacyForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isDirty) {
      notify({ kind: 'success', message: t('privacy.settings.unchanged') });
      return;
    }
    const found = validatePrivacyForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    save.mutate(form);
  };

  const channelHints: Record<HandoverCodeChannel, string> = {
    email: t('privacy.settings.code.emailHint'),
    sms: t('privacy.settings.code.smsHint'),
  };
  const disabled = !canChange || save.isPending;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        {canChange ? null : (
          <Alert variant="light" color="blue">
            {t('privacy.settings.readOnly')}
          </Alert>
        )}
        <SectionCard title={t('privacy.settings.tracking.heading')}>
          <Stack gap="sm">
            <Switch
              label={t('privacy.settings.tracking.label')}
              description={t('privacy.settings.tracking.description')}
              checked={form.changeTracking}
              onChange={(event) => update('changeTracking', event.currentTarget.checked)}
              disabled={disabled}
            />
            <List size="sm" spacing={4} maw={760}>
              <List.Item>{t('privacy.settings.tracking.who')}</List.Item>
              <List.Item>{t('privacy.settings.tracking.retention')}</List.Item>
            </List>
          </Stack>
        </SectionCard>

        <SectionCard title={t('privacy.settings.code.heading')}>
          <Stack gap="md">
            <Switch
              label={t('privacy.settings.code.required')}
              description={t('privacy.settings.code.requiredDescription')}
              checked={form.codeRequired}
              onChange={(event) => update('codeRequired', event.currentTarget.checked)}
              disabled={disabled}
            />
            <Checkbox.Group
              label={t('privacy.settings.code.channels')}
              description={t('privacy.settings.code.channelsDescription')}
              value={form.channels}
              onChange={(channels) =>
                update(
                  'channels',
                  handoverCodeChannels.filter((channel) => channels.includes(channel)),
                )
              }
              error={errors.channels ? t(errors.channels) : undefined}
              {...(errors.channels ? { 'aria-invalid': true } : {})}
            >
              <Stack gap="sm" mt="xs">
                {handoverCodeChannels.map((channel) => (
                  <Checkbox
                    key={channel}
                    value={channel}
                    label={t(`privacy.settings.code.${channel}`)}
                    description={channelHints[channel]}
                    disabled={disabled}
                    {...(errors.channels ? { 'aria-invalid': true } : {})}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          </Stack>
        </SectionCard>

        {canChange ? (
          <Group gap="sm">
            <Button type="submit" loading={save.isPending} disabled={!isDirty && !save.isPending}>
              {save.isPending ? t('privacy.settings.saving') : t('privacy.settings.save')}
            </Button>
            <Button
              variant="default"
              disabled={!isDirty || save.isPending}
              onClick={() => {
                setForm(settingsToForm(saved));
                setErrors({});
              }}
            >
              {t('privacy.settings.reset')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

export function PrivacySettingsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const settings = useQuery({
    queryKey: privacyKeys.settings,
    queryFn: ({ signal }) => fetchPrivacySettings(signal),
  });
  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={t('privacy.title')} />
        <PageHeader title={t('privacy.title')}>{t('privacy.intro')}</PageHeader>
      </div>
      {settings.data ? (
        <SettingsEditor saved={settings.data} canChange={canWrite(session, 'privacy')} />
      ) : settings.isError ? (
        <ErrorState
          title={t('privacy.settings.loadFailed')}
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <Stack gap="lg" aria-busy="true">
          <VisuallyHidden role="status">{t('privacy.settings.loading')}</VisuallyHidden>
          {Array.from({ length: 2 }, (_, index) => (
            <Skeleton key={index} height={160} radius="md" />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
