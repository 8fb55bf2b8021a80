// /mitarbeiter/:employeeId: one employee in readable German (dates, form of address, company and
// structure by name, employment state), their certificates, and — for users who may change
// employees — edit, delete and „Zeugnis erstellen“.
import {
  Anchor,
  Badge,
  Button,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { findJobProfile } from '@zeugnisdesk/engine';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { canWrite } from '../../app/access.models';
import { isApiError } from '../../app/api/api-client.models';
import { formatDate, formatDateTime } from '../../ui/date-format';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { PageLoader } from '../../ui/page-loader.component';
import { StatusBadge } from '../../ui/status-badge.component';
import { useSession } from '../auth/session.hooks';
import { listCertificates } from '../certificates/certificates.api';
import { localIsoDate } from '../overview/overview.models';
import { EmployeeDeleteDialog } from './employee-delete-dialog.component';
import { EmployeeNotFound } from './employee-not-found.component';
import { EmployeesBreadcrumbs } from './employees-breadcrumbs.component';
import {
  employeeKeys,
  useCompanies,
  useEmployee,
  useEmployeeStructure,
  useInvalidateEmployees,
} from './employees.hooks';
import {
  displayName,
  employmentState,
  formatAddress,
  fullName,
  jobProfileTitle,
  type EmploymentState,
} from './employees.models';
import type { EmployeeRecord, StructureDimension } from './employees.types';
import { SectionCard } from '../../ui/section-card.component';

const stateColor: Record<EmploymentState, string> = { active: 'green', leaving: 'orange', former: 'gray' };
const certificateLimit = 50;

/** A list of label–value pairs (a <dl>), two columns wide on larger screens. */
function Facts({ items }: { items: Array<{ label: string; value: ReactNode; testId?: string }> }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md" m={0}>
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="sm" c="dimmed" fw={500}>
            {item.label}
          </Text>
          <Text component="dd" m={0} data-testid={item.testId}>
            {item.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function useEmployeeCertificates(employeeId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['certificates', 'employee', employeeId],
    queryFn: ({ signal }) => listCertificates({ employeeId, limit: certificateLimit }, signal),
    enabled,
  });
}

function EmployeeCertificates({
  employee,
  certificates,
  mayCreate,
  createPath,
}: {
  employee: EmployeeRecord;
  certificates: ReturnType<typeof useEmployeeCertificates>;
  mayCreate: boolean;
  createPath: string;
}) {
  const { t, i18n } = useTranslation();
  const items = certificates.data?.items;
  return (
    <SectionCard title={t('employees.detail.certificatesHeading')}>
      {certificates.isError ? (
        <ErrorState
          title={t('employees.detail.certificatesFailed')}
          error={certificates.error}
          onRetry={() => void certificates.refetch()}
        />
      ) : !items ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={16} width="60%" />
          <Skeleton height={16} width="40%" />
        </Stack>
      ) : items.length === 0 ? (
        <Stack gap="sm" align="flex-start" data-testid="employee-certificates-empty">
          <Text>
            {mayCreate
              ? t('employees.detail.certificatesEmpty')
              : t('employees.detail.certificatesEmptyReadOnly')}
          </Text>
          {mayCreate ? (
            <Button component={Link} to={createPath} variant="light">
              {t('employees.detail.createCertificate')}
            </Button>
          ) : null}
        </Stack>
      ) : (
        <Stack gap="sm">
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="sm" data-testid="employee-certificates">
              <Table.Caption>
                <VisuallyHidden>
                  {t('employees.detail.certificatesCaption', { name: fullName(employee) })}
                </VisuallyHidden>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('employees.detail.certificatesColumns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('employees.detail.certificatesColumns.status')}</Table.Th>
                  <Table.Th scope="col">{t('employees.detail.certificatesColumns.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((certificate) => (
                  <Table.Tr key={certificate.id}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor
                        component={Link}
                        to={`/zeugnisse/${encodeURIComponent(certificate.id)}`}
                        fw={600}
                        size="sm"
                      >
                        {t(`certificate.kind.${certificate.kind}`)}
                      </Anchor>
                    </Table.Th>
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
          {certificates.data?.nextCursor ? (
            <Text size="sm">
              <Anchor component={Link} to="/zeugnisse">
                {t('employees.detail.certificatesMore')}
              </Anchor>
            </Text>
          ) : null}
        </Stack>
      )}
    </SectionCard>
  );
}

export function EmployeeDetailPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const mayWrite = canWrite(session, 'employees');
  const employeeId = useParams().employeeId ?? '';
  const employee = useEmployee(employeeId);
  const supervisor = useEmployee(employee.data?.supervisorId ?? null);
  const certificates = useEmployeeCertificates(employeeId, employee.isSuccess);
  const companies = useCompanies();
  const structure = useEmployeeStructure();
  const invalidateEmployees = useInvalidateEmployees();
  const [today] = useState(() => localIsoDate(new Date()));
  const [isDeleting, setDeleting] = useState(false);

  if (employee.isPending) return <PageLoader />;
  if (employee.isError) {
    if (isApiError(employee.error) && employee.error.status === 404) return <EmployeeNotFound />;
    return (
      <Stack gap={0}>
        <EmployeesBreadcrumbs current={t('employees.detail.loadFailed')} />
        <PageHeader title={t('employees.detail.loadFailed')} />
        <ErrorState error={employee.error} onRetry={() => void employee.refetch()} />
      </Stack>
    );
  }

  const record = employee.data;
  const name = fullName(record);
  const language = i18n.language;
  const notGiven = (
    <Text span c="dimmed">
      {t('employees.detail.notGiven')}
    </Text>
  );
  const orNotGiven = (value: string | null | undefined) => (value ? value : notGiven);
  const state = employmentState(record, today);
  const companyName = record.companyId
    ? (companies.data?.find((company) => company.id === record.companyId)?.name ?? null)
    : null;
  const structureName = (dimension: StructureDimension) => {
    const id = record[dimension];
    return id ? (structure.data?.[dimension].find((item) => item.id === id)?.name ?? null) : null;
  };
  const profile = record.jobProfile ? findJobProfile(record.jobProfile) : undefined;
  const birth = [
    record.birthDate ? t('employees.detail.birthOn', { date: formatDate(record.birthDate, language) }) : '',
    record.birthPlace ? t('employees.detail.birthIn', { place: record.birthPlace }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const createCertificatePath = `/zeugnisse/neu?mitarbeiter=${encodeURIComponent(record.id)}`;
  const visibleCertificates = certificates.data?.items.length ?? 0;

  const onDeleted = () => {
    setDeleting(false);
    notify({ kind: 'success', message: t('employees.delete.done', { name }) });
    queryClient.removeQueries({ queryKey: employeeKeys.detail(record.id) });
    void navigate('/mitarbeiter', { replace: true });
    void invalidateEmployees();
  };

  return (
    <Stack gap="lg">
      <div>
        <EmployeesBreadcrumbs current={name} />
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <PageHeader title={name}>
            {[record.jobTitle, companyName].filter(Boolean).join(' · ') || null}
          </PageHeader>
          {mayWrite ? (
            <Group gap="sm">
              <Button component={Link} to={createCertificatePath}>
                {t('employees.detail.createCertificate')}
              </Button>
              <Button
                component={Link}
                to={`/mitarbeiter/${encodeURIComponent(record.id)}/bearbeiten`}
                state={{ fromDetail: true }}
                variant="default"
              >
                {t('employees.detail.edit')}
              </Button>
              <Button variant="light" color="red" onClick={() => setDeleting(true)}>
                {t('employees.detail.delete')}
              </Button>
            </Group>
          ) : null}
        </Group>
      </div>

      <SectionCard title={t('employees.detail.personHeading')}>
        <Facts
          items={[
            {
              label: t('employees.detail.fields.gender'),
              value: t(`employees.detail.genders.${record.gender}`),
            },
            { label: t('employees.detail.fields.name'), value: name },
            { label: t('employees.detail.fields.birth'), value: orNotGiven(birth) },
            { label: t('employees.detail.fields.address'), value: orNotGiven(formatAddress(record)) },
            {
              label: t('employees.detail.fields.email'),
              value: record.email ? (
                <Anchor href={`mailto:${record.email}`}>{record.email}</Anchor>
              ) : (
                notGiven
              ),
            },
          ]}
        />
      </SectionCard>

      <SectionCard title={t('employees.detail.employmentHeading')}>
        <Facts
          items={[
            {
              label: t('employees.detail.fields.status'),
              value: (
                <Badge variant="light" color={stateColor[state]} c="dark.8" tt="none" fw={600}>
                  {t(`employees.state.${state}`)}
                </Badge>
              ),
              testId: 'employee-state',
            },
            {
              label: t('employees.detail.fields.jobTitle'),
              value: orNotGiven(record.jobTitle),
              testId: 'employee-job-title',
            },
            {
              label: t('employees.detail.fields.entryDate'),
              value: formatDate(record.entryDate, language),
              testId: 'employee-entry-date',
            },
            {
              label: t('employees.detail.fields.exitDate'),
              value: record.exitDate ? formatDate(record.exitDate, language) : notGiven,
              testId: 'employee-exit-date',
            },
            {
              label: t('employees.detail.fields.jobProfile'),
              value: profile ? jobProfileTitle(profile, record.gender) : orNotGiven(record.jobProfile),
            },
            {
              label: t('employees.detail.fields.supervisor'),
              value: record.supervisorId ? (
                <Anchor component={Link} to={`/mitarbeiter/${encodeURIComponent(record.supervisorId)}`}>
                  {supervisor.data
                    ? displayName(supervisor.data)
                    : supervisor.isError
                      ? t('employees.form.unknownItem')
                      : t('app.loading')}
                </Anchor>
              ) : (
                notGiven
              ),
            },
            { label: t('employees.detail.fields.company'), value: orNotGiven(companyName) },
            { label: t('employees.detail.fields.location'), value: orNotGiven(structureName('locationId')) },
            {
              label: t('employees.detail.fields.department'),
              value: orNotGiven(structureName('departmentId')),
            },
            { label: t('employees.detail.fields.orgUnit'), value: orNotGiven(structureName('orgUnitId')) },
            {
              label: t('employees.detail.fields.employeeType'),
              value: orNotGiven(structureName('employeeTypeId')),
            },
          ]}
        />
      </SectionCard>

      <EmployeeCertificates
        employee={record}
        certificates={certificates}
        mayCreate={mayWrite}
        createPath={createCertificatePath}
      />

      {isDeleting ? (
        <EmployeeDeleteDialog
          employee={record}
          visibleCertificates={visibleCertificates}
          onClose={() => setDeleting(false)}
          onDeleted={onDeleted}
        />
      ) : null}
    </Stack>
  );
}
