// The saved state, always in view: „Gespeichert“, „Wird gespeichert …“, what keeps it from saving, or
// a failed save with a way to try again. Announced politely to screen readers.
import { Button, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../app/api/api-client.models';
import type { SaveState } from './editor-autosave.hook';

const colors: Record<SaveState['kind'], string> = {
  saved: 'green.9',
  dirty: 'dark.6',
  saving: 'dark.6',
  invalid: 'orange.9',
  conflict: 'red.9',
  error: 'red.9',
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
