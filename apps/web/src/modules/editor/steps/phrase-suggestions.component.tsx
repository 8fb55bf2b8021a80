// Phrases the chosen job profile suggests for a list (activities, qualifications): each one added with
// one click, the ones already in the list marked as added, and all at once.
import { Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon } from '../../../ui/icons';
import { useFocusAfterChange } from './list-actions.component';
import { PlusIcon } from '../../../ui/icons';
import { maxListEntries, suggestionsFor } from './steps.models';

export function PhraseSuggestions({
  profileTitle,
  phrases,
  list,
  onAdd,
}: {
  /** The job profile's title, or null when none is chosen (then the box says how to get suggestions). */
  profileTitle: string | null;
  phrases: readonly string[];
  list: readonly string[];
  onAdd: (phrases: readonly string[]) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const focus = useFocusAfterChange();
  const buttonId = (index: number) => `${headingId}-add-${index}`;
  const suggestions = suggestionsFor(phrases, list);
  const open = suggestions.filter((suggestion) => !suggestion.added);
  const isFull = list.length >= maxListEntries;

  return (
    <Paper component="section" aria-labelledby={headingId} bg="gray.0" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" align="center">
          <Title order={3} size="h5" id={headingId} tabIndex={-1}>
            {profileTitle
              ? t('editor.steps.career.suggestions.titleWithProfile', { profile: profileTitle })
              : t('editor.steps.career.suggestions.title')}
          </Title>
          {open.length > 1 ? (
            <Button
              size="compact-sm"
              variant="light"
              leftSection={<PlusIcon size={16} />}
              onClick={() => {
                onAdd(open.map((suggestion) => suggestion.text));
                focus(headingId);
              }}
              disabled={isFull}
            >
              {t('editor.steps.career.suggestions.addAll')}
            </Button>
          ) : null}
        </Group>
        {profileTitle === null ? (
          <Text size="sm" c="dimmed">
            {t('editor.steps.career.suggestions.noProfile')}
          </Text>
        ) : (
          <>
            {open.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('editor.steps.career.suggestions.allAdded')}
              </Text>
            ) : null}
            <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {suggestions.map((suggestion, index) => (
                <Group key={suggestion.text} component="li" gap="sm" wrap="nowrap" justify="space-between">
                  <Text size="sm" c={suggestion.added ? 'dimmed' : undefined}>
                    {suggestion.text}
                  </Text>
                  {suggestion.added ? (
                    <Group
                      gap={4}
                      wrap="nowrap"
                      c="var(--mantine-color-green-light-color)"
                      style={{ flexShrink: 0 }}
                    >
                      <CheckIcon size={16} />
                      <Text size="sm" c="var(--mantine-color-green-light-color)">
                        {t('editor.steps.career.suggestions.added')}
                      </Text>
                    </Group>
                  ) : (
                    <Box style={{ flexShrink: 0 }}>
                      <Button
                        size="compact-sm"
                        variant="default"
                        leftSection={<PlusIcon size={14} />}
                        aria-label={t('editor.steps.career.suggestions.addNamed', { text: suggestion.text })}
                        id={buttonId(index)}
                        onClick={() => {
                          onAdd([suggestion.text]);
                          // The button gives way to „added“: the focus moves on to the next suggestion.
                          const next = suggestions.findIndex((other, at) => at > index && !other.added);
                          const previous = suggestions.findLastIndex(
                            (other, at) => at < index && !other.added,
                          );
                          const target = next >= 0 ? next : previous;
                          if (target >= 0) focus(buttonId(target));
                          else focus(headingId);
                        }}
                        disabled={isFull}
                      >
                        {t('editor.steps.career.suggestions.add')}
                      </Button>
                    </Box>
                  )}
                </Group>
              ))}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
