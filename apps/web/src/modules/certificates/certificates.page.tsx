// /zeugnisse: the certificates the user may see (the server applies scope and privacy), newest change
// first, filterable by status, kind and name; more are loaded on request. Filters live in the address.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { formatDateTime } from '../../ui/date-format';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { StatusBadge } from '../../ui/status-badge.component';
import { TableScroll } from '../admin/table-scroll.component';
import { listCertificates } from './certificates.api';
import {
  hasCertificateFilters,
  readCertificateFilters,
  toCertificateListQuery,
  writeCertificateFilters,
  type CertificateFilters,
} from './certificates.models';
import { certificateKinds, certificateStatuses } from './certificates.types';

export function CertificatesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readCertificateFilters(params);
  const setFilters = (next: CertificateFilters) =>
    setParams(writeCertificateFilters(next), { replace: true });
  const [searchText, setSearchText] = useState(filters.search);
  const [search] = useDebouncedValue(searchText, 300);
  // Only the debounced text writes to the address.
  useEffect(() => {
    setParams(
      (current) => {
        const next = readCertificateFilters(current);
        return next.search === search ? current : writeCertificateFilters({ ...next, search });
      },
      { replace: true },
    );
  }, [search, setParams]);

  const filterKey = writeCertificateFilters(filters).toString();
  const list = useInfiniteQuery({
    queryKey: ['certificates', 'list', filterKey],
    queryFn: ({ pageParam, signal }) => listCertificates(toCertificateListQuery(filters, pageParam), signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((page) => page.items);
  const language = currentLanguage();

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <PageHeader title={t('certificates.title')}>{t('certificates.intro')}</PageHeader>
        <Button component={Link} to="/zeugnisse/neu">
          {t('certificates.create')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          <Group gap="md" align="flex-end" component="search" aria-label={t('certificates.filtersLabel')}>
            <TextInput
              label={t('certificates.search')}
              placeholder={t('certificates.searchPlaceholder')}
              value={searchText}
              onChange={(event) => setSearchText(event.currentTarget.value)}
              w={260}
            />
            <NativeSelect
              label={t('certificates.status')}
              value={filters.status}
              onChange={(event) =>
                setFilters({ ...filters, status: event.currentTarget.value as CertificateFilters['status'] })
              }
              data={[
                { value: '', label: t('certificates.all') },
                ...certificateStatuses.map((status) => ({
                  value: status,
                  label: t(`certificate.status.${status}`),
                })),
              ]}
            />
            <NativeSelect
              label={t('certificates.kind')}
              value={filters.kind}
              onChange={(event) =>
                setFilters({ ...filters, kind: event.currentTarget.value as CertificateFilters['kind'] })
              }
              data={[
                { value: '', label: t('certificates.all') },
                ...certificateKinds.map((kind) => ({ value: kind, label: t(`certificate.kind.${kind}`) })),
              ]}
            />
          </Group>
          {list.isError && !items ? (
            <ErrorState
              title={t('certificates.loadFailed')}
              error={list.error}
              onRetry={() => void list.refetch()}
            />
          ) : items && items.length === 0 && !list.isPlaceholderData ? (
            <Stack align="center" gap="xs" py="xl" data-testid="certificates-empty">
              <Title order={2} size="h4">
                {t('certificates.emptyTitle')}
              </Title>
              <Text c="dimmed" ta="center" maw={480}>
                {hasCertificateFilters(filters)
                  ? t('certificates.emptyFiltered')
                  : t('certificates.emptyNone')}
              </Text>
              {hasCertificateFilters(filters) ? (
                <Button
                  variant="light"
                  onClick={() => {
                    setSearchText('');
                    setFilters({ search: '', status: '', kind: '' });
                  }}
                >
                  {t('certificates.resetFilters')}
                </Button>
              ) : null}
            </Stack>
          ) : items ? (
            <TableScroll label={t('certificates.caption')} minWidth={640}>
              <Table striped highlightOnHover verticalSpacing="sm" data-testid="certificates-table">
                <Table.Caption>{t('certificates.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('certificates.columns.employee')}</Table.Th>
                    <Table.Th scope="col">{t('certificates.columns.kind')}</Table.Th>
                    <Table.Th scope="col">{t('certificates.columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('certificates.columns.updatedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Anchor component={Link} to={`/zeugnisse/${encodeURIComponent(item.id)}`} fw={600}>
                            {item.employeeName}
                          </Anchor>
                          {item.isPrivate ? (
                            <Badge variant="outline" color="gray" c="dark.8" tt="none" size="sm">
                              {t('certificates.private')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        {t(`certificate.kind.${item.kind}`)}
                        {item.form === 'simple' ? ` (${t('certificates.simple')})` : ''}
                      </Table.Td>
                      <Table.Td>
                        <StatusBadge status={item.status} />
                      </Table.Td>
                      <Table.Td>{formatDateTime(item.updatedAt, language)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          ) : (
            <Group justify="center" py="xl">
              <Loader size="sm" aria-label={t('app.loading')} />
            </Group>
          )}
          <Group justify="space-between">
            <Text size="sm" c="dimmed" role="status" aria-live="polite">
              {list.isFetching
                ? t('app.loading')
                : items
                  ? t('certificates.shown', { count: items.length })
                  : ''}
            </Text>
            {list.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void list.fetchNextPage()}
                loading={list.isFetchingNextPage}
              >
                {t('certificates.more')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
