// One page of employees as a table; each name leads to the person's page. While the next page loads,
// the current one stays visible (dimmed) instead of jumping to a spinner.
import { Anchor, Badge, Skeleton, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../ui/date-format';
import { displayName, employmentState, type EmploymentState } from './employees.models';
import type { Company, Employee } from './employees.types';

const stateColor: Record<EmploymentState, string> = { active: 'green', leaving: 'orange', former: 'gray' };

interface EmployeesTableProps {
  employees: Employee[] | undefined;
  companies: Company[];
  today: string;
  page: number;
  isFetching: boolean;
  pageSize: number;
}

export function EmployeesTable({
  employees,
  companies,
  today,
  page,
  isFetching,
  pageSize,
}: EmployeesTableProps) {
  const { t, i18n } = useTranslation();
  const companyName = new Map(companies.map((company) => [company.id, company.name]));
  const placeholderRows = Math.min(pageSize, 8);
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        verticalSpacing="sm"
        highlightOnHover
        aria-busy={isFetching}
        style={{ opacity: isFetching && employees ? 0.6 : 1, transition: 'opacity 150ms' }}
        data-testid="employees-table"
      >
        <Table.Caption>
          <VisuallyHidden>{t('employees.caption', { page })}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('employees.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('employees.columns.jobTitle')}</Table.Th>
            {companies.length > 1 ? <Table.Th scope="col">{t('employees.columns.company')}</Table.Th> : null}
            <Table.Th scope="col">{t('employees.columns.entryDate')}</Table.Th>
            <Table.Th scope="col">{t('employees.columns.exitDate')}</Table.Th>
            <Table.Th scope="col">{t('employees.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {employees
            ? employees.map((employee) => {
                const state = employmentState(employee, today);
                return (
                  <Table.Tr key={employee.id}>
                    <Table.Th scope="row" fw={600}>
                      <Anchor
                        component={Link}
                        to={`/mitarbeiter/${encodeURIComponent(employee.id)}`}
                        fw={600}
                        size="sm"
                      >
                        {displayName(employee)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{employee.jobTitle ?? t('common.dateUnknown')}</Table.Td>
                    {companies.length > 1 ? (
                      <Table.Td>
                        {employee.companyId
                          ? (companyName.get(employee.companyId) ?? '')
                          : t('common.dateUnknown')}
                      </Table.Td>
                    ) : null}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(employee.entryDate, i18n.language)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {employee.exitDate
                        ? formatDate(employee.exitDate, i18n.language)
                        : t('common.dateUnknown')}
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={stateColor[state]}
                        c="dark.8"
                        tt="none"
                        fw={600}
                        miw="max-content"
                      >
                        {t(`employees.state.${state}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })
            : Array.from({ length: placeholderRows }, (_, index) => (
                <Table.Tr key={index}>
                  {Array.from({ length: companies.length > 1 ? 6 : 5 }, (_, cell) => (
                    <Table.Td key={cell}>
                      <Skeleton height={14} width={cell === 0 ? '80%' : '60%'} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
