// The live preview beside the layout form: ~400 ms after the last change the server renders a sample
// certificate on the unsaved layout as SVG, shown in an <img> from a blob URL (the CSP allows blob:
// images, not frames). The previous image stays under a loader while the next one renders; old URLs
// are revoked. „Vorschau als PDF öffnen“ downloads the same page as PDF.
import { Alert, Box, Button, Group, Loader, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../ui/notify';
import { FileIcon } from '../../ui/icons';
import { renderLayoutPreview } from './organization.api';
import { useMessageText } from './organization.hooks';
import { previewErrorMessage, type Message } from './organization.models';
import type { CertificateLayout } from './organization.types';

export const previewDebounceMs = 400;

interface PreviewState {
  url: string | null;
  isRendering: boolean;
  error: Message | null;
}

/**
 * The preview image of `layoutKey` (the layout as JSON; null: the form has problems, keep the last
 * image). Reports a failed render to `onError` (the page puts field issues at their fields).
 */
function usePreviewImage(
  companyId: string,
  layoutKey: string | null,
  onError: (error: unknown) => void,
): PreviewState {
  const [debouncedKey] = useDebouncedValue(layoutKey, previewDebounceMs);
  const [state, setState] = useState<PreviewState>({
    url: null,
    isRendering: layoutKey !== null,
    error: null,
  });
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;

  useEffect(() => {
    if (debouncedKey === null) return;
    const controller = new AbortController();
    setState((current) => ({ ...current, isRendering: true }));
    const layout = JSON.parse(debouncedKey) as CertificateLayout;
    renderLayoutPreview(companyId, layout, 'svg', controller.signal).then(
      (blob) => {
        if (controller.signal.aborted) return;
        setState({ url: URL.createObjectURL(blob), isRendering: false, error: null });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((current) => ({ ...current, isRendering: false, error: previewErrorMessage(error) }));
        onErrorRef.current(error);
      },
    );
    return () => controller.abort();
  }, [companyId, debouncedKey]);

  // Each image's URL is revoked once the next one replaces it, and when the page closes.
  const { url } = state;
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );

  // A change is pending from the first keystroke, not only once the debounced request starts.
  const isPending = layoutKey !== null && layoutKey !== debouncedKey;
  return { ...state, isRendering: state.isRendering || isPending };
}

/** Downloads a blob under a file name (an <a download> with a blob URL, revoked a minute later). */
function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function LayoutPreview({
  companyId,
  companyName,
  layout,
  onError,
  maxHeight = 'calc(100dvh - 220px)',
}: {
  companyId: string;
  companyName: string;
  /** The checked layout of the form, or null while the form has problems. */
  layout: CertificateLayout | null;
  onError: (error: unknown) => void;
  /** How tall the scrolling image may be (beside the form: the window's height; above it: less). */
  maxHeight?: string;
}) {
  const { t } = useTranslation();
  const say = useMessageText();
  const layoutKey = layout ? JSON.stringify(layout) : null;
  const preview = usePreviewImage(companyId, layoutKey, onError);
  const [isPdfPending, setPdfPending] = useState(false);

  const openPdf = async () => {
    if (!layout) return;
    setPdfPending(true);
    try {
      const blob = await renderLayoutPreview(companyId, layout, 'pdf');
      downloadBlob(blob, t('organization.preview.pdfFileName', { name: companyName }));
    } catch (error) {
      notify({
        kind: 'error',
        message: say(previewErrorMessage(error)) ?? t('organization.preview.pdfFailed'),
      });
    } finally {
      setPdfPending(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="layout-preview-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id="layout-preview-heading">
            {t('organization.preview.heading')}
          </Title>
          <Button
            variant="default"
            size="xs"
            leftSection={<FileIcon size={16} />}
            onClick={() => void openPdf()}
            loading={isPdfPending}
            disabled={!layout}
          >
            {t('organization.preview.openPdf')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          {t('organization.preview.note')}
        </Text>
        {layout === null ? (
          <Alert color="orange" variant="light" p="xs" data-testid="preview-stale">
            <Text size="sm">{t('organization.preview.invalid')}</Text>
          </Alert>
        ) : null}
        {preview.error ? (
          <Alert color="red" variant="light" role="alert" p="xs" data-testid="preview-error">
            <Text size="sm">
              {t('organization.preview.failed')} {say(preview.error)}
            </Text>
          </Alert>
        ) : null}
        <Box
          className="zd-layout-preview"
          tabIndex={0}
          role="region"
          aria-label={t('organization.preview.imageRegion')}
          aria-busy={preview.isRendering}
          pos="relative"
          data-testid="layout-preview"
          style={{
            overflowY: 'auto',
            maxHeight,
            minHeight: 320,
            background: 'var(--mantine-color-gray-1)',
            borderRadius: 'var(--mantine-radius-sm)',
            padding: 8,
          }}
        >
          {preview.url ? (
            <img
              src={preview.url}
              alt={t('organization.preview.alt', { name: companyName })}
              data-testid="layout-preview-image"
              style={{
                display: 'block',
                width: '100%',
                height: 'auto',
                background: 'white',
                boxShadow: '0 1px 4px rgba(0, 0, 0, 0.25)',
                opacity: preview.isRendering ? 0.55 : 1,
                transition: 'opacity 150ms',
              }}
            />
          ) : null}
          {preview.isRendering ? (
            <Group
              gap="xs"
              justify="center"
              style={{ position: 'absolute', inset: 0, alignItems: preview.url ? 'flex-start' : 'center' }}
              pt={preview.url ? 'xl' : 0}
            >
              <Paper shadow="sm" radius="xl" px="md" py={6} withBorder>
                <Group gap="xs">
                  <Loader size="xs" aria-hidden="true" />
                  <Text size="sm">{t('organization.preview.rendering')}</Text>
                </Group>
              </Paper>
            </Group>
          ) : null}
        </Box>
        <VisuallyHidden role="status" aria-live="polite">
          {preview.isRendering ? t('organization.preview.rendering') : ''}
        </VisuallyHidden>
      </Stack>
    </Paper>
  );
}
