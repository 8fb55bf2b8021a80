// /verwaltung/zustellung (administrators): messages the outbox gave up on after its retries — recipient,
// subject, reason, attempts, when — newest first, a page at a time, each with „Erneut senden“. Links and
// codes in old messages may have expired; the page says so.
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/date-format';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { AdminBreadcrumbs } from '../admin/admin-breadcrumbs.component';
import { TableScroll } from '../admin/table-scroll.component';
import { listDeliveryFailures, resendDeliveryFailure } from './email.api';
import { emailErrorKey } from './email.models';
import type { DeliveryFailure } from './email.types';

const failuresKey = ['email', 'delivery-failures'] as const;

export function DeliveryFailuresPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [resendingId, setResendingId] = useState<string | null>(null);
  const failures = useInfiniteQuery({
    queryKey: failuresKey,
    queryFn: ({ pageParam, signal }) => listDeliveryFailures(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

  const resend = useMutation({
    mutationFn: (failure: DeliveryFailure) => resendDeliveryFailure(failure.id),
    onMutate: (failure) => setResendingId(failure.id),
    onSuccess: async () => {
      notify({ kind: 'success', message: t('email.failures.resent') });
      await queryClient.invalidateQueries({ queryKey: failuresKey });
    },
    onError: async (error) => {
      notify({ kind: 'error', message: `${t('email.failures.resendFailed')}. ${t(emailErrorKey(error))}` });
      await queryClient.invalidateQueries({ queryKey: failuresKey });
    },
    onSettled: () => setResendingId(null),
  });

  const items = failures.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={t('email.failures.title')} />
        <PageHeader title={t('email.failures.title')}>{t('email.failures.intro')}</PageHeader>
      </div>
      <Alert color="blue" variant="light">
        {t('email.failures.expiredHint')}
      </Alert>
      <Paper withBorder radius="md" p="lg">
        {failures.isPending ? (
          <Skeleton height={160} />
        ) : failures.isError ? (
          <ErrorState
            title={t('email.failures.loadFailed')}
            error={failures.error}
            onRetry={() => void failures.refetch()}
          />
        ) : items.length === 0 ? (
          <Text>{t('email.failures.empty')}</Text>
        ) : (
          <Stack gap="md">
            <TableScroll label={t('email.failures.title')} minWidth={900}>
              <Table striped verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('email.failures.failedAt')}</Table.Th>
                    <Table.Th scope="col">{t('email.failures.channel')}</Table.Th>
                    <Table.Th scope="col">{t('email.failures.recipient')}</Table.Th>
                    <Table.Th scope="col">{t('email.failures.subject')}</Table.Th>
                    <Table.Th scope="col">{t('email.failures.error')}</Table.Th>
                    <Table.Th scope="col">{t('email.failures.attempts')}</Table.Th>
                    <Table.Th scope="col">{t('email.failures.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((failure) => (
                    <Table.Tr key={failure.id}>
                      <Table.Td>
                        {failure.failedAt
                          ? formatDateTime(failure.failedAt, i18n.language)
                          : t('email.failures.unknown')}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color="gray.8">
                          {t(`email.failures.${failure.channel}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td style={{ wordBreak: 'break-all' }}>{failure.recipient}</Table.Td>
                      <Table.Td>{failure.subject ?? t('email.failures.noSubject')}</Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ wordBreak: 'break-word' }}>
                          {failure.lastError ?? t('email.failures.unknown')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{failure.attempts}</Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          loading={resendingId === failure.id}
                          disabled={resendingId !== null && resendingId !== failure.id}
                          aria-label={t('email.failures.resendLabel', { recipient: failure.recipient })}
                          onClick={() => resend.mutate(failure)}
                        >
                          {t('email.failures.resend')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {failures.hasNextPage ? (
              <Group>
                <Button
                  variant="default"
                  loading={failures.isFetchingNextPage}
                  onClick={() => void failures.fetchNextPage()}
                >
                  {t('email.failures.loadMore')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
