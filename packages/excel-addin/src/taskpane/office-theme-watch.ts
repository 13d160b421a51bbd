import { isDarkOfficeTheme, type OfficeThemeColors } from './office-theme.js';

/** How often the pane looks at Office's theme while open. */
export const THEME_POLL_MS = 1_000;

/**
 * Follows Office's theme while the pane is open: calls `onChange(dark)` whenever `read()` turns from light to dark
 * or back. Excel updates `Office.context.officeTheme` in place when the user switches theme, but offers Excel
 * add-ins no theme-changed event (`OfficeThemeChanged` is Outlook's, Mailbox 1.14), so the pane reads it on a timer:
 * one property read, no request to Excel. Returns a function that stops watching.
 * @example const stop = watchOfficeTheme(() => Office.context.officeTheme, setDark);
 */
export const watchOfficeTheme = (
  read: () => OfficeThemeColors | undefined,
  onChange: (dark: boolean) => void,
  everyMs = THEME_POLL_MS,
): (() => void) => {
  let dark = isDarkOfficeTheme(read());
  const handle = setInterval(() => {
    const now = isDarkOfficeTheme(read());
    if (now !== dark) {
      dark = now;
      onChange(now);
    }
  }, everyMs);
  return () => clearInterval(handle);
};
