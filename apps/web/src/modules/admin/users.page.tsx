// /verwaltung/benutzer: everyone who may sign in — search and status in the address, the plan's seats,
// inviting, changing (role, access to certificates), resending the invitation, unlocking, and
// deactivating or reactivating after a confirmation. Changes need the area „Benutzer“ with „Bearbeiten“.
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  NativeSelect,
  Paper,
  Progress,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canRead, canWrite } from '../../app/access.models';
import { formatDateTime } from '../../ui/date-format';
import { ErrorState } from '../../ui/error-state.component';
import { SearchIcon } from '../../ui/icons';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { useSession } from '../auth/session.hooks';
import { listUsers, runUserAction } from './admin.api';
import { adminKeys, useAccount, useInvalidateUsers, useOrganizationStructure, useRoles } from './admin.hooks';
import {
  adminErrorKey,
  planUsage,
  readUserFilters,
  userActions,
  userName,
  userStatuses,
  writeUserFilters,
  type UserFilters,
} from './admin.models';
import type { Account, AdminUser, UserAction, UserStatus } from './admin.types';
import { AdminBreadcrumbs } from './admin-breadcrumbs.component';
import { ConfirmDialog } from './confirm-dialog.component';
import { describeScope } from './scope-picker.component';
import { UserFormDialog } from './user-form.component';
import { TableScroll } from './table-scroll.component';

const pageSize = 50;
const statusColor: Record<UserStatus, string> = { active: 'green', invited: 'yellow', deactivated: 'gray' };

function DotsIcon() {
  return (
    <svg width={18} height={18} viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false">
      <circle cx="5" cy="12" r="2" />
      <circle cx="12" cy="12" r="2" />
      <circle cx="19" cy="12" r="2" />
    </svg>
  );
}

function PlanUsageCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  const headingId = useId();
  const usage = planUsage(account);
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="md"
      data-testid="plan-usage"
    >
      <Stack gap={6}>
        <Title order={2} size="h5" id={headingId}>
          {t('admin.users.plan.heading')}
        </Title>
        {usage.max === null ? (
          <Text size="sm">{t('admin.users.plan.unlimited', { count: usage.used })}</Text>
        ) : (
          <>
            <Text size="sm" fw={600}>
              {t('admin.users.plan.usage', { used: usage.used, max: usage.max })}
            </Text>
            <Progress
              value={usage.percent ?? 0}
              color={usage.isFull ? 'red.8' : 'brand'}
              aria-label={t('admin.users.plan.usage', { used: usage.used, max: usage.max })}
            />
          </>
        )}
        <Text size="xs" c="dimmed">
          {usage.isFull ? t('admin.users.plan.full') : t('admin.users.plan.note')}
        </Text>
      </Stack>
    </Paper>
  );
}

function SecondFactors({ user }: { user: AdminUser }) {
  const { t } = useTranslation();
  const parts = [
    ...(user.secondFactors.totp ? [t('admin.users.factors.totp')] : []),
    ...(user.secondFactors.sms ? [t('admin.users.factors.sms')] : []),
    ...(user.secondFactors.passkeys > 0
      ? [t('admin.users.factors.passkeys', { count: user.secondFactors.passkeys })]
      : []),
    ...(user.sso ? [t('admin.users.factors.sso')] : []),
  ];
  return <>{parts.length > 0 ? parts.join(', ') : t('admin.users.factors.none')}</>;
}

type Dialog = { kind: 'invite' } | { kind: 'edit'; user: AdminUser } | null;
type Confirmation = { user: AdminUser; action: 'deactivate' | 'reactivate' } | null;

