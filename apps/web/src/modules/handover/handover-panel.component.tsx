// HR's side of the handover, beside the editor: the certificate's handovers (recipient, status, dates,
// the recipient's comment, the timeline of events) with „Widerrufen“, and the button that opens the
// dialog to hand the certificate over (handover-dialog.component.tsx).
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { handoverSections } from '@zeugnisdesk/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../app/api/api-client.models';
import { AppModal } from '../../ui/app-modal.component';
import { formatDate, formatDateTime } from '../../ui/date-format';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { handoversQueryKey, listHandovers, revokeHandover } from './handover.api';
import { HandoverDialog } from './handover-dialog.component';
import { handoverStatusColors, sectionKey } from './handover.models';
import type { Handover, HandoverEvent } from './handover.types';

function eventLabelKey(event: HandoverEvent) {
  if (event.type === 'revoked' && event.details?.reason === 'replaced')
    return 'handover.events.replaced' as const;
  return `handover.events.${event.type}` as const;
}

function HandoverItem({
  handover,
  readOnly,
  onRevoke,
}: {
  handover: Handover;
  readOnly: boolean;
  onRevoke: (handover: Handover) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [showEvents, setShowEvents] = useState(false);
  const eventsId = useId();
  const sectionNames = (level: 'read' | 'write') =>
    handoverSections
      .filter((section) => handover.grants[section] === level)
      .map((section) => t(`handover.dialog.sections.${sectionKey(section)}`))
      .join(', ') || t('handover.panel.grantsNone');

  return (
    <Paper component="li" withBorder radius="md" p="sm" data-testid="handover-item">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Text fw={600} size="sm">
              {handover.recipient.name}
            </Text>
            <Text size="xs" c="dark.6" style={{ overflowWrap: 'anywhere' }}>
              {handover.recipient.email}
            </Text>
          </Stack>
          <Badge
            variant="light"
            color={handoverStatusColors[handover.status]}
            c="dark.8"
            tt="none"
            fw={600}
            miw="max-content"
            data-testid="handover-status"
          >
            {t(`handover.status.${handover.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dark.6">
          {t('handover.panel.createdBy', {
            name: handover.createdBy?.name ?? '–',
            date: formatDateTime(handover.createdAt, language),
          })}
        </Text>
        <Text size="xs" c="dark.6">
          {t('handover.panel.grantsSummary', { write: sectionNames('write'), read: sectionNames('read') })}
        </Text>
        <Group gap="md" wrap="wrap">
          {handover.dueDate ? (
            <Text size="xs">{t('handover.panel.due', { date: formatDate(handover.dueDate, language) })}</Text>
          ) : null}
          {handover.status === 'active' ? (
            <Text size="xs">
              {t('handover.panel.expires', { date: formatDateTime(handover.expiresAt, language) })}
            </Text>
          ) : null}
          <Text size="xs">
            {handover.openedAt
              ? t('handover.panel.opened', { date: formatDateTime(handover.openedAt, language) })
              : t('handover.panel.notOpened')}
          </Text>
          {handover.finishedAt ? (
            <Text size="xs">
              {t('handover.panel.finished', { date: formatDateTime(handover.finishedAt, language) })}
            </Text>
          ) : null}
        </Group>
        {handover.finishComment ? (
          <Stack gap={2} data-testid="handover-comment">
            <Text size="xs" fw={600}>
              {t('handover.panel.comment')}
            </Text>
            <Text
              size="sm"
              px="sm"
              py={4}
              bg="gray.0"
              style={{ borderInlineStart: '3px solid var(--mantine-color-brand-5)', whiteSpace: 'pre-wrap' }}
            >
              {handover.finishComment}
            </Text>
          </Stack>
        ) : null}
        <Group justify="space-between" gap="xs">
          {handover.events.length > 0 ? (
            <Anchor
              component="button"
              type="button"
              size="xs"
              aria-expanded={showEvents}
              aria-controls={eventsId}
              onClick={() => setShowEvents((shown) => !shown)}
            >
              {showEvents
                ? t('handover.panel.hideEvents')
                : t('handover.panel.showEvents', { count: handover.events.length })}
            </Anchor>
          ) : (
            <span />
          )}
          {handover.status === 'active' && !readOnly ? (
            <Button
              size="compact-xs"
              variant="default"
              color="red"
              aria-label={t('handover.panel.revokeLabel', { name: handover.recipient.name })}
              onClick={() => onRevoke(handover)}
            >
              {t('handover.panel.revoke')}
            </Button>
          ) : null}
        </Group>
        {showEvents ? (
          <Timeline
            id={eventsId}
            bulletSize={10}
            lineWidth={2}
            active={handover.events.length}
            aria-label={t('handover.panel.events')}
            data-testid="handover-events"
          >
            {handover.events.map((event, index) => (
              <Timeline.Item
                key={index}
                title={
                  <Text size="sm" fw={600}>
                    {t(eventLabelKey(event))}
                  </Text>
                }
              >
                <Text size="xs" c="dark.6">
                  {formatDateTime(event.at, language)}
                  {event.userName ? ` · ${t('handover.events.by', { name: event.userName })}` : ''}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        ) : null}
      </Stack>
    </Paper>
  );
}

export function HandoverPanel({
  certificateId,
  employeeId,
  readOnly,
}: {
  certificateId: string;
  employeeId: string;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [revoking, setRevoking] = useState<Handover | null>(null);
  const handovers = useQuery({
    queryKey: handoversQueryKey(certificateId),
    queryFn: ({ signal }) => listHandovers(certificateId, signal),
  });
  const revoke = useMutation({
    mutationFn: (handover: Handover) => revokeHandover(handover.id),
    onSuccess: (handover) => {
      notify({ kind: 'success', message: t('handover.panel.revoked', { name: handover.recipient.name }) });
      setRevoking(null);
      void queryClient.invalidateQueries({ queryKey: handoversQueryKey(certificateId) });
    },
    onError: (error) => {
      notify({ kind: 'error', message: t(errorMessageKey(error)) });
      void queryClient.invalidateQueries({ queryKey: handoversQueryKey(certificateId) });
    },
  });

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            {t('handover.panel.title')}
          </Title>
          {readOnly ? null : (
            <Button size="xs" onClick={() => setDialogOpen(true)}>
              {t('handover.panel.handOver')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dark.6">
          {t('handover.panel.intro')}
        </Text>
        {handovers.isPending ? (
          <Text size="sm" c="dark.6">
            {t('app.loading')}
          </Text>
        ) : handovers.isError ? (
          <ErrorState
            title={t('handover.panel.loadFailed')}
            error={handovers.error}
            onRetry={() => void handovers.refetch()}
          />
        ) : handovers.data.length === 0 ? (
          <Text size="sm" c="dark.6">
            {t('handover.panel.empty')}
          </Text>
        ) : (
          <Stack
            component="ul"
            gap="xs"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('handover.panel.listLabel')}
          >
            {handovers.data.map((handover) => (
              <HandoverItem
                key={handover.id}
                handover={handover}
                readOnly={readOnly}
                onRevoke={setRevoking}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <HandoverDialog
        opened={dialogOpen}
        onClose={() => setDialogOpen(false)}
        certificateId={certificateId}
        employeeId={employeeId}
        onCreated={() => void queryClient.invalidateQueries({ queryKey: handoversQueryKey(certificateId) })}
      />
      <AppModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('handover.panel.revokeTitle')}
        closeLabel={t('handover.panel.close')}
      >
        <Stack gap="sm">
          <Text size="sm">{t('handover.panel.revokeText', { name: revoking?.recipient.name ?? '' })}</Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setRevoking(null)}>
              {t('handover.panel.cancel')}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={() => {
                if (revoking) revoke.mutate(revoking);
              }}
            >
              {t('handover.panel.revokeConfirm')}
            </Button>
          </Group>
        </Stack>
      </AppModal>
    </Paper>
  );
}
