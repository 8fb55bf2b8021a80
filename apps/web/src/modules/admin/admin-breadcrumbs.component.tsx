// The path above each admin page („Verwaltung › Benutzer“): the way back to the area's landing page,
// since the main navigation has a single „Verwaltung“ entry.
import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function AdminBreadcrumbs({ current }: { current: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.breadcrumbLabel')}>
      <Breadcrumbs mb="xs" separatorMargin={6}>
        <Anchor component={Link} to="/verwaltung" size="sm">
          {t('admin.title')}
        </Anchor>
        <Text size="sm" c="dimmed" aria-current="page">
          {current}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