export function UsersPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const mayWrite = canWrite(session, 'users');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readUserFilters(searchParams);
  const setFilters = (next: UserFilters) => setSearchParams(writeUserFilters(next), { replace: true });

  // The search field follows the address but writes to it only after a pause (as on /mitarbeiter).
  const [searchText, setSearchText] = useState(filters.search);
  const [debouncedSearch] = useDebouncedValue(searchText, 300);
  const lastWritten = useRef(filters.search);
  useEffect(() => {
    if (debouncedSearch === lastWritten.current) return;
    lastWritten.current = debouncedSearch;
    setSearchParams(writeUserFilters({ ...readUserFilters(searchParams), search: debouncedSearch }), {
      replace: true,
    });
  }, [debouncedSearch, searchParams, setSearchParams]);
  useEffect(() => {
    if (filters.search === lastWritten.current) return;
    lastWritten.current = filters.search;
    setSearchText(filters.search);
  }, [filters.search]);

  const filterKey = writeUserFilters(filters).toString();
  const users = useInfiniteQuery({
    queryKey: [...adminKeys.users, filterKey],
    queryFn: ({ pageParam, signal }) =>
      listUsers(
        {
          search: filters.search.trim() || undefined,
          status: filters.status || undefined,
          limit: pageSize,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const roles = useRoles();
  const structure = useOrganizationStructure();
  const account = useAccount({ enabled: canRead(session, 'account') });
  const invalidateUsers = useInvalidateUsers();

  const [dialog, setDialog] = useState<Dialog>(null);
  const [confirmation, setConfirmation] = useState<Confirmation>(null);

  const action = useMutation({
    mutationFn: ({ user, action: name }: { user: AdminUser; action: UserAction }) =>
      runUserAction(user.id, name),
    onSuccess: async (updated, { action: name }) => {
      notify({
        kind: 'success',
        message: t(
          name === 'reactivate' && updated.status === 'invited'
            ? 'admin.users.done.reactivateInvited'
            : `admin.users.done.${name}`,
          { name: userName(updated), email: updated.email },
        ),
      });
      setConfirmation(null);
      await invalidateUsers();
    },
    onError: (error) => {
      setConfirmation(null);
      // No title: Mantine draws the text under a title in a grey below WCAG AA.
      notify({ kind: 'error', message: t(adminErrorKey(error)) });
    },
  });

  const runAction = (user: AdminUser, name: UserAction | 'edit') => {
    if (name === 'edit') setDialog({ kind: 'edit', user });
    else if (name === 'deactivate' || name === 'reactivate') setConfirmation({ user, action: name });
    else action.mutate({ user, action: name });
  };

  const roleName = new Map((roles.data ?? []).map((role) => [role.id, role.name]));
  const items = users.data?.pages.flatMap((page) => page.items);
  const isFiltered = filters.search.trim() !== '' || filters.status !== '';
  const isEmpty = items !== undefined && items.length === 0 && !users.isPlaceholderData;
  const usage = account.data ? planUsage(account.data) : null;
  const columns = mayWrite ? 7 : 6;

  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={t('admin.users.title')} />
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <PageHeader title={t('admin.users.title')}>{t('admin.users.intro')}</PageHeader>
          {mayWrite ? (
            <Button
              onClick={() => setDialog({ kind: 'invite' })}
              disabled={!roles.data || usage?.isFull === true}
            >
              {t('admin.users.invite')}
            </Button>
          ) : null}
        </Group>
      </div>
      {account.data ? <PlanUsageCard account={account.data} /> : null}
      <Paper withBorder radius="md" p="lg">
        <Stack gap="lg">
          <Group
            align="flex-end"
            gap="md"
            wrap="wrap"
            role="search"
            aria-label={t('admin.users.filtersLabel')}
          >
            <TextInput
              label={t('admin.users.search')}
              placeholder={t('admin.users.searchPlaceholder')}
              leftSection={<SearchIcon size={16} />}
              type="search"
              value={searchText}
              onChange={(event) => setSearchText(event.currentTarget.value)}
              maxLength={200}
              style={{ flex: '1 1 260px' }}
            />
            <NativeSelect
              label={t('admin.users.status')}
              value={filters.status}
              onChange={(event) =>
                setFilters({ ...filters, status: event.currentTarget.value as UserFilters['status'] })
              }
              data={[
                { value: '', label: t('admin.users.statusAll') },
                ...userStatuses.map((status) => ({
                  value: status,
                  label: t(`admin.users.statuses.${status}`),
                })),
              ]}
              style={{ flex: '0 1 200px' }}
            />
          </Group>
          {users.isError && !users.data ? (
            <ErrorState
              title={t('admin.users.loadFailed')}
              error={users.error}
              onRetry={() => void users.refetch()}
            />
          ) : isEmpty ? (
            <Stack align="center" gap="xs" py="xl" data-testid="users-empty">
              <Title order={2} size="h4">
                {t('admin.users.emptyTitle')}
              </Title>
              <Text c="dimmed" ta="center" maw={460}>
                {t('admin.users.emptyFiltered')}
              </Text>
              {isFiltered ? (
                <Button
                  variant="light"
                  onClick={() => {
                    lastWritten.current = '';
                    setSearchText('');
                    setFilters({ search: '', status: '' });
                  }}
                >
                  {t('admin.users.resetFilters')}
                </Button>
              ) : null}
            </Stack>
          ) : (
            <TableScroll label={t('admin.users.caption')} minWidth={900}>
              <Table
                verticalSpacing="sm"
                highlightOnHover
                aria-busy={users.isFetching}
                style={{ opacity: users.isFetching && items ? 0.6 : 1, transition: 'opacity 150ms' }}
                data-testid="users-table"
              >
                <Table.Caption>
                  <VisuallyHidden>{t('admin.users.caption')}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('admin.users.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('admin.users.columns.role')}</Table.Th>
                    <Table.Th scope="col">{t('admin.users.columns.scope')}</Table.Th>
                    <Table.Th scope="col">{t('admin.users.columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('admin.users.columns.secondFactor')}</Table.Th>
                    <Table.Th scope="col">{t('admin.users.columns.lastLogin')}</Table.Th>
                    {mayWrite ? (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('admin.users.columns.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items
                    ? items.map((user) => {
                        const isSelf = user.id === session.user.id;
                        return (
                          <Table.Tr key={user.id} data-testid="user-row">
                            <Table.Th scope="row" fw={400}>
                              <Text fw={600} size="sm">
                                {userName(user)}
                                {isSelf ? ` (${t('admin.common.you')})` : ''}
                              </Text>
                              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                                {user.email}
                              </Text>
                            </Table.Th>
                            <Table.Td data-testid="user-role">
                              {roleName.get(user.roleId) ?? (roles.data ? t('admin.users.unknownRole') : '')}
                            </Table.Td>
                            <Table.Td maw={260}>
                              <Text size="sm">{describeScope(t, user.scope, structure.data)}</Text>
                            </Table.Td>
                            <Table.Td>
                              <Group gap={4} wrap="wrap">
                                <Badge
                                  variant="light"
                                  color={statusColor[user.status]}
                                  c="dark.8"
                                  tt="none"
                                  fw={600}
                                  miw="max-content"
                                  data-testid="user-status"
                                >
                                  {t(`admin.users.statuses.${user.status}`)}
                                </Badge>
                                {user.isLocked ? (
                                  <Badge variant="light" color="red" c="dark.8" tt="none" fw={600}>
                                    {t('admin.users.locked')}
                                  </Badge>
                                ) : null}
                              </Group>
                            </Table.Td>
                            <Table.Td>
                              <SecondFactors user={user} />
                            </Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>
                              {user.lastLoginAt
                                ? formatDateTime(user.lastLoginAt, i18n.language)
                                : t('admin.common.never')}
                            </Table.Td>
                            {mayWrite ? (
                              <Table.Td ta="right">
                                <Menu position="bottom-end" withinPortal>
                                  <Menu.Target>
                                    <ActionIcon
                                      variant="subtle"
                                      color="gray"
                                      aria-label={t('admin.users.actionsFor', { name: userName(user) })}
                                      disabled={!roles.data}
                                    >
                                      <DotsIcon />
                                    </ActionIcon>
                                  </Menu.Target>
                                  <Menu.Dropdown>
                                    {userActions(user, isSelf).map((name) => (
                                      <Menu.Item
                                        key={name}
                                        color={name === 'deactivate' ? 'red.9' : undefined}
                                        onClick={() => runAction(user, name)}
                                      >
                                        {t(`admin.users.actions.${name}`)}
                                      </Menu.Item>
                                    ))}
                                  </Menu.Dropdown>
                                </Menu>
                              </Table.Td>
                            ) : null}
                          </Table.Tr>
                        );
                      })
                    : Array.from({ length: 4 }, (_, index) => (
                        <Table.Tr key={index}>
                          {Array.from({ length: columns }, (_, cell) => (
                            <Table.Td key={cell}>
                              <Skeleton height={14} width={cell === 0 ? '80%' : '60%'} />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
          {users.isError && users.data ? (
            <ErrorState
              title={t('admin.users.loadFailed')}
              error={users.error}
              onRetry={() => void users.refetch()}
            />
          ) : null}
          <Group justify="space-between" align="center">
            <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="users-shown">
              {users.isFetching ? (
                <>
                  <Loader size="xs" mr={6} aria-hidden="true" />
                  {t('admin.common.loading')}
                </>
              ) : items ? (
                t('admin.users.shown', { count: items.length })
              ) : null}
            </Text>
            {users.hasNextPage ? (
              <Button
                variant="default"
                onClick={() => void users.fetchNextPage()}
                loading={users.isFetchingNextPage}
              >
                {t('admin.common.loadMore')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Paper>
      {dialog && roles.data ? (
        <UserFormDialog
          user={dialog.kind === 'edit' ? dialog.user : null}
          roles={roles.data}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {confirmation ? (
        <ConfirmDialog
          title={t(
            confirmation.action === 'deactivate'
              ? 'admin.users.confirmDeactivate.title'
              : 'admin.users.confirmReactivate.title',
            { name: userName(confirmation.user) },
          )}
          text={t(
            confirmation.action === 'deactivate'
              ? 'admin.users.confirmDeactivate.text'
              : 'admin.users.confirmReactivate.text',
            { name: userName(confirmation.user) },
          )}
          confirmLabel={t(
            confirmation.action === 'deactivate'
              ? 'admin.users.confirmDeactivate.confirm'
              : 'admin.users.confirmReactivate.confirm',
          )}
          isDestructive={confirmation.action === 'deactivate'}
          isPending={action.isPending}
          onConfirm={() => action.mutate(confirmation)}
          onClose={() => setConfirmation(null)}
        />
      ) : null}
    </Stack>
  );
}
