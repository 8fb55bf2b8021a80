// /verwaltung/konto: the organisation's account — its name, the plan (how many users it allows), the
// seats taken as a bar with the numbers in words, and the contract status explained in plain German.
import {
  Anchor,
  Badge,
  Group,
  Paper,
  Progress,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canRead } from '../../app/access.models';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { AdminBreadcrumbs } from '../admin/admin-breadcrumbs.component';
import { planUsage } from '../admin/admin.models';
import { useSession } from '../auth/session.hooks';
import { useOrganizationAccount } from './organization.hooks';
import { contractStatusColor } from './organization.models';
import type { OrganizationAccount } from './organization.types';

function Card({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg" data-testid={testId}>
      <Stack gap="xs">
        <Title order={2} size="h5" id={headingId} c="dimmed" fw={600}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function AccountDetails({ account }: { account: OrganizationAccount }) {
  const { t } = useTranslation();
  const session = useSession();
  const usage = planUsage(account);
  const usageText =
    usage.max === null
      ? t('organization.account.usageUnlimited', { count: usage.used })
      : t('organization.account.usage', { used: usage.used, max: usage.max });
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card title={t('organization.account.organization')} testId="account-organization">
          <Text fw={650} size="lg">
            {account.name}
          </Text>
        </Card>
        <Card title={t('organization.account.plan')} testId="account-plan">
          <Text fw={650} size="lg">
            {account.planMaxUsers === null
              ? t('organization.account.planUnlimited')
              : t('organization.account.planLimited', { count: account.planMaxUsers })}
          </Text>
        </Card>
      </SimpleGrid>
      <Card title={t('organization.account.users')} testId="account-users">
        <Text fw={650}>{usageText}</Text>
        {usage.percent !== null ? (
          <Progress
            value={usage.percent}
            color={usage.isFull ? 'red.8' : 'brand'}
            size="lg"
            aria-label={usageText}
          />
        ) : null}
        <Text size="sm" c="dimmed">
          {usage.isFull ? t('organization.account.full') : t('organization.account.usageNote')}
        </Text>
        {canRead(session, 'users') ? (
          <Anchor component={Link} to="/verwaltung/benutzer" size="sm" fw={600}>
            {t('organization.account.manageUsers')}
          </Anchor>
        ) : null}
      </Card>
      <Card title={t('organization.account.contract')} testId="account-contract">
        <Group gap="sm">
          <Badge
            variant="light"
            color={contractStatusColor[account.contractStatus]}
            size="lg"
            tt="none"
            fw={650}
            data-testid="contract-status"
          >
            {t(`organization.account.contractStatus.${account.contractStatus}`)}
          </Badge>
        </Group>
        <Text size="sm">{t(`organization.account.contractText.${account.contractStatus}`)}</Text>
      </Card>
    </Stack>
  );
}

export function AccountOverviewPage() {
  const { t } = useTranslation();
  const account = useOrganizationAccount();
  const title = t('organization.account.title');
  return (
    <Stack gap="lg" maw={880}>
      <div>
        <AdminBreadcrumbs current={title} />
        <PageHeader title={title}>{t('organization.account.intro')}</PageHeader>
      </div>
      {account.isError ? (
        <ErrorState
          title={t('organization.account.loadFailed')}
          error={account.error}
          onRetry={() => void account.refetch()}
        />
      ) : account.data ? (
        <AccountDetails account={account.data} />
      ) : (
        <Stack gap="md" aria-busy="true">
          <Skeleton height={90} radius="md" />
          <Skeleton height={120} radius="md" />
          <Skeleton height={110} radius="md" />
        </Stack>
      )}
    </Stack>
  );
}
