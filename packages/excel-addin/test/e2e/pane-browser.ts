import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { FakeOfficeSetup } from './fake-office-entry.js';

/** The Office.js URL taskpane.html loads; the test answers it with the fake, as nothing may reach the CDN here. */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** A headless Chromium with a profile of its own, removed on close. */
export interface PaneBrowser {
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

/**
 * Launches the system Chromium headless with a fresh profile and no background traffic.
 * @example const browser = await launchPaneBrowser(); … await browser.close();
 */
export const launchPaneBrowser = async (): Promise<PaneBrowser> => {
  const profile = await mkdtemp(join(tmpdir(), 'aifin-e2e-profile-'));
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 320, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    .catch(async (error: unknown) => {
      await rm(profile, { recursive: true, force: true });
      throw error;
    });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
};

/** An open pane and what the page did that a test may want to refuse. */
export interface OpenPane {
  readonly page: Page;
  /** Requests to any origin other than the pane's own and the (faked) Office.js URL. */
  readonly foreignRequests: string[];
  /** Console errors and uncaught exceptions, CSP violations included. */
  readonly errors: string[];
}

/** How to open the pane beyond the fake's setup. */
export interface OpenOptions {
  /** Wait for the element with this test id instead of the Build button (for panes that cannot start). */
  readonly waitForTestId?: string;
  /** The webview's user agent as page scripts read it (navigator.userAgent), e.g. an old Trident one. */
  readonly userAgent?: string;
}

/**
 * Opens taskpane.html from `origin` with the fake installed in place of Office.js, and waits until the pane is up.
 * @example const { page } = await openPane(browser.context, server.origin, fakeScript, { options: { apiVersion: '1.1' } });
 */
export const openPane = async (
  context: BrowserContext,
  origin: string,
  fakeScript: string,
  setup: FakeOfficeSetup = {},
  options: OpenOptions = {},
): Promise<OpenPane> => {
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL)
      await route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeScript });
    else if (url.startsWith(`${origin}/`)) await route.continue();
    else {
      foreignRequests.push(url);
      await route.abort();
    }
  });
  await page.addInitScript((value) => {
    (window as { __fakeOfficeSetup?: unknown }).__fakeOfficeSetup = value;
  }, setup);
  if (options.userAgent !== undefined)
    await page.addInitScript((ua) => {
      Object.defineProperty(navigator, 'userAgent', { get: () => ua });
    }, options.userAgent);
  await page.goto(`${origin}/taskpane.html`);
  if (options.waitForTestId !== undefined)
    await page.getByTestId(options.waitForTestId).waitFor({ timeout: 30_000 });
  else await page.getByRole('button', { name: 'Build model' }).waitFor();
  return { page, foreignRequests, errors };
};
