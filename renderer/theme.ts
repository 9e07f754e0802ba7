import {
  createTheme,
  Modal,
  Notification,
  type CSSVariablesResolver,
} from '@mantine/core';

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
  components: {
    Modal: Modal.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Close' } },
    }),
    Notification: Notification.extend({
      // Its description is gray 6 whatever the dimmed colour is, and its close button is
      // unnamed (axe: button-name) unless each call names it.
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-gray-7)' } },
    }),
  },
});

/**
 * Contrast fixes for the light scheme, checked with axe:
 * - dimmed text and placeholders use gray 6, about 3.2:1 on the page; gray 7 gives 7.7:1;
 * - error text in red 6 gives 3.3:1 on white; red 9 gives 5.5:1;
 * - "light" badges and links put shade 9 on shade 1 (teal: 4.3:1) and hover on shade 2;
 *   shades 0 and 1 keep every palette colour above 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  };
  for (const name of Object.keys(resolved.colors)) {
    light[`--mantine-color-${name}-light`] = `var(--mantine-color-${name}-0)`;
    light[`--mantine-color-${name}-light-hover`] = `var(--mantine-color-${name}-1)`;
    light[`--mantine-color-${name}-light-color`] = `var(--mantine-color-${name}-9)`;
  }
  return { variables: {}, light, dark: {} };
};
