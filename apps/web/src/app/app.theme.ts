// The Mantine theme. A blue of our own whose shades keep WCAG AA text contrast where Mantine uses them:
// white on the filled shade (8), the light variants' text (9) on their tint (1) and hover tint (2).
// For the other colours the light variants' text is darkened (Mantine's shade 9 of green, orange,
// yellow and red is too light on their tints), field errors are a darker red, and „dimmed“ text is a
// darker grey. axe checks all of it.
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

const brand: MantineColorsTuple = [
  '#e8f1fb',
  '#d0e3f7',
  '#a6c8ee',
  '#78abe4',
  '#5292db',
  '#3a82d6',
  '#2b78d3',
  '#1e67bb',
  '#155ba6',
  '#0b4a8a',
];

export const theme = createTheme({
  colors: { brand },
  primaryColor: 'brand',
  primaryShade: 8,
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  cursorType: 'pointer',
});

/** Text colours of the light variants, each ≥ 4.5:1 on the colour's shades 1 and 2 and on white. */
const lightVariantText: Record<string, string> = {
  red: '#a51d1d',
  green: '#1b6b2f',
  orange: '#9a3a0a',
  yellow: '#6b4a00',
  teal: '#0a6248',
  gray: '#343a40',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Field errors (text under the field and the field's text): Mantine's red 6 is 3.3:1 on white.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(
      Object.entries(lightVariantText).map(([color, text]) => [`--mantine-color-${color}-light-color`, text]),
    ),
  },
  dark: {},
});
