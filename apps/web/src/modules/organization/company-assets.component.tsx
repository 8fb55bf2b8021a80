// The letterhead files of a company: the logo (shown as an image, fetched into a blob URL) and the
// background letterhead (its state only). A chosen file is checked here first (type, size), then sent
// as it is; the server stores it at once and answers the company with its layout referencing the file.
import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { FileIcon, TrashIcon, UploadIcon } from '../../ui/icons';
import { deleteCompanyAsset, fetchCompanyAsset, uploadCompanyAsset } from './organization.api';
import { useMessageText } from './organization.hooks';
import {
  assetContentType,
  assetErrorMessage,
  assetRules,
  checkAssetFile,
  type Message,
} from './organization.models';
import type { Company, CompanyAssetKind } from './organization.types';

/** The stored logo as a blob URL, refetched when the company changed (`version`), revoked when replaced. */
function useAssetUrl(companyId: string, kind: CompanyAssetKind, version: string, enabled: boolean) {
  const asset = useQuery({
    queryKey: ['organization', 'asset', companyId, kind, version],
    queryFn: ({ signal }) => fetchCompanyAsset(companyId, kind, signal),
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
  });
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled || !asset.data) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(asset.data);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [asset.data, enabled]);
  return { url, isError: asset.isError, isLoading: asset.isLoading && enabled };
}

export function CompanyAssetField({
  company,
  kind,
  isPresent,
  mayWrite,
  onChanged,
}: {
  company: Company;
  kind: CompanyAssetKind;
  /** Whether the layout references a stored file of this kind. */
  isPresent: boolean;
  mayWrite: boolean;
  /** The server's answer after a file was stored or removed (null: reload the company). */
  onChanged: (company: Company | null) => void;
}) {
  const { t } = useTranslation();
  const say = useMessageText();
  const headingId = useId();
  const problemId = useId();
  const resetRef = useRef<() => void>(null);
  const [problem, setProblem] = useState<Message | null>(null);
  const texts = `organization.assets.${kind}` as const;
  const rules = assetRules[kind];
  const image = useAssetUrl(company.id, kind, company.updatedAt, kind === 'logo' && isPresent);

  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadCompanyAsset(company.id, kind, new Blob([file], { type: assetContentType(file) })),
    onSuccess: (updated) => {
      notify({ kind: 'success', message: t(`${texts}.uploaded`) });
      onChanged(updated);
    },
    onError: (error) => setProblem(assetErrorMessage(kind, error)),
  });

  const remove = useMutation({
    mutationFn: () => deleteCompanyAsset(company.id, kind),
    onSuccess: (updated) => {
      notify({ kind: 'success', message: t(`${texts}.removed`) });
      onChanged(updated && typeof updated === 'object' && 'id' in updated ? updated : null);
    },
    onError: (error) => setProblem(assetErrorMessage(kind, error)),
  });

  const choose = (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setProblem(null);
    const found = checkAssetFile(kind, file);
    if (found) {
      setProblem(found);
      return;
    }
    upload.mutate(file);
  };

  const isBusy = upload.isPending || remove.isPending;

  return (
    <Paper
      withBorder
      radius="sm"
      p="sm"
      component="section"
      aria-labelledby={headingId}
      data-testid={`asset-${kind}`}
    >
      <Stack gap="xs">
        <Text id={headingId} fw={600} size="sm">
          {t(`${texts}.heading`)}
        </Text>
        {kind === 'logo' && isPresent ? (
          image.url ? (
            <Image
              src={image.url}
              alt={t('organization.assets.logo.alt', { name: company.name })}
              maw={200}
              mah={100}
              fit="contain"
              style={{ alignSelf: 'flex-start' }}
              data-testid="logo-image"
            />
          ) : image.isError ? (
            <Text size="sm" c="red.9">
              {t('organization.assets.logo.loadFailed')}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('organization.common.loading')}
            </Text>
          )
        ) : (
          <Group gap={6} wrap="nowrap">
            {isPresent ? <FileIcon size={16} /> : null}
            <Text size="sm" c={isPresent ? undefined : 'dimmed'} data-testid={`asset-${kind}-state`}>
              {/* A present logo is shown as its image above; here only the background can be present. */}
              {isPresent ? t('organization.assets.background.present') : t(`${texts}.none`)}
            </Text>
          </Group>
        )}
        <Text size="xs" c="dimmed">
          {kind === 'logo' ? t('organization.assets.logo.hint') : t('organization.assets.background.hint')}
        </Text>
        {mayWrite ? (
          <Group gap="xs" wrap="wrap">
            <FileButton onChange={choose} accept={rules.accept} resetRef={resetRef} disabled={isBusy}>
              {(props) => (
                <Button
                  {...props}
                  size="xs"
                  variant="light"
                  leftSection={<UploadIcon size={16} />}
                  loading={upload.isPending}
                  disabled={remove.isPending}
                  aria-describedby={problem ? problemId : undefined}
                >
                  {isPresent ? t(`${texts}.replace`) : t(`${texts}.choose`)}
                </Button>
              )}
            </FileButton>
            {isPresent ? (
              <Button
                size="xs"
                variant="default"
                leftSection={<TrashIcon size={16} />}
                onClick={() => {
                  setProblem(null);
                  remove.mutate();
                }}
                loading={remove.isPending}
                disabled={upload.isPending}
              >
                {t(`${texts}.remove`)}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {problem ? (
          <Text size="sm" c="red.9" role="alert" id={problemId} data-testid={`asset-${kind}-problem`}>
            {say(problem)}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
