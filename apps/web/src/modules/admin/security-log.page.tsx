// /verwaltung/sicherheitsprotokoll (administrators): the security log, newest first, filtered by event,
// user and days (the filters live in the address), a page at a time, and the same filters as a CSV
// download for Excel.
import {
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../ui/date-format';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { listSecurityEvents, securityEventsCsvUrl } from './admin.api';
import { adminKeys, useAllUsers } from './admin.hooks';
import {
  hasLogFilters,
  isDateRangeReversed,
  isSecurityAction,
  readLogFilters,
  securityActions,
  toSecurityEventQuery,
  userName,
  writeLogFilters,
  type LogFilters,
} from './admin.models';
import type { SecurityEvent } from './admin.types';
import { AdminBreadcrumbs } from './admin-breadcrumbs.component';
import { TableScroll } from './table-scroll.component';

const pageSize = 50;

/** Browser and system in a few words: the user agent's product tokens, shortened. */
function shortUserAgent(userAgent: string | null): string {
  if (!userAgent) return '–';
  const browser = /(Edg|Firefox|Chrome|Chromium|Safari)\/[\d.]+/.exec(userAgent)?.[0];
  const system = /\(([^;)]+)/.exec(userAgent)?.[1];
  if (browser) return [browser.replace('Edg/', 'Edge/'), system].filter(Boolean).join(' · ');
  return userAgent.length > 60 ? `${userAgent.slice(0, 57)}…` : userAgent;
}

export function SecurityLogPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readLogFilters(searchParams);
  const setFilters = (next: LogFilters) => setSearchParams(writeLogFilters(next), { replace: true });
  const isReversed = isDateRangeReversed(filters);
  const query = toSecurityEventQuery(filters);

  const events = useInfiniteQuery({
    queryKey: [...adminKeys.securityEvents, writeLogFilters(filters).toString()],
    queryFn: ({ pageParam, signal }) =>
      listSecurityEvents({ ...query, limit: pageSize, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
    enabled: !isReversed,
  });
  const users = useAllUsers();
  const names = new Map((users.data ?? []).map((user) => [user.id, userName(user)]));

  const personOf = (userId: string | null, subject: string | null) => {
    if (userId) return names.get(userId) ?? (users.data ? t('admin.log.deletedUser') : '…');
    return subject ?? t('admin.log.unknownUser');
  };
  const eventLabel = (event: SecurityEvent) =>
    isSecurityAction(event.action) ? t(`admin.log.actions.${event.action}`) : event.actionLabel;

  const items = events.data?.pages.flatMap((page) => page.items);
  const isEmpty = items !== undefined && items.length === 0 && !events.isPlaceholderData;
  const isFiltered = hasLogFilters(filters);
  const resetFilters = () => setFilters({ action: '', userId: '', from: '', to: '' });

  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={t('admin.log.title')} />
        <PageHeader title={t('admin.log.title')}>{t('admin.log.intro')}</PageHeader>
      </div>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('admin.log.filtersLabel')}>
            <NativeSelect
              label={t('admin.log.action')}
              value={filters.action}
              onChange={(event) =>
                setFilters({ ...filters, action: event.currentTarget.value as LogFilters['action'] })
              }
              data={[
                { value: '', label: t('admin.log.actionAll') },
                ...securityActions.map((action) => ({
                  value: action,
                  label: t(`admin.log.actions.${action}`),
                })),
              ]}
              style={{ flex: '1 1 240px' }}
            />
            <NativeSelect
              label={t('admin.log.user')}
              value={filters.userId}
              onChange={(event) => setFilters({ ...filters, userId: event.currentTarget.value })}
              data={[
                { value: '', label: t('admin.log.userAll') },
                ...(users.data ?? [])
                  .map((user) => ({ value: user.id, label: `${userName(user)} (${user.email})` }))
                  .toSorted((a, b) => a.label.localeCompare(b.label, 'de')),
                // A user id from the address that is not (yet) in the list still shows as chosen.
                ...(filters.userId && !names.has(filters.userId)
                  ? [{ value: filters.userId, label: users.data ? t('admin.log.deletedUser') : '…' }]
                  : []),
              ]}
              style={{ flex: '1 1 240px' }}
            />
            <TextInput
              type="date"
              label={t('admin.log.from')}
              value={filters.from}
              onChange={(event) => setFilters({ ...filters, from: event.currentTarget.value })}
              style={{ flex: '0 1 170px' }}
            />
            <TextInput
              type="date"
              label={t('admin.log.to')}
              value={filters.to}
              onChange={(event) => setFilters({ ...filters, to: event.currentTarget.value })}
              error={isReversed ? t('admin.log.reversed') : undefined}
              style={{ flex: '0 1 170px' }}
            />
          </Group>
          {isReversed ? null : (
            <Group gap="sm" align="center">
              <Button
                component="a"
                href={securityEventsCsvUrl(query)}
                download
                variant="light"
                data-testid="security-log-csv"
              >
                {t('admin.log.download')}
              </Button>
              <Text size="sm" c="dimmed">
                {t('admin.log.downloadHint')}
              </Text>
            </Group>
          )}
          {isReversed ? null : events.isError && !events.data ? (
            <ErrorState
              title={t('admin.log.loadFailed')}
              error={events.error}
              onRetry={() => void events.refetch()}
            />
          ) : isEmpty ? (
            <Stack align="center" gap="xs" py="xl" data-testid="security-log-empty">
              <Title order={2} size="h4">
                {t('admin.log.emptyTitle')}
              </Title>
              <Text c="dimmed" ta="center" maw={460}>
                {isFiltered ? t('admin.log.emptyFiltered') : t('admin.log.emptyNone')}
              </Text>
              {isFiltered ? (
                <Button variant="light" onClick={resetFilters}>
                  {t('admin.log.resetFilters')}
                </Button>
              ) : null}
            </Stack>
          ) : (
            <TableScroll label={t('admin.log.caption')} minWidth={960}>
              <Table
                verticalSpacing="xs"
                striped
                aria-busy={events.isFetching}
                style={{ opacity: events.isFetching && items ? 0.6 : 1, transition: 'opacity 150ms' }}
                data-testid="security-log-table"
              >
                <Table.Caption>
                  <VisuallyHidden>{t('admin.log.caption')}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.log.columns.time')}</Table.Th>
                    <Table.Th scope="col">{t('admin.log.columns.event')}</Table.Th>
                    <Table.Th scope="col">{t('admin.log.columns.user')}</Table.Th>
                    <Table.Th scope="col">{t('admin.log.columns.actor')}</Table.Th>
                    <Table.Th scope="col">{t('admin.log.columns.address')}</Table.Th>
                    <Table.Th scope="col">{t('admin.log.columns.browser')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items
                    ? items.map((event) => (
                        <Table.Tr key={event.id} data-testid="security-event" data-action={event.action}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {formatDateTime(event.createdAt, i18n.language)}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={600}>
                              {eventLabel(event)}
                            </Text>
                            {event.reason ? (
                              <Text size="xs" c="dimmed">
                                {event.reasonLabel ?? event.reason}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td style={{ overflowWrap: 'anywhere' }}>
                            {personOf(event.userId, event.subject)}
                          </Table.Td>
                          <Table.Td>{event.actorUserId ? personOf(event.actorUserId, null) : '–'}</Table.Td>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>{event.ipAddress ?? '–'}</Table.Td>
                          <Table.Td>
                            <Text size="xs" title={event.userAgent ?? undefined}>
                              {shortUserAgent(event.userAgent)}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ))
                    : Array.from({ length: 6 }, (_, index) => (
                        <Table.Tr key={index}>
                          {Array.from({ length: 6 }, (_, cell) => (
                            <Table.Td key={cell}>
                              <Skeleton height={14} width="70%" />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          {events.isError && events.data ? (
            <ErrorState
              title={t('admin.log.loadFailed')}
              error={events.error}
              onRetry={() => void events.refetch()}
            />
          ) : null}
          <Group justify="space-between" align="center">
            <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="security-log-shown">
              {events.isFetching ? (
                <>
                  <Loader size="xs" mr={6} aria-hidden="true" />
                  {t('admin.common.loading')}
                </>
              ) : items && !isReversed ? (
                t('admin.log.shown', { count: items.length })
              ) : null}
            </Text>
            {events.hasNextPage && !isReversed ? (
              <Button
                variant="default"
                onClick={() => void events.fetchNextPage()}
                loading={events.isFetchingNextPage}
              >
                {t('admin.common.loadMore')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
