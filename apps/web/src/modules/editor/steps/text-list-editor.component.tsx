// The one editor for the content's phrase lists (activities, additional activities, qualifications,
// achievements): one growing text field per entry, add, remove, move up and down. Each phrase is one
// line; Enter starts the next entry. At most 40 entries of at most 600 characters (CONTRACTS §1).
import { Group, Input, Stack, Text, Textarea } from '@mantine/core';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldDomId } from '../editor-fields.models';
import type { StepProps } from '../editor.types';
import { AddEntryButton, ListEntryActions, useFocusAfterChange } from './list-actions.component';
import { hintBelow } from './step-fields.component';
import {
  maxListEntries,
  maxPhraseLength,
  moveItem,
  removeItem,
  replaceItem,
  singleLine,
} from './steps.models';

/** Show how many characters are left once this few remain. */
const counterFrom = 100;

export interface TextListEditorProps extends Pick<StepProps, 'fieldErrors' | 'readOnly'> {
  /** The list's content path (`activities`); entries are `activities.0`, `activities.1`, … */
  path: string;
  items: readonly string[];
  /** An updater of the list, so that quick successive edits never get lost. */
  onChange: (update: (items: readonly string[]) => string[]) => void;
  /** The entry's name for labels and buttons: (2) → „Tätigkeit 2“. */
  itemLabel: (number: number) => string;
  addLabel: string;
  /** What an empty list means and what to do next. */
  emptyText: string;
}

export function TextListEditor({
  path,
  items,
  onChange,
  itemLabel,
  addLabel,
  emptyText,
  fieldErrors,
  readOnly,
}: TextListEditorProps) {
  const { t } = useTranslation();
  const focus = useFocusAfterChange();
  const entryId = (index: number) => fieldDomId(`${path}.${index}`);
  const listError = fieldErrors[path];

  const insertAfter = (index: number) => {
    if (items.length >= maxListEntries) return;
    onChange((current) => [...current.slice(0, index + 1), '', ...current.slice(index + 1)]);
    focus(entryId(index + 1));
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing || readOnly) return;
    event.preventDefault();
    insertAfter(index);
  };

  return (
    <Stack gap="xs">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack gap="xs" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item, index) => {
            const label = itemLabel(index + 1);
            const left = maxPhraseLength - item.length;
            return (
              // Entries have no identity but their place; the fields are controlled, so this is safe.
              <li key={index}>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <Textarea
                    id={entryId(index)}
                    aria-label={label}
                    value={item}
                    onChange={(event) => {
                      const value = singleLine(event.currentTarget.value);
                      onChange((current) => replaceItem(current, index, value));
                    }}
                    onKeyDown={onKeyDown(index)}
                    error={fieldErrors[`${path}.${index}`]}
                    description={
                      !readOnly && left <= counterFrom
                        ? t('editor.steps.list.charactersLeft', { count: left })
                        : undefined
                    }
                    inputWrapperOrder={hintBelow}
                    readOnly={readOnly}
                    maxLength={maxPhraseLength}
                    autosize
                    minRows={1}
                    maxRows={8}
                    style={{ flex: 1 }}
                  />
                  {readOnly ? null : (
                    <ListEntryActions
                      path={path}
                      index={index}
                      count={items.length}
                      itemLabel={label}
                      onMove={(offset) => onChange((current) => moveItem(current, index, offset))}
                      onRemove={() => onChange((current) => removeItem(current, index))}
                      focusAfterRemove={entryId}
                      focus={focus}
                    />
                  )}
                </Group>
              </li>
            );
          })}
        </Stack>
      )}
      {listError ? <Input.Error>{listError}</Input.Error> : null}
      {readOnly ? null : (
        <AddEntryButton
          path={path}
          label={addLabel}
          count={items.length}
          max={maxListEntries}
          fullText={t('editor.steps.list.full', { max: maxListEntries })}
          onAdd={() => insertAfter(items.length - 1)}
        />
      )}
    </Stack>
  );
}
