// The path above the employee pages („Mitarbeiter › Jan Müller › Bearbeiten“): the way back to the
// list and to the person's page.
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function EmployeesBreadcrumbs({
  current,
  parent,
}: {
  current: string;
  /** A page between the list and the current one (the person's page above its edit form). */
  parent?: { label: string; to: string };
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('employees.breadcrumbLabel')}>
      <Breadcrumbs mb="xs" separatorMargin={6}>
        <Anchor component={Link} to="/mitarbeiter" size="sm">
          {t('employees.title')}
        </Anchor>
        {parent ? (
          <Anchor component={Link} to={parent.to} size="sm">
            {parent.label}
          </Anchor>
        ) : null}
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
