// Search and filters above the employees table. The search applies while typing (after a short
// pause); the selects apply at once.
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../ui/icons';
import type { EmployeeFilters } from './employees.models';
import type { Company } from './employees.types';

interface EmployeesFiltersProps {
  filters: EmployeeFilters;
  searchText: string;
  companies: Company[];
  onSearchTextChange: (text: string) => void;
  onChange: (filters: EmployeeFilters) => void;
}

export function EmployeesFilters({
  filters,
  searchText,
  companies,
  onSearchTextChange,
  onChange,
}: EmployeesFiltersProps) {
  const { t } = useTranslation();
  return (
    <Group align="flex-end" gap="md" wrap="wrap" role="search" aria-label={t('employees.filtersLabel')}>
      <TextInput
        label={t('employees.search')}
        placeholder={t('employees.searchPlaceholder')}
        leftSection={<SearchIcon size={16} />}
        type="search"
        value={searchText}
        onChange={(event) => onSearchTextChange(event.currentTarget.value)}
        maxLength={200}
        style={{ flex: '1 1 240px' }}
      />
      <NativeSelect
        label={t('employees.status')}
        value={filters.status}
        onChange={(event) =>
          onChange({ ...filters, status: event.currentTarget.value as EmployeeFilters['status'] })
        }
        data={[
          { value: '', label: t('employees.statusAll') },
          { value: 'active', label: t('employees.statusActive') },
          { value: 'former', label: t('employees.statusFormer') },
        ]}
        style={{ flex: '0 1 170px' }}
      />
      {companies.length > 1 ? (
        <NativeSelect
          label={t('employees.company')}
          value={filters.companyId}
          onChange={(event) => onChange({ ...filters, companyId: event.currentTarget.value })}
          data={[
            { value: '', label: t('employees.companyAll') },
            ...companies.map((company) => ({ value: company.id, label: company.name })),
          ]}
          style={{ flex: '0 1 220px' }}
        />
      ) : null}
      <NativeSelect
        label={t('employees.sort')}
        value={filters.sort}
        onChange={(event) =>
          onChange({ ...filters, sort: event.currentTarget.value as EmployeeFilters['sort'] })
        }
        data={(['lastName', 'entryDate', 'exitDate'] as const).map((sort) => ({
          value: sort,
          label: t(`employees.sortOptions.${sort}`),
        }))}
        style={{ flex: '0 1 170px' }}
      />
    </Group>
  );
}
