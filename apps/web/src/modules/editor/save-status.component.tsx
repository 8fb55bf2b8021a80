// The saved state, always in view: „Gespeichert“, „Wird gespeichert …“, what keeps it from saving, or
// a failed save with a way to try again. Announced politely to screen readers.
import { Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../app/api/api-client.models';
import type { SaveState } from './editor-autosave.hook';

// Dark shades: the status sits on the light grey page and must keep 4.5:1 contrast.
const colors: Record<SaveState['kind'], string> = {
  saved: '#1b6e2e',
  dirty: 'dark.6',
  saving: 'dark.6',
  invalid: '#9c3a00',
  conflict: '#a51d1d',
  error: '#a51d1d',
};

export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" aria-live="polite" data-testid="save-status" data-state={state.kind}>
      {state.kind === 'saving' ? <Loader size={14} aria-hidden="true" /> : null}
      <Text size="sm" fw={600} c={colors[state.kind]}>
        {t(`editor.save.${state.kind}`)}
        {state.kind === 'error' ? ` ${t(errorMessageKey(state.error))}` : ''}
      </Text>
      {state.kind === 'error' ? (
        <Button size="compact-xs" variant="default" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      ) : null}
    </Group>
  );
}
