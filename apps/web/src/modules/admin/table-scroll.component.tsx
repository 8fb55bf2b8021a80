// A table that scrolls sideways on narrow screens. The scrolling region is focusable and named, so
// keyboard users can scroll it too (WCAG 2.1.1; axe „scrollable-region-focusable“).
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

export function TableScroll({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
