// /zeugnisse/:certificateId — the certificate editor. Loads the certificate, then hands it to the
// workspace (certificate-workspace.component.tsx), keyed by id, so that every certificate starts with
// fresh state.
import { Button, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api/api-client.models';
import { ErrorState } from '../../ui/error-state.component';
import { PageHeader } from '../../ui/page-header.component';
import { PageLoader } from '../../ui/page-loader.component';
import { getCertificate } from '../certificates/certificates.api';
import { CertificateWorkspace } from './certificate-workspace.component';

export const certificateQueryKey = (id: string) => ['certificate', id] as const;

export function CertificateEditorPage() {
  const { t } = useTranslation();
  const { certificateId = '' } = useParams();
  const query = useQuery({
    queryKey: certificateQueryKey(certificateId),
    queryFn: ({ signal }) => getCertificate(certificateId, signal),
    // The workspace owns the state once loaded; a background refetch must not reset it.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    retry: (count, error) => !(isApiError(error) && error.status === 404) && count < 2,
  });

  if (query.isPending) return <PageLoader />;
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <PageHeader title={t('editor.notFound.title')} />
          <Paper withBorder p="xl" radius="md" maw={640}>
            <Stack align="flex-start">
              <Text>{t('editor.notFound.text')}</Text>
              <Button component={Link} to="/zeugnisse" variant="light">
                {t('editor.notFound.back')}
              </Button>
            </Stack>
          </Paper>
        </>
      );
    }
    return (
      <>
        <PageHeader title={t('editor.title')} />
        <ErrorState title={t('editor.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return <CertificateWorkspace key={query.data.id} certificate={query.data} />;
}
