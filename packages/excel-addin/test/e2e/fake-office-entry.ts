// Browser entry bundled by build-pane.ts and served in place of Office.js from Microsoft's CDN. The test chooses the
// host (API version, starting sheets, theme) with page.addInitScript before the page loads.
import { type FakeOfficeHandle, type FakeOfficeOptions, installFakeOffice } from '../fake-excel/index.js';

/** What a test can set on `window` before the pane loads. */
export interface FakeOfficeSetup {
  readonly options?: FakeOfficeOptions;
  /** Report a dark Office theme, as Excel does under Office's "Black" or "Dark Gray" theme. */
  readonly dark?: boolean;
  /** Office.onReady never fires, as when a blocked frame or a stalled host keeps Office from initialising. */
  readonly neverReady?: boolean;
}

declare global {
  interface Window {
    __fakeOfficeSetup?: FakeOfficeSetup;
    __fakeOffice?: FakeOfficeHandle;
  }
}

const setup = window.__fakeOfficeSetup ?? {};
window.__fakeOffice = installFakeOffice(window, setup.options ?? {});
if (setup.neverReady) Object.assign(Office, { onReady: () => new Promise(() => {}) });
if (setup.dark) {
  Object.assign(Office.context.officeTheme, {
    isDarkTheme: true,
    bodyBackgroundColor: '#262626',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#3B3B3B',
    controlForegroundColor: '#FFFFFF',
  });
}
