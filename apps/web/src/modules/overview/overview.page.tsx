// / (Übersicht): how many certificates are at which step, who leaves soon without a final
// certificate, and what was worked on last.
import { Anchor, Badge, Grid, Paper, Skeleton, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canRead } from '../../app/access.models';
import { formatDate, formatDateTime } from '../../ui/date-format';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { StatusBadge } from '../../ui/status-badge.component';
import { useSession } from '../auth/session.hooks';
import { fetchCertificateOverview, fetchLeavingWithoutCertificate } from './overview.api';
import { daysBetween, localIsoDate, type CertificateCounts } from './overview.models';
import { SectionCard } from '../../ui/section-card.component';

const leavingWindowDays = 30;
const statusKeys: Array<keyof CertificateCounts> = ['draft', 'inReview', 'approved', 'issued'];

function CertificateCountsSection() {
  const { t } = useTranslation();
  const overview = useQuery({
    queryKey: ['overview', 'certificates'],
    queryFn: ({ signal }) => fetchCertificateOverview(signal),
  });
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {t('overview.certificatesHeading')}
      </Title>
      {overview.isError ? (
        <ErrorState
          title={t('overview.loadFailed')}
          error={overview.error}
          onRetry={() => void overview.refetch()}
        />
      ) : (
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" aria-busy={overview.isPending}>
          {statusKeys.map((key) => (
            <Paper key={key} withBorder radius="md" p="md" data-testid={`count-${key}`}>
              <Text size="sm" fw={600}>
                {t(`overview.status.${key}`)}
              </Text>
              {overview.data ? (
                <Text fz={32} fw={700} lh={1.2} c="brand.9" data-testid="count-value">
                  {overview.data.counts[key]}
                </Text>
              ) : (
                <Skeleton height={38} width={48} my={2} />
              )}
              <Text size="xs" c="dimmed">
                {t(`overview.statusHint.${key}`)}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

function RecentSection() {
  const { t, i18n } = useTranslation();
  // The same query as the counts: fetched once, shared.
  const overview = useQuery({
    queryKey: ['overview', 'certificates'],
    queryFn: ({ signal }) => fetchCertificateOverview(signal),
  });
  return (
    <SectionCard fill title={t('overview.recentHeading')}>
      {overview.isError ? (
        <ErrorState
          title={t('overview.loadFailed')}
          error={overview.error}
          onRetry={() => void overview.refetch()}
        />
      ) : overview.isPending ? (
        <LoadingRows />
      ) : overview.data.recent.length === 0 ? (
        <Text c="dimmed">{t('overview.recentEmpty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.recentColumns.employee')}</Table.Th>
                <Table.Th>{t('overview.recentColumns.status')}</Table.Th>
                <Table.Th>{t('overview.recentColumns.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.data.recent.map((certificate) => (
                <Table.Tr key={certificate.id}>
                  <Table.Td>
                    <Text size="sm">{certificate.employeeName}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`certificate.kind.${certificate.kind}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={certificate.status} />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(certificate.updatedAt, i18n.language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}

function LoadingRows() {
  return (
    <Stack gap="xs" aria-busy="true">
      <Skeleton height={20} />
      <Skeleton height={20} />
      <Skeleton height={20} width="70%" />
    </Stack>
  );
}

function LeavingSection({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const leaving = useQuery({
    queryKey: ['overview', 'leaving', today],
    queryFn: ({ signal }) => fetchLeavingWithoutCertificate({ today, days: leavingWindowDays }, signal),
  });
  return (
    <SectionCard fill title={t('overview.leavingHeading', { days: leavingWindowDays })}>
      {leaving.isError ? (
        <ErrorState
          title={t('overview.loadFailed')}
          error={leaving.error}
          onRetry={() => void leaving.refetch()}
        />
      ) : leaving.isPending ? (
        <LoadingRows />
      ) : leaving.data.length === 0 ? (
        <Text c="dimmed" data-testid="leaving-empty">
          {t('overview.leavingEmpty', { days: leavingWindowDays })}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('overview.leavingIntro')}
          </Text>
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing="xs" data-testid="leaving-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('overview.leavingColumns.name')}</Table.Th>
                  <Table.Th>{t('overview.leavingColumns.jobTitle')}</Table.Th>
                  <Table.Th>{t('overview.leavingColumns.exitDate')}</Table.Th>
                  <Table.Th>{t('overview.leavingColumns.remaining')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {leaving.data.map((employee) => {
                  const remaining = daysBetween(today, employee.exitDate ?? today);
                  return (
                    <Table.Tr key={employee.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          to={`/mitarbeiter?suche=${encodeURIComponent(employee.lastName)}`}
                        >
                          {employee.lastName}, {employee.firstName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{employee.jobTitle ?? t('common.dateUnknown')}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {employee.exitDate ? formatDate(employee.exitDate, i18n.language) : null}
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="light"
                          color={remaining <= 7 ? 'red' : 'orange'}
                          c="dark.8"
                          tt="none"
                          fw={600}
                          miw="max-content"
                        >
                          {t('overview.remaining', { count: remaining })}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </SectionCard>
  );
}

export function OverviewPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [today] = useState(() => localIsoDate(new Date()));
  return (
    <Stack gap="lg">
      <PageHeader title={t('overview.title')}>
        {t('overview.greeting', { name: `${session.user.firstName} ${session.user.lastName}` })}
      </PageHeader>
      <CertificateCountsSection />
      <Grid gap="lg">
        {canRead(session, 'employees') ? (
          <Grid.Col span={{ base: 12, xl: 6 }}>
            <LeavingSection today={today} />
          </Grid.Col>
        ) : null}
        <Grid.Col span={{ base: 12, xl: canRead(session, 'employees') ? 6 : 12 }}>
          <RecentSection />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
