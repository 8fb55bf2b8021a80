// A titled card for one part of a page (settings groups, the parts of a person's record): a <section>
// named by its h2, so screen readers can jump between the parts.
import { Paper, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';

export function SectionCard({
  title,
  fill = false,
  children,
}: {
  title: string;
  /** Stretch to the height of the grid cell (cards side by side). */
  fill?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="lg"
      {...(fill ? { h: '100%' } : {})}
    >
      <Title order={2} size="h4" id={headingId} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
