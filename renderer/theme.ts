import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's default blue filled button and its placeholder grey fall short of WCAG AA
 * contrast; a darker primary shade and darker dimmed text fix both everywhere.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  colors: {},
  other: {},
});

/**
 * Mantine's dimmed text and placeholders use gray 6, about 3.2:1 on the page background;
 * gray 7 reaches 7:1, so secondary text stays readable for everyone.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  },
  dark: {},
});
