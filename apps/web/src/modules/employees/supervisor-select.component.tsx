// The supervisor field: a select that searches the employees on the server while typing (the list
// can be long), shows the chosen person by name, and never offers the employee themself.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listEmployees } from './employees.api';
import { employeeKeys, useEmployee } from './employees.hooks';
import { displayName } from './employees.models';

const resultLimit = 20;

export function SupervisorSelect({
  value,
  onChange,
  excludeId,
  error,
}: {
  /** The chosen employee's id, '' for none. */
  value: string;
  onChange: (employeeId: string) => void;
  /** The employee being edited: not their own supervisor. */
  excludeId: string | null;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);

  // The chosen person's name: known when picked here, else read once (the form opens with an id).
  const current = useEmployee(value !== '' && picked?.value !== value ? value : null);
  const selected =
    value === ''
      ? null
      : picked?.value === value
        ? picked
        : {
            value,
            label: current.data ? displayName(current.data) : t('employees.form.supervisorSearching'),
          };

  // After a choice the field shows the name; that is no search.
  const typed = search === selected?.label ? '' : search.trim();
  const [debounced] = useDebouncedValue(typed, 250);
  const results = useQuery({
    queryKey: employeeKeys.search(debounced),
    queryFn: ({ signal }) =>
      listEmployees({ search: debounced || undefined, sort: 'lastName', limit: resultLimit }, signal),
    enabled: isOpen,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

  const options = (results.data?.items ?? [])
    .filter((employee) => employee.id !== excludeId)
    .map((employee) => ({ value: employee.id, label: displayName(employee) }));
  if (selected && !options.some((option) => option.value === selected.value)) options.unshift(selected);
  const isSearching = results.isFetching || typed !== debounced;

  return (
    <Select
      label={t('employees.form.supervisor')}
      description={t('employees.form.supervisorHint')}
      placeholder={t('employees.form.supervisorPlaceholder')}
      data={options}
      value={value === '' ? null : value}
      onChange={(next, option) => {
        setPicked(next && option ? { value: next, label: option.label } : null);
        onChange(next ?? '');
      }}
      searchable
      // Opened by typing, a click or the arrow keys; not when the form moves the focus here after an error.
      openOnFocus={false}
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already; Mantine would filter again by its own rules.
      filter={({ options: all }) => all}
      onDropdownOpen={() => setOpen(true)}
      nothingFoundMessage={
        isSearching ? t('employees.form.supervisorSearching') : t('employees.form.supervisorNone')
      }
      clearable
      clearButtonProps={{ 'aria-label': t('employees.form.clear') }}
      error={error}
      maxDropdownHeight={280}
    />
  );
}
