// /verwaltung/anmeldung (administrators): the organisation's sign-in settings — password preset,
// automatic sign-out, second factor, Microsoft Entra ID — saved together; only what changed is sent,
// and the client secret only when a new one is typed (the server never sends it back). With SSO on,
// the organisation's sign-in link (/anmelden?organisation=<id>) to share with its users.
import {
  Alert,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationAddress, signInLinkFor } from '../auth/sign-in-options.models';
import { useSession } from '../auth/session.hooks';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { PasswordField } from '../../ui/password-field.component';
import { fetchSecuritySettings, updateSecuritySettings } from './admin.api';
import { adminKeys } from './admin.hooks';
import {
  adminErrorKey,
  allowedSecondFactors,
  passwordPolicies,
  serverFieldErrors,
  settingsFieldMessages,
  settingsToForm,
  ssoModes,
  ssoRedirectUri,
  toSettingsPatch,
  validateSettingsForm,
  type FormErrors,
  type SettingsForm,
  type SettingsFormField,
} from './admin.models';
import type { AllowedSecondFactor, PasswordPolicyPreset, SecuritySettings, SsoMode } from './admin.types';
import { AdminBreadcrumbs } from './admin-breadcrumbs.component';
import { SectionCard } from '../../ui/section-card.component';
import { useFocusFirstInvalid } from '../../ui/focus-first-invalid.hook';

