// /verwaltung/struktur: the four dimensions of the organisation structure (Standorte, Abteilungen,
// Organisationseinheiten, Mitarbeitergruppen) as tabs, each a list of names to add, rename and delete.
// The open tab is kept in the address. Changes need „Firmen“ with „Bearbeiten“; a name that exists
// already is shown at its field, an entry that employees still use is not deleted and the page says why.
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { canWrite } from '../../app/access.models';
import { isApiError } from '../../app/api/api-client.models';
import { ErrorState } from '../../ui/error-state.component';
import { notify } from '../../ui/notify';
import { PageHeader } from '../../ui/page-header.component';
import { AdminBreadcrumbs } from '../admin/admin-breadcrumbs.component';
import { AppModal } from '../../ui/app-modal.component';
import { ConfirmDialog } from '../admin/confirm-dialog.component';
import { TableScroll } from '../admin/table-scroll.component';
import { useSession } from '../auth/session.hooks';
import { PencilIcon, TrashIcon } from '../../ui/icons';
import { createDimensionItem, deleteDimensionItem, renameDimensionItem } from './organization.api';
import {
  organizationKeys,
  useDimensionItems,
  useInvalidateStructure,
  useMessageText,
} from './organization.hooks';
import {
  checkDimensionName,
  dimensionNameMaxLength,
  structureErrorMessage,
  type Message,
} from './organization.models';
import { dimensionKeys, type DimensionItem, type DimensionKey } from './organization.types';

/** The tab in the address (?liste=abteilungen). */
const tabSlugs: Record<DimensionKey, string> = {
  locations: 'standorte',
  departments: 'abteilungen',
  orgUnits: 'organisationseinheiten',
  employeeTypes: 'mitarbeitergruppen',
};

function readTab(params: URLSearchParams): DimensionKey {
  const slug = params.get('liste');
  return dimensionKeys.find((key) => tabSlugs[key] === slug) ?? 'locations';
}

/** A name the server refused because it exists already belongs at the name field. */
const isNameTaken = (error: unknown) => isApiError(error) && error.code === 'structure.name_taken';

