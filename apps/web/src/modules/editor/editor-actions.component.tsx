// The certificate's status and what can happen next: the workflow steps the status allows (forward,
// back to draft with a reason, issue, archive), the downloads, and the private flag. Every step first
// saves pending edits, so a status never applies to anything but what the user sees.
import { Button, Group, Menu, Stack, Switch, Text, Textarea } from '@mantine/core';
import type { CertificateIssue } from '@zeugnisdesk/engine';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../ui/app-modal.component';
import { StatusBadge } from '../../ui/status-badge.component';
import type { CertificateStatus, DocumentFormat } from '../certificates/certificates.types';
import { availableActions, type EditorAction } from './editor.models';

type ActionKey = 'issue' | 'issueCorrection' | 'backToDraft' | `to_${CertificateStatus}`;

function actionKey(action: EditorAction): ActionKey {
  if (action.type === 'issue') return action.correction ? 'issueCorrection' : 'issue';
  return action.back ? 'backToDraft' : `to_${action.to}`;
}

export function EditorActions({
  status,
  issues,
  isPrivate,
  readOnly,
  busy,
  onAction,
  onDownload,
  onPrivateChange,
}: {
  status: CertificateStatus;
  /** The current consistency check, shown before issuing. */
  issues: readonly CertificateIssue[];
  isPrivate: boolean;
  readOnly: boolean;
  busy: boolean;
  onAction: (action: EditorAction, comment: string) => Promise<boolean>;
  onDownload: (format: DocumentFormat) => void;
  onPrivateChange: (isPrivate: boolean) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<EditorAction | null>(null);
  const [comment, setComment] = useState('');
  const actions = availableActions(status);
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');

  const close = () => {
    setConfirming(null);
    setComment('');
  };

  return (
    <Stack gap="sm">
      <Group gap="xs" justify="space-between">
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {t('editor.actions.status')}
          </Text>
          <StatusBadge status={status} />
        </Group>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default" size="xs" disabled={busy}>
              {t('editor.actions.download')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onDownload('pdf')}>{t('editor.actions.downloadPdf')}</Menu.Item>
            <Menu.Item onClick={() => onDownload('docx')}>{t('editor.actions.downloadDocx')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {actions.length > 0 && !readOnly ? (
        <Group gap="xs">
          {actions.map((action) => (
            <Button
              key={actionKey(action)}
              size="xs"
              variant={action.type === 'transition' && action.back ? 'default' : 'filled'}
              disabled={busy}
              onClick={() => setConfirming(action)}
            >
              {t(`editor.actions.${actionKey(action)}`)}
            </Button>
          ))}
        </Group>
      ) : null}
      <Switch
        label={t('editor.actions.private')}
        description={t('editor.actions.privateHint')}
        checked={isPrivate}
        disabled={readOnly || busy}
        onChange={(event) => onPrivateChange(event.currentTarget.checked)}
      />
      <AppModal
        opened={confirming !== null}
        onClose={close}
        title={confirming ? t(`editor.actions.${actionKey(confirming)}`) : ''}
        closeLabel={t('editor.result.cancel')}
      >
        {confirming ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void onAction(confirming, comment.trim()).then((done) => {
                if (done) close();
              });
            }}
          >
            <Stack gap="sm">
              <Text size="sm">{t(`editor.actions.confirm.${actionKey(confirming)}`)}</Text>
              {confirming.type === 'issue' && (errors.length > 0 || warnings.length > 0) ? (
                <Stack gap={4} data-testid="issue-findings">
                  <Text size="sm" fw={600} c={errors.length > 0 ? '#a51d1d' : '#9c3a00'}>
                    {t('editor.actions.findings', { errors: errors.length, warnings: warnings.length })}
                  </Text>
                  {[...errors, ...warnings].slice(0, 6).map((issue, index) => (
                    <Text size="sm" key={index}>
                      – {issue.message}
                    </Text>
                  ))}
                </Stack>
              ) : null}
              {confirming.type === 'transition' ? (
                <Textarea
                  label={confirming.back ? t('editor.actions.reasonLabel') : t('editor.actions.commentLabel')}
                  value={comment}
                  maxLength={1000}
                  autosize
                  minRows={2}
                  onChange={(event) => setComment(event.currentTarget.value)}
                />
              ) : null}
              <Group justify="flex-end" gap="xs">
                <Button variant="default" onClick={close}>
                  {t('editor.result.cancel')}
                </Button>
                <Button type="submit" loading={busy}>
                  {t(`editor.actions.${actionKey(confirming)}`)}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </AppModal>
    </Stack>
  );
}