function SettingsEditor({ saved }: { saved: SecuritySettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<SettingsForm>(() => settingsToForm(saved));
  const [errors, setErrors] = useState<FormErrors<SettingsFormField>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  // The server's own address (PUBLIC_URL) decides; the browser's origin only if an older server omits it.
  const redirectUri = saved.ssoRedirectUri || ssoRedirectUri(window.location.origin);
  // Works once SSO is saved on; it names the organisation, so that the page finds it among several.
  const { organization } = useSession();
  const signInLink = signInLinkFor(
    applicationAddress(saved.ssoRedirectUri, window.location.origin),
    organization.id,
  );
  const signInLinkLabelId = useId();
  const isDirty = Object.keys(toSettingsPatch(saved, form)).length > 0;

  const save = useMutation({
    mutationFn: (current: SettingsForm) => updateSecuritySettings(toSettingsPatch(saved, current)),
    onSuccess: (settings) => {
      queryClient.setQueryData(adminKeys.securitySettings, settings);
      setForm(settingsToForm(settings));
      setErrors({});
      notify({ kind: 'success', message: t('admin.signIn.saved') });
    },
    onError: (error) => {
      const { fields, isGeneral } = serverFieldErrors(error, settingsFieldMessages);
      setErrors(fields);
      // One text, no title: Mantine draws the text under a title in a grey below WCAG AA.
      const reason = isGeneral ? t(adminErrorKey(error)) : t('admin.common.formProblems');
      notify({ kind: 'error', message: `${t('admin.signIn.failed')}. ${reason}` });
      if (!isGeneral) focusFirstInvalid();
    },
  });

  const update = <K extends SettingsFormField>(field: K, value: SettingsForm[K]) => {
    setForm((current) => ({ ...current, [field]: value }));
    // A missing Entra ID detail is reported at the mode; filling one in clears that message too.
    const clearsMode = field === 'ssoTenantId' || field === 'ssoClientId' || field === 'ssoClientSecret';
    setErrors((current) => ({
      ...current,
      [field]: undefined,
      ...(clearsMode ? { ssoMode: undefined } : {}),
    }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isDirty) {
      notify({ kind: 'success', message: t('admin.signIn.unchanged') });
      return;
    }
    const found = validateSettingsForm(form, { clientSecretSet: saved.ssoClientSecretSet });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstInvalid();
      return;
    }
    save.mutate(form);
  };

  const fieldError = (field: SettingsFormField) => (errors[field] ? t(errors[field]) : undefined);
  const methodHints: Record<AllowedSecondFactor, string> = {
    totp: t('admin.signIn.secondFactor.totpHint'),
    passkey: t('admin.signIn.secondFactor.passkeyHint'),
    sms: t('admin.signIn.secondFactor.smsHint'),
  };

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <SectionCard title={t('admin.signIn.password.heading')}>
          <Stack gap="sm">
            <Radio.Group
              value={form.passwordPolicy}
              onChange={(value) => update('passwordPolicy', value as PasswordPolicyPreset)}
              label={t('admin.signIn.password.label')}
              error={fieldError('passwordPolicy')}
            >
              <Stack gap="sm" mt="xs">
                {passwordPolicies.map((policy) => (
                  <Radio
                    key={policy}
                    value={policy}
                    label={t(`admin.signIn.password.${policy}`)}
                    description={t(`admin.signIn.password.${policy}Hint`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Text size="sm" c="dimmed">
              {t('admin.signIn.password.note')}
            </Text>
          </Stack>
        </SectionCard>

        <SectionCard title={t('admin.signIn.sessions.heading')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
            <TextInput
              label={t('admin.signIn.sessions.idle')}
              description={t('admin.signIn.sessions.idleHint')}
              inputMode="numeric"
              value={form.sessionIdleMinutes}
              onChange={(event) => update('sessionIdleMinutes', event.currentTarget.value)}
              error={fieldError('sessionIdleMinutes')}
              maxLength={4}
              required
            />
            <TextInput
              label={t('admin.signIn.sessions.absolute')}
              description={t('admin.signIn.sessions.absoluteHint')}
              inputMode="numeric"
              value={form.sessionAbsoluteHours}
              onChange={(event) => update('sessionAbsoluteHours', event.currentTarget.value)}
              error={fieldError('sessionAbsoluteHours')}
              maxLength={3}
              required
            />
          </SimpleGrid>
        </SectionCard>

        <SectionCard title={t('admin.signIn.secondFactor.heading')}>
          <Stack gap="md">
            <Switch
              label={t('admin.signIn.secondFactor.required')}
              description={t('admin.signIn.secondFactor.requiredHint')}
              checked={form.secondFactorRequired}
              onChange={(event) => update('secondFactorRequired', event.currentTarget.checked)}
            />
            <Checkbox.Group
              label={t('admin.signIn.secondFactor.methods')}
              value={form.secondFactorMethods}
              onChange={(methods) => update('secondFactorMethods', methods as AllowedSecondFactor[])}
              error={fieldError('secondFactorMethods')}
            >
              <Stack gap="sm" mt="xs">
                {allowedSecondFactors.map((method) => (
                  <Checkbox
                    key={method}
                    value={method}
                    label={t(`admin.signIn.secondFactor.${method}`)}
                    description={methodHints[method]}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          </Stack>
        </SectionCard>

        <SectionCard title={t('admin.signIn.sso.heading')}>
          <Stack gap="md">
            <Radio.Group
              label={t('admin.signIn.sso.mode')}
              value={form.ssoMode}
              onChange={(value) => update('ssoMode', value as SsoMode)}
              error={fieldError('ssoMode')}
            >
              <Stack gap="sm" mt="xs">
                {ssoModes.map((mode) => (
                  <Radio
                    key={mode}
                    value={mode}
                    label={t(`admin.signIn.sso.${mode}`)}
                    description={t(`admin.signIn.sso.${mode}Hint`)}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {form.ssoMode !== 'off' ? (
              <Stack gap="md" maw={720}>
                <TextInput
                  label={t('admin.signIn.sso.tenantId')}
                  description={t('admin.signIn.sso.tenantIdHint')}
                  value={form.ssoTenantId}
                  onChange={(event) => update('ssoTenantId', event.currentTarget.value)}
                  error={fieldError('ssoTenantId')}
                  maxLength={36}
                  autoComplete="off"
                  spellCheck={false}
                  required
                />
                <TextInput
                  label={t('admin.signIn.sso.clientId')}
                  value={form.ssoClientId}
                  onChange={(event) => update('ssoClientId', event.currentTarget.value)}
                  error={fieldError('ssoClientId')}
                  maxLength={200}
                  autoComplete="off"
                  spellCheck={false}
                  required
                />
                <PasswordField
                  label={t('admin.signIn.sso.clientSecret')}
                  description={
                    saved.ssoClientSecretSet
                      ? t('admin.signIn.sso.clientSecretSet')
                      : t('admin.signIn.sso.clientSecretHint')
                  }
                  value={form.ssoClientSecret}
                  onChange={(event) => update('ssoClientSecret', event.currentTarget.value)}
                  error={fieldError('ssoClientSecret')}
                  maxLength={500}
                  autoComplete="new-password"
                  required={!saved.ssoClientSecretSet}
                />
                <Stack gap={4}>
                  <Text size="sm" fw={500}>
                    {t('admin.signIn.sso.redirectUri')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('admin.signIn.sso.redirectUriHint')}
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <Code data-testid="sso-redirect-uri" style={{ overflowWrap: 'anywhere' }}>
                      {redirectUri}
                    </Code>
                    <CopyButton value={redirectUri}>
                      {({ copied, copy }) => (
                        <Button size="compact-sm" variant="default" onClick={copy}>
                          {copied ? t('admin.signIn.sso.copied') : t('admin.signIn.sso.copy')}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                </Stack>
                {saved.ssoMode !== 'off' ? (
                  <Stack gap={4} role="group" aria-labelledby={signInLinkLabelId}>
                    <Text size="sm" fw={500} id={signInLinkLabelId}>
                      {t('admin.signIn.sso.signInLink')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('admin.signIn.sso.signInLinkHint')}
                    </Text>
                    <Group gap="xs" wrap="nowrap">
                      <Code data-testid="sso-sign-in-link" style={{ overflowWrap: 'anywhere' }}>
                        {signInLink}
                      </Code>
                      <CopyButton value={signInLink}>
                        {({ copied, copy }) => (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={copy}
                            style={{ flexShrink: 0 }}
                          >
                            {copied ? t('admin.signIn.sso.copiedLink') : t('admin.signIn.sso.copyLink')}
                          </Button>
                        )}
                      </CopyButton>
                    </Group>
                  </Stack>
                ) : null}
              </Stack>
            ) : null}
            {form.ssoMode === 'only' && saved.ssoMode !== 'only' ? (
              <Alert variant="light" color="orange">
                {t('admin.signIn.sso.onlyHint')}
              </Alert>
            ) : null}
          </Stack>
        </SectionCard>

        <Group gap="sm">
          <Button type="submit" loading={save.isPending} disabled={!isDirty && !save.isPending}>
            {save.isPending ? t('admin.signIn.saving') : t('admin.signIn.save')}
          </Button>
          <Button
            variant="default"
            disabled={!isDirty || save.isPending}
            onClick={() => {
              setForm(settingsToForm(saved));
              setErrors({});
            }}
          >
            {t('admin.signIn.reset')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SignInSettingsPage() {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: adminKeys.securitySettings,
    queryFn: ({ signal }) => fetchSecuritySettings(signal),
  });
  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={t('admin.signIn.title')} />
        <PageHeader title={t('admin.signIn.title')}>{t('admin.signIn.intro')}</PageHeader>
      </div>
      {settings.data ? (
        <SettingsEditor saved={settings.data} />
      ) : settings.isError ? (
        <ErrorState
          title={t('admin.signIn.loadFailed')}
          error={settings.error}
          onRetry={() => void settings.refetch()}
        />
      ) : (
        <Stack gap="lg" aria-busy="true">
          <VisuallyHidden role="status">{t('admin.common.loading')}</VisuallyHidden>
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={160} radius="md" />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