function RenameDialog({
  dimension,
  item,
  onClose,
}: {
  dimension: DimensionKey;
  item: DimensionItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const say = useMessageText();
  const invalidate = useInvalidateStructure();
  const [name, setName] = useState(item.name);
  const [fieldError, setFieldError] = useState<Message | null>(null);
  const [problem, setProblem] = useState<Message | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const rename = useMutation({
    mutationFn: (next: string) => renameDimensionItem(dimension, item.id, next),
    onSuccess: async (renamed) => {
      notify({ kind: 'success', message: t('organization.structure.done.renamed', { name: renamed.name }) });
      onClose();
      await invalidate(organizationKeys.dimension(dimension));
    },
    onError: (error, next) => {
      const text = structureErrorMessage(error, { subject: 'item', name: next });
      if (isNameTaken(error)) {
        setFieldError(text);
        inputRef.current?.focus();
      } else setProblem(text);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = checkDimensionName(name);
    setFieldError(found);
    if (found) {
      inputRef.current?.focus();
      return;
    }
    if (name.trim() === item.name) {
      onClose();
      return;
    }
    rename.mutate(name.trim());
  };

  return (
    <AppModal
      opened
      title={t('organization.structure.renameTitle', { name: item.name })}
      closeLabel={t('organization.common.cancel')}
      onClose={onClose}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            ref={inputRef}
            label={t('organization.structure.newName')}
            value={name}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setFieldError(null);
            }}
            error={say(fieldError)}
            maxLength={dimensionNameMaxLength}
            autoComplete="off"
            required
            data-autofocus
          />
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {say(problem)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('organization.common.cancel')}
            </Button>
            <Button type="submit" loading={rename.isPending}>
              {t('organization.structure.saveName')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function DimensionPanel({ dimension, mayWrite }: { dimension: DimensionKey; mayWrite: boolean }) {
  const { t } = useTranslation();
  const say = useMessageText();
  const items = useDimensionItems(dimension);
  const invalidate = useInvalidateStructure();
  const [newName, setNewName] = useState('');
  const [addError, setAddError] = useState<Message | null>(null);
  const [problem, setProblem] = useState<Message | null>(null);
  const [toRename, setToRename] = useState<DimensionItem | null>(null);
  const [toDelete, setToDelete] = useState<DimensionItem | null>(null);
  const addRef = useRef<HTMLInputElement>(null);
  const texts = `organization.structure.dimensions.${dimension}` as const;

  const add = useMutation({
    mutationFn: (name: string) => createDimensionItem(dimension, name),
    onSuccess: async (item) => {
      notify({ kind: 'success', message: t('organization.structure.done.created', { name: item.name }) });
      setNewName('');
      addRef.current?.focus();
      await invalidate(organizationKeys.dimension(dimension));
    },
    onError: (error, name) => {
      const text = structureErrorMessage(error, { subject: 'item', name });
      if (isNameTaken(error)) {
        setAddError(text);
        addRef.current?.focus();
      } else setProblem(text);
    },
  });

  const remove = useMutation({
    mutationFn: (item: DimensionItem) => deleteDimensionItem(dimension, item.id),
    onSuccess: async (_, item) => {
      notify({ kind: 'success', message: t('organization.structure.done.deleted', { name: item.name }) });
      setToDelete(null);
      await invalidate(organizationKeys.dimension(dimension));
    },
    onError: (error, item) => {
      setToDelete(null);
      setProblem(structureErrorMessage(error, { subject: 'item', name: item.name }));
    },
  });

  const submitAdd = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = checkDimensionName(newName);
    setAddError(found);
    if (found) {
      addRef.current?.focus();
      return;
    }
    add.mutate(newName.trim());
  };

  return (
    <Stack gap="md">
      {mayWrite ? (
        <form onSubmit={submitAdd} noValidate>
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              ref={addRef}
              label={t(`${texts}.newLabel`)}
              placeholder={t(`${texts}.placeholder`)}
              value={newName}
              onChange={(event) => {
                setNewName(event.currentTarget.value);
                setAddError(null);
              }}
              error={say(addError)}
              maxLength={dimensionNameMaxLength}
              autoComplete="off"
              style={{ flex: '1 1 260px', maxWidth: 420 }}
            />
            <Button type="submit" loading={add.isPending} mt={25}>
              {t('organization.structure.add')}
            </Button>
          </Group>
        </form>
      ) : null}
      {problem ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          withCloseButton
          closeButtonLabel={t('organization.common.dismiss')}
          onClose={() => setProblem(null)}
          data-testid="structure-problem"
        >
          {say(problem)}
        </Alert>
      ) : null}
      {items.isError ? (
        <ErrorState
          title={t('organization.structure.loadFailed')}
          error={items.error}
          onRetry={() => void items.refetch()}
        />
      ) : items.data && items.data.length === 0 ? (
        <Text c="dimmed" py="md" data-testid="structure-empty">
          {mayWrite ? t(`${texts}.empty`) : t('organization.structure.emptyReadOnly')}
        </Text>
      ) : (
        <TableScroll label={t(`${texts}.tab`)} minWidth={320}>
          <Table verticalSpacing="xs" highlightOnHover data-testid={`structure-table-${dimension}`}>
            <Table.Caption>
              <VisuallyHidden>{t(`${texts}.tab`)}</VisuallyHidden>
            </Table.Caption>
            <Table.Tbody>
              {items.data
                ? items.data.map((item) => (
                    <Table.Tr key={item.id} data-testid="structure-row">
                      <Table.Th scope="row" fw={500}>
                        {item.name}
                      </Table.Th>
                      {mayWrite ? (
                        <Table.Td w={96}>
                          <Group gap={4} justify="flex-end" wrap="nowrap">
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={t('organization.structure.renameFor', { name: item.name })}
                              onClick={() => setToRename(item)}
                            >
                              <PencilIcon />
                            </ActionIcon>
                            <ActionIcon
                              variant="subtle"
                              color="red.8"
                              aria-label={t('organization.structure.deleteFor', { name: item.name })}
                              onClick={() => {
                                setProblem(null);
                                setToDelete(item);
                              }}
                            >
                              <TrashIcon />
                            </ActionIcon>
                          </Group>
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))
                : Array.from({ length: 3 }, (_, index) => (
                    <Table.Tr key={index}>
                      <Table.Td>
                        <Skeleton height={14} width="50%" />
                      </Table.Td>
                    </Table.Tr>
                  ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {items.data && items.data.length > 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('organization.structure.count', { count: items.data.length })}
        </Text>
      ) : null}
      {toRename ? (
        <RenameDialog dimension={dimension} item={toRename} onClose={() => setToRename(null)} />
      ) : null}
      {toDelete ? (
        <ConfirmDialog
          title={t('organization.structure.confirmDeleteTitle', { name: toDelete.name })}
          text={t('organization.structure.confirmDeleteText')}
          confirmLabel={t('organization.structure.confirmDelete')}
          isPending={remove.isPending}
          onConfirm={() => remove.mutate(toDelete)}
          onClose={() => setToDelete(null)}
        />
      ) : null}
    </Stack>
  );
}

export function StructurePage() {
  const { t } = useTranslation();
  const session = useSession();
  const mayWrite = canWrite(session, 'companies');
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = readTab(searchParams);
  const title = t('organization.structure.title');

  return (
    <Stack gap="lg">
      <div>
        <AdminBreadcrumbs current={title} />
        <PageHeader title={title}>{t('organization.structure.intro')}</PageHeader>
        {mayWrite ? null : (
          <Text size="sm" c="dimmed" data-testid="read-only-note">
            {t('organization.common.readOnly')}
          </Text>
        )}
      </div>
      <Paper withBorder radius="md" p="lg">
        <Tabs
          value={tab}
          onChange={(value) => {
            const next = dimensionKeys.find((key) => key === value) ?? 'locations';
            setSearchParams(next === 'locations' ? {} : { liste: tabSlugs[next] }, { replace: true });
          }}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('organization.structure.tabsLabel')} mb="lg">
            {dimensionKeys.map((key) => (
              <Tabs.Tab key={key} value={key}>
                {t(`organization.structure.dimensions.${key}.tab`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {dimensionKeys.map((key) => (
            <Tabs.Panel key={key} value={key}>
              <DimensionPanel dimension={key} mayWrite={mayWrite} />
            </Tabs.Panel>
          ))}
        </Tabs>
      </Paper>
    </Stack>
  );
}
