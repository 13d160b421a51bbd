import { type Theme, webDarkTheme, webLightTheme } from '@fluentui/react-components';

/** The part of `Office.context.officeTheme` the pane reads; absent on hosts that do not report a theme. */
export interface OfficeThemeColors {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of "#rrggbb" (0 black … 1 white), or null when the colour is not in that form. */
const luminance = (hex: string): number | null => {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((part) => Number.parseInt(part, 16) / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/**
 * True when Office shows a dark theme. Older hosts do not set `isDarkTheme`, so the body colour decides then.
 * @example isDarkOfficeTheme({ bodyBackgroundColor: '#262626' }) // true
 */
export const isDarkOfficeTheme = (theme: OfficeThemeColors | undefined): boolean => {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const l = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  return l !== null && l < 0.5;
};

/**
 * The Fluent theme matching Office's: `webDarkTheme` under a dark Office theme, `webLightTheme` otherwise.
 * @example <FluentProvider theme={fluentThemeFor(Office.context.officeTheme)} />
 */
export const fluentThemeFor = (theme: OfficeThemeColors | undefined): Theme =>
  isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
