// /verwaltung/firmen: the organisation's companies with their city; each opens its page (master data
// and letterhead). Adding and deleting (after a confirmation) need „Firmen“ with „Bearbeiten“; a
// company that employees still belong to is not deleted, and the page says why.
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { canWrite } from '../../app/access.models';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { AdminBreadcrumbs } from '../admin/admin-breadcrumbs.component';
import { ConfirmDialog } from '../admin/confirm-dialog.component';
import { TableScroll } from '../admin/table-scroll.component';
import { useSession } from '../auth/session.hooks';
import { CompanyCreateDialog } from './company-form.component';
import { TrashIcon } from '../../ui/icons';
import { deleteCompany } from './organization.api';
import { organizationKeys, useCompanies, useInvalidateStructure, useMessageText } from './organization.hooks';
import { structureErrorMessage, type Message } from './organization.models';
import type { Company } from './organization.types';

export function CompaniesPage() {
  const { t } = useTranslation();
  const say = useMessageText();
  const session = useSession();
  const mayWrite = canWrite(session, 'companies');
  const companies = useCompanies();
  const invalidate = useInvalidateStructure();
  const [isCreating, setCreating] = useState(false);
  const [toDelete, setToDelete] = useState<Company | null>(null);
  // A refused deletion stays until read (a notification could vanish before the long text is read).
  const [problem, setProblem] = useState<Message | null>(null);

  const remove = useMutation({
    mutationFn: (company: Company) => deleteCompany(company.id),
    onSuccess: async (_, company) => {
      notify({ kind: 'success', message: t('organization.companies.done.deleted', { name: company.name }) });
      setToDelete(null);
      await invalidate(organizationKeys.companies);
    },
    onError: (error, company) => {
      setToDelete(null);
      setProblem(structureErrorMessage(error, { subject: 'company', name: company.name }));
    },
  });

  const items = companies.data;
  const title = t('organization.companies.title');

  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={title} />
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="md">
          <PageHeader title={title}>{t('organization.companies.intro')}</PageHeader>
          {mayWrite ? (
            <Button onClick={() => setCreating(true)}>{t('organization.companies.create')}</Button>
          ) : null}
        </Group>
        {mayWrite ? null : (
          <Text size="sm" c="dimmed" data-testid="read-only-note">
            {t('organization.common.readOnly')}
          </Text>
        )}
      </div>
      {problem ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('organization.common.dismiss')}
          onClose={() => setProblem(null)}
          data-testid="companies-problem"
        >
          {say(problem)}
        </Alert>
      ) : null}
      <Paper withBorder radius="md" p="lg">
        {companies.isError ? (
          <ErrorState
            title={t('organization.companies.loadFailed')}
            error={companies.error}
            onRetry={() => void companies.refetch()}
          />
        ) : items && items.length === 0 ? (
          <Stack align="center" gap="xs" py="xl" data-testid="companies-empty">
            <Title order={2} size="h4">
              {t('organization.companies.emptyTitle')}
            </Title>
            <Text c="dimmed" ta="center" maw={460}>
              {mayWrite ? t('organization.companies.emptyText') : t('organization.companies.emptyReadOnly')}
            </Text>
            {mayWrite ? (
              <Button variant="light" onClick={() => setCreating(true)}>
                {t('organization.companies.create')}
              </Button>
            ) : null}
          </Stack>
        ) : (
          <Stack gap="sm">
            <TableScroll label={t('organization.companies.caption')} minWidth={480}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="companies-table">
                <Table.Caption>
                  <VisuallyHidden>{t('organization.companies.caption')}</VisuallyHidden>
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('organization.companies.columns.name')}</Table.Th>
                    <Table.Th scope="col">{t('organization.companies.columns.city')}</Table.Th>
                    {mayWrite ? (
                      <Table.Th scope="col" w={64}>
                        <VisuallyHidden>{t('organization.companies.columns.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items
                    ? items.map((company) => (
                        <Table.Tr key={company.id} data-testid="company-row">
                          <Table.Th scope="row" fw={400}>
                            <Anchor
                              component={Link}
                              to={`/verwaltung/firmen/${encodeURIComponent(company.id)}`}
                              fw={600}
                            >
                              {company.name}
                            </Anchor>
                            {company.description ? (
                              <Text size="xs" c="dimmed" lineClamp={1}>
                                {company.description}
                              </Text>
                            ) : null}
                          </Table.Th>
                          <Table.Td>
                            {[company.postalCode, company.city].filter(Boolean).join(' ') ||
                              t('organization.companies.noCity')}
                          </Table.Td>
                          {mayWrite ? (
                            <Table.Td ta="right">
                              <ActionIcon
                                variant="subtle"
                                color="red.8"
                                aria-label={t('organization.companies.deleteFor', { name: company.name })}
                                onClick={() => {
                                  setProblem(null);
                                  setToDelete(company);
                                }}
                              >
                                <TrashIcon />
                              </ActionIcon>
                            </Table.Td>
                          ) : null}
                        </Table.Tr>
                      ))
                    : Array.from({ length: 3 }, (_, index) => (
                        <Table.Tr key={index}>
                          {Array.from({ length: mayWrite ? 3 : 2 }, (_, cell) => (
                            <Table.Td key={cell}>
                              <Skeleton height={14} width={cell === 0 ? '70%' : '40%'} />
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
            {items ? (
              <Text size="sm" c="dimmed" role="status" data-testid="companies-count">
                {t('organization.companies.count', { count: items.length })}
              </Text>
            ) : null}
          </Stack>
        )}
      </Paper>
      {isCreating ? <CompanyCreateDialog onClose={() => setCreating(false)} /> : null}
      {toDelete ? (
        <ConfirmDialog
          title={t('organization.companies.confirmDelete.title', { name: toDelete.name })}
          text={t('organization.companies.confirmDelete.text')}
          confirmLabel={t('organization.companies.confirmDelete.confirm')}
          isPending={remove.isPending}
          onConfirm={() => remove.mutate(toDelete)}
          onClose={() => setToDelete(null)}
        />
      ) : null}
    </Stack>
  );
}
