// The head of every page: its one h1 (also the tab title) and an optional short introduction. Inside
// the shell the heading takes the focus after a page change (see heading-focus.ts).
import { Stack, Text, Title } from '@mantine/core';
import { use, useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useDocumentTitle } from './document-title.hook';
import { claimHeadingFocus, HeadingFocusContext } from './heading-focus';

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusState = use(HeadingFocusContext);
  const { pathname } = useLocation();
  useEffect(() => {
    if (claimHeadingFocus(focusState, pathname)) headingRef.current?.focus();
  }, [focusState, pathname]);
  return (
    <Stack gap={4} mb="lg">
      <Title ref={headingRef} order={1} size="h2" className="zd-page-title" tabIndex={-1}>
        {title}
      </Title>
      {children ? <Text c="dimmed">{children}</Text> : null}
    </Stack>
  );
}
