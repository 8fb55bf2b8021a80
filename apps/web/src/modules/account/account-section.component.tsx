// A titled card of the account page, announced as a region by its heading.
import { Paper, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export function AccountSection({
  title,
  intro,
  children,
  testId,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
  testId?: string;
}) {
  const headingId = useId();
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder radius="md" p="lg" data-testid={testId}>
      <Title order={2} size="h4" id={headingId} mb={intro ? 4 : 'sm'}>
        {title}
      </Title>
      {intro ? (
        <Text size="sm" c="dimmed" mb="md">
          {intro}
        </Text>
      ) : null}
      {children}
    </Paper>
  );
}
