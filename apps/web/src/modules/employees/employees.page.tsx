// /mitarbeiter: every employee, searchable and filterable, a page at a time (the API pages by cursor,
// so the page keeps the cursors it has seen to go back). Filters live in the address. Users who may
// change employees find „Mitarbeiter anlegen“ in the header.
import { Button, Group, Loader, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { canWrite } from '../../app/access.models';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { useSession } from '../auth/session.hooks';
import { localIsoDate } from '../overview/overview.models';
import { listCompanies, listEmployees } from './employees.api';
import { EmployeesFilters } from './employees-filters.component';
import { EmployeesTable } from './employees-table.component';
import {
  hasActiveFilters,
  pageSizes,
  readEmployeeFilters,
  toEmployeeListQuery,
  writeEmployeeFilters,
  type EmployeeFilters,
} from './employees.models';

export function EmployeesPage() {
  const { t } = useTranslation();
  const mayWrite = canWrite(useSession(), 'employees');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readEmployeeFilters(searchParams);
  const [today] = useState(() => localIsoDate(new Date()));

  const setFilters = (next: EmployeeFilters) =>
    setSearchParams(writeEmployeeFilters(next), { replace: true });

  // The search field follows the address (back/forward) but is written to it only after a pause.
  const [searchText, setSearchText] = useState(filters.search);
  const [debouncedSearch] = useDebouncedValue(searchText, 300);
  const lastWritten = useRef(filters.search);
  useEffect(() => {
    if (debouncedSearch === lastWritten.current) return;
    lastWritten.current = debouncedSearch;
    setSearchParams(writeEmployeeFilters({ ...readEmployeeFilters(searchParams), search: debouncedSearch }), {
      replace: true,
    });
  }, [debouncedSearch, searchParams, setSearchParams]);
  useEffect(() => {
    if (filters.search === lastWritten.current) return;
    lastWritten.current = filters.search;
    setSearchText(filters.search);
  }, [filters.search]);

  // The cursors of the pages seen so far; a change of filters starts at page 1 again.
  const filterKey = writeEmployeeFilters(filters).toString();
  const [paging, setPaging] = useState<{ key: string; cursors: Array<string | null> }>({
    key: filterKey,
    cursors: [null],
  });
  const cursors = paging.key === filterKey ? paging.cursors : [null];
  const page = cursors.length;

  const employees = useQuery({
    queryKey: ['employees', 'list', filterKey, cursors.at(-1) ?? null],
    queryFn: ({ signal }) => listEmployees(toEmployeeListQuery(filters, cursors.at(-1) ?? null), signal),
    placeholderData: keepPreviousData,
  });
  const companies = useQuery({
    queryKey: ['companies'],
    queryFn: ({ signal }) => listCompanies(signal),
    staleTime: 300_000,
  });

  const goToNextPage = () => {
    const next = employees.data?.nextCursor;
    if (next) setPaging({ key: filterKey, cursors: [...cursors, next] });
  };
  const goToPreviousPage = () => setPaging({ key: filterKey, cursors: cursors.slice(0, -1) });
  const resetFilters = () => {
    lastWritten.current = '';
    setSearchText('');
    setFilters({ ...filters, search: '', status: '', companyId: '' });
  };

  const items = employees.data?.items;
  const isEmpty = items !== undefined && items.length === 0 && !employees.isPlaceholderData;
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
        <PageHeader title={t('employees.title')}>{t('employees.intro')}</PageHeader>
        {mayWrite ? (
          <Button component={Link} to="/mitarbeiter/neu">
            {t('employees.create')}
          </Button>
        ) : null}
      </Group>
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          <EmployeesFilters
            filters={filters}
            searchText={searchText}
            companies={companies.data ?? []}
            onSearchTextChange={setSearchText}
            onChange={setFilters}
          />
          {employees.isError && !employees.data ? (
            <ErrorState
              title={t('employees.loadFailed')}
              error={employees.error}
              onRetry={() => void employees.refetch()}
            />
          ) : isEmpty ? (
            <Stack align="center" gap="xs" py="xl" data-testid="employees-empty">
              <Title order={2} size="h4">
                {t('employees.emptyTitle')}
              </Title>
              <Text c="dimmed" ta="center" maw={460}>
                {hasActiveFilters(filters)
                  ? t('employees.emptyFiltered')
                  : mayWrite
                    ? t('employees.emptyNone')
                    : t('employees.emptyNoneReadOnly')}
              </Text>
              {hasActiveFilters(filters) ? (
                <Button variant="light" onClick={resetFilters}>
                  {t('employees.resetFilters')}
                </Button>
              ) : null}
            </Stack>
          ) : (
            <EmployeesTable
              employees={items}
              companies={companies.data ?? []}
              today={today}
              page={page}
              isFetching={employees.isFetching}
              pageSize={filters.pageSize}
            />
          )}
          {employees.isError && employees.data ? (
            <ErrorState
              title={t('employees.loadFailed')}
              error={employees.error}
              onRetry={() => void employees.refetch()}
            />
          ) : null}
          <Group
            justify="space-between"
            align="flex-end"
            gap="sm"
            component="nav"
            aria-label={t('employees.pagination')}
          >
            <Group gap="md" align="flex-end">
              <NativeSelect
                label={t('employees.pageSize')}
                value={String(filters.pageSize)}
                onChange={(event) => setFilters({ ...filters, pageSize: Number(event.currentTarget.value) })}
                data={pageSizes.map((size) => String(size))}
                w={150}
              />
              <Text
                size="sm"
                c="dimmed"
                role="status"
                aria-live="polite"
                data-testid="employees-shown"
                pb={8}
              >
                {employees.isFetching ? (
                  <>
                    <Loader size="xs" mr={6} aria-hidden="true" />
                    {t('employees.loading')}
                  </>
                ) : items ? (
                  t('employees.shown', { count: items.length })
                ) : null}
              </Text>
            </Group>
            <Group gap="xs" align="center">
              <Button
                variant="default"
                onClick={goToPreviousPage}
                disabled={page === 1 || employees.isFetching}
              >
                {t('employees.previous')}
              </Button>
              <Text size="sm" fw={500} data-testid="employees-page">
                {t('employees.page', { page })}
              </Text>
              <Button
                variant="default"
                onClick={goToNextPage}
                disabled={!employees.data?.nextCursor || employees.isPlaceholderData || employees.isFetching}
              >
                {t('employees.next')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
    </Stack>
  );
}
