// The buttons of one entry in an editable list (move up, move down, remove), the add button under a
// list, and where the keyboard focus goes after such a change, so it never falls back to the page.
import { ActionIcon, Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldDomId } from '../editor-fields.models';
import { buttonAfterMove, indexAfterRemove } from './steps.models';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '../../../ui/icons';

/**
 * Returns `focus(id)`: after the next render the element with that id takes the focus. The editor
 * page applies a change on its own schedule, so a new entry is looked for over a few frames.
 */
export function useFocusAfterChange(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string } | null>(null);
  useEffect(() => {
    if (!request) return;
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const element = document.getElementById(request.id);
      if (element) element.focus();
      else if (tries++ < 10) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return useCallback((id: string) => setRequest({ id }), []);
}

/** DOM ids of an entry's buttons, beside its fields' ids (`field-activities-2-up`). */
export const entryButtonId = (entryPath: string, button: 'up' | 'down' | 'remove') =>
  `${fieldDomId(entryPath)}-${button}`;

/**
 * The three buttons of the entry at `path`.`index`. After a move the focus stays on the entry's button
 * at its new place; after a removal it goes to the entry now in its place (or the one before), and to
 * the add button when the list is empty.
 */
export function ListEntryActions({
  path,
  index,
  count,
  itemLabel,
  onMove,
  onRemove,
  focusAfterRemove,
  focus,
  canRemove = true,
}: {
  path: string;
  index: number;
  count: number;
  /** „Tätigkeit 3“: names the entry in the buttons' accessible names. */
  itemLabel: string;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  /** The DOM id to focus after removing, given the index the following entry will have. */
  focusAfterRemove: (index: number) => string;
  /** From the list's `useFocusAfterChange` (the list outlives the entry that is removed). */
  focus: (id: string) => void;
  canRemove?: boolean;
}) {
  const { t } = useTranslation();
  const move = (offset: -1 | 1) => {
    onMove(offset);
    const next = buttonAfterMove(index, offset, count);
    focus(entryButtonId(`${path}.${next.index}`, next.button));
  };
  const remove = () => {
    onRemove();
    const next = indexAfterRemove(index, count - 1);
    focus(next === null ? fieldDomId(path) : focusAfterRemove(next));
  };
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        id={entryButtonId(`${path}.${index}`, 'up')}
        variant="default"
        size="lg"
        aria-label={t('editor.steps.list.moveUp', { item: itemLabel })}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        <ArrowUpIcon size={16} />
      </ActionIcon>
      <ActionIcon
        id={entryButtonId(`${path}.${index}`, 'down')}
        variant="default"
        size="lg"
        aria-label={t('editor.steps.list.moveDown', { item: itemLabel })}
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        <ArrowDownIcon size={16} />
      </ActionIcon>
      {canRemove ? (
        <ActionIcon
          id={entryButtonId(`${path}.${index}`, 'remove')}
          variant="light"
          color="red"
          size="lg"
          aria-label={t('editor.steps.list.remove', { item: itemLabel })}
          onClick={remove}
        >
          <TrashIcon size={16} />
        </ActionIcon>
      ) : null}
    </Group>
  );
}

/**
 * The add button under a list. It carries the list's DOM id (`field-activities`), so an issue about the
 * list as a whole leads here; when the list is full it is disabled and says so.
 */
export function AddEntryButton({
  path,
  label,
  count,
  max,
  fullText,
  onAdd,
}: {
  path: string;
  label: string;
  count: number;
  max: number;
  fullText: string;
  onAdd: () => void;
}) {
  const isFull = count >= max;
  const hintId = `${fieldDomId(path)}-full`;
  return (
    <Group gap="sm">
      <Button
        id={fieldDomId(path)}
        variant="light"
        leftSection={<PlusIcon size={16} />}
        onClick={onAdd}
        disabled={isFull}
        aria-describedby={isFull ? hintId : undefined}
      >
        {label}
      </Button>
      {isFull ? (
        <Text id={hintId} size="sm" c="dimmed">
          {fullText}
        </Text>
      ) : null}
    </Group>
  );
}
