import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Mantine's defaults, made WCAG AA: primary buttons and filled badges use shade 8 (white on blue.6 is only 3.6:1),
 * the dimmed and error texts are darkened to at least 4.5:1 on white, and a light button's hover tint is blue.1 (its
 * blue text is 4.9:1 there; on Mantine's hover tint it was 4.0:1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
});

export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': resolved.colors.gray[7],
    '--mantine-color-error': resolved.colors.red[9],
    '--mantine-color-placeholder': resolved.colors.gray[6],
    '--mantine-color-blue-light-hover': resolved.colors.blue[1],
    '--mantine-primary-color-light-hover': resolved.colors.blue[1],
  },
  dark: {},
});
