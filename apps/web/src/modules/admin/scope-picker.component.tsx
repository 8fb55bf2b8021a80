// Which certificates a user sees: „Administrator (alle Zeugnisse)“ or a restriction by companies,
// locations, departments, org units and employee types — with the rule (one match within a category,
// every category across) in plain words and the result as a sentence.
import { Alert, Checkbox, Radio, ScrollArea, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.component';
import { InfoIcon } from '../../ui/icons';
import type { CertificateScope } from '../auth/auth.types';
import { formToScope, summarizeScope, type AdminMessageKey, type ScopeForm } from './admin.models';
import { scopeDimensions, type OrganizationStructure } from './admin.types';

/** „Standort Köln oder Hamburg und Abteilung Vertrieb“, or „Alle Zeugnisse“. */
export function describeScope(
  t: TFunction,
  scope: CertificateScope,
  structure: OrganizationStructure | undefined,
): string {
  const summary = summarizeScope(scope, structure);
  if (summary === 'all') return t('admin.scope.summaryAll');
  if (summary.length === 0) return t('admin.scope.summaryNothing');
  return summary
    .map((part) =>
      t('admin.scope.summaryPart', {
        dimension: t(`admin.scope.dimensionSingular.${part.dimension}`),
        names: [
          ...part.names,
          ...(part.unknown > 0 ? [t('admin.scope.unknown', { count: part.unknown })] : []),
        ].join(t('admin.scope.or')),
      }),
    )
    .join(t('admin.scope.and'));
}

interface ScopePickerProps {
  value: ScopeForm;
  onChange: (value: ScopeForm) => void;
  structure: OrganizationStructure | undefined;
  structureError: unknown;
  onRetryStructure: () => void;
  /** Only administrators grant „all“ (and a user who has it may keep it). */
  allowAll: boolean;
  disabled?: boolean;
  error?: AdminMessageKey | undefined;
}

export function ScopePicker({
  value,
  onChange,
  structure,
  structureError,
  onRetryStructure,
  allowAll,
  disabled = false,
  error,
}: ScopePickerProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('admin.scope.label')}
        value={value.mode}
        onChange={(mode) => onChange({ ...value, mode: mode === 'all' ? 'all' : 'restricted' })}
        error={error ? t(error) : undefined}
      >
        <Stack gap="sm" mt="xs">
          <Radio
            value="all"
            label={t('admin.scope.all')}
            description={allowAll ? t('admin.scope.allHint') : t('admin.scope.allAdministratorOnly')}
            disabled={disabled || !allowAll}
          />
          <Radio
            value="restricted"
            label={t('admin.scope.restricted')}
            description={t('admin.scope.restrictedHint')}
            disabled={disabled}
          />
        </Stack>
      </Radio.Group>
      {value.mode === 'restricted' ? (
        <Stack gap="sm" pl={{ base: 0, sm: 'lg' }}>
          <Alert variant="light" color="brand" icon={<InfoIcon />} p="sm">
            <Text size="sm">{t('admin.scope.explanation')}</Text>
          </Alert>
          {structureError && !structure ? (
            <ErrorState
              title={t('admin.scope.loadFailed')}
              error={structureError}
              onRetry={onRetryStructure}
            />
          ) : !structure ? (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {scopeDimensions.map((dimension) => (
                <Skeleton key={dimension} height={90} />
              ))}
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md">
              {scopeDimensions
                .filter(
                  (dimension) => structure[dimension].length > 0 || value.selected[dimension].length > 0,
                )
                .map((dimension) => (
                  <Checkbox.Group
                    key={dimension}
                    label={t(`admin.scope.dimensions.${dimension}`)}
                    value={value.selected[dimension]}
                    onChange={(ids) =>
                      onChange({ ...value, selected: { ...value.selected, [dimension]: ids } })
                    }
                  >
                    <ScrollArea.Autosize mah={180} type="auto" offsetScrollbars>
                      <Stack gap={6} mt={6}>
                        {structure[dimension].map((item) => (
                          <Checkbox key={item.id} value={item.id} label={item.name} disabled={disabled} />
                        ))}
                      </Stack>
                    </ScrollArea.Autosize>
                  </Checkbox.Group>
                ))}
            </SimpleGrid>
          )}
          <Text size="sm" aria-live="polite" data-testid="scope-summary">
            <Text span fw={600} size="sm">
              {t('admin.scope.summaryPrefix')}
            </Text>{' '}
            {describeScope(t, formToScope(value), structure)}
          </Text>
        </Stack>
      ) : null}
    </Stack>
  );
}
