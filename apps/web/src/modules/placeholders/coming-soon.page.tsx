// The areas of later issues (Zeugnisse, Analyse, Verwaltung): say what will be here, and that it is coming.
import { Badge, Button, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../ui/page-header.component';

export type ComingSoonArea = 'certificates' | 'analysis' | 'administration';

export function ComingSoonPage({ area }: { area: ComingSoonArea }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`comingSoon.${area}.title`)} />
      <Paper withBorder p="xl" radius="md" maw={640}>
        <Stack align="flex-start" gap="sm">
          <Badge variant="light" color="brand" tt="none">
            {t('comingSoon.badge')}
          </Badge>
          <Text>{t(`comingSoon.${area}.text`)}</Text>
          <Text size="sm" c="dimmed">
            {t('comingSoon.note')}
          </Text>
          <Button component={Link} to="/" variant="light" mt="xs">
            {t('common.backToOverview')}
          </Button>
        </Stack>
      </Paper>
    </>
  );
}
