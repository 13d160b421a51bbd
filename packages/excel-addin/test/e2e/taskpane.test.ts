import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AifinError,
  BUILTIN_FACT_SET,
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  evaluate,
  FACTS,
  modelForFacts,
  parseScenarioText,
  type WorkbookPlan,
  withHorizon,
} from '@aifin/core';
import { localThreads, prepareSimulation, runSimulation } from '@aifin/core/analysis';
import { type Cell, columnLetter } from '@aifin/core/workbook';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measurePaneJs } from '../../bench/pane-size.js';
import { LIVE_PATHS, LIVE_SEED } from '../../src/analysis/live-risk-protocol.js';
import { runJob } from '../../src/analysis/run-job.js';
import { UNSUPPORTED_MESSAGE } from '../../src/office/requirements.js';
import { analysisJob } from '../../src/taskpane/analysis-job.js';
import { effectiveScenario, whatIfOf } from '../../src/taskpane/app-state.js';
import { formatBillions, formatUsdB } from '../../src/taskpane/format.js';
import { LIVE_BAND_LINES, liveBands } from '../../src/taskpane/live-bands.js';
import type { FakeCellContent, FakeOfficeHandle } from '../fake-excel/index.js';
import { buildPane, bundleFakeOffice, measureJs } from './build-pane.js';
import { driveLiveRisk, shownBands } from './live-risk-drive.js';
import { launchPaneBrowser, type OpenPane, openPane, type PaneBrowser } from './pane-browser.js';
import { type StaticServer, serveStatic } from './static-server.js';

type HandleJson = ReturnType<FakeOfficeHandle['toJSON']>;

const REPO_DOCS = fileURLToPath(new URL('../../../../docs', import.meta.url));
/** `AIFIN_SCREENSHOT=1` refreshes docs/taskpane.png; otherwise screenshots stay in the run's temporary directory. */
const UPDATE_SCREENSHOT = process.env.AIFIN_SCREENSHOT === '1';
/** `AIFIN_KEEP_E2E=1` keeps the temporary directory (built pane, dark screenshot) for a look afterwards. */
const KEEP = process.env.AIFIN_KEEP_E2E === '1';
/** The budget for the pane's JavaScript. */
/** Issue budget: what the pane downloads before its first render. */
const STARTUP_BUDGET_GZIP = 200 * 1024;
/** A guard on everything the pane may load (start-up, the YAML parser, facts import, the simulation worker). */
const TOTAL_BUDGET_GZIP = 300 * 1024;

let work: string;
let dist: string;
let fakeScript: string;
let server: StaticServer;
let browser: PaneBrowser;
const opened: OpenPane[] = [];

const open = async (
  ...args: Parameters<typeof openPane> extends [unknown, unknown, unknown, ...infer R] ? R : never
) => {
  const pane = await openPane(browser.context, server.origin, fakeScript, ...args);
  opened.push(pane);
  return pane;
};

/** The fake's recorded state, copied out of the page as plain JSON. */
const recorded = (page: Page): Promise<HandleJson> =>
  page.evaluate(
    () => JSON.parse(JSON.stringify(window.__fakeOffice)) as ReturnType<FakeOfficeHandle['toJSON']>,
  );

/** What Excel holds after the renderer wrote a plan cell: text stays text, formulas stay formulas. */
const expectedContent = (cell: Cell): FakeCellContent =>
  cell.kind === 'text'
    ? { kind: 'text', text: cell.text }
    : cell.kind === 'number'
      ? { kind: 'number', value: cell.value }
      : { kind: 'formula', formula: cell.formula };

/** Every non-empty cell of a plan sheet by A1 address. */
const planCells = (plan: WorkbookPlan, sheet: string): Record<string, FakeCellContent> => {
  const rows = plan.sheets.find((s) => s.name === sheet)?.rows ?? [];
  const cells: Record<string, FakeCellContent> = {};
  for (const [r, row] of rows.entries())
    for (const [c, cell] of row.entries())
      if (cell) cells[`${columnLetter(c + 1)}${r + 1}`] = expectedContent(cell);
  return cells;
};

const withoutQuotes = (formula: string) => formula.replaceAll("'", '');

/** The live bands' tables for base with one what-if value, as Node computes them: same plan and seed as the pane. */
async function expectedLiveBands(input: 'growthFade', value: number): Promise<Record<string, string[][]>> {
  const base = BUILTIN_SCENARIOS.base;
  const scenario = whatIfOf(effectiveScenario(base, String(base.horizon)), { [input]: value });
  if (scenario === null) throw new Error('no what-if scenario');
  const prepared = prepareSimulation(
    modelForFacts(BUILTIN_FACT_SET),
    analysisJob(scenario, LIVE_PATHS, LIVE_SEED).plan,
  );
  const result = await runSimulation(prepared, localThreads(prepared));
  return Object.fromEntries(
    LIVE_BAND_LINES.map(({ line }) => [
      line,
      liveBands(result, line).map((b) => [
        String(b.year),
        ...[b.p5, b.p25, b.p50, b.p75, b.p95].map(formatBillions),
      ]),
    ]),
  );
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'aifin-e2e-'));
  dist = join(work, 'dist');
  await buildPane(dist);
  fakeScript = await bundleFakeOffice();
  server = await serveStatic(dist);
  browser = await launchPaneBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work && !KEEP) await rm(work, { recursive: true, force: true });
  else if (work) console.info(`[pane] kept ${work}`);
});

describe('task pane in headless Chromium', { timeout: 60_000 }, () => {
  it('keeps the JavaScript loaded at start-up within 200 kB gzipped, and all of it within 300 kB', async () => {
    const size = await measureJs(dist);
    const { startup } = await measurePaneJs(dist);
    console.info(
      `[pane] JS: ${size.files} files, ${(size.gzipBytes / 1024).toFixed(1)} kB gzipped in all, ${(startup.gzipBytes / 1024).toFixed(1)} kB at start-up`,
    );
    expect(startup.gzipBytes).toBeGreaterThan(0);
    expect(startup.gzipBytes).toBeLessThanOrEqual(STARTUP_BUDGET_GZIP);
    expect(size.gzipBytes).toBeLessThanOrEqual(TOTAL_BUDGET_GZIP);
  });

  it('builds the chosen scenario and horizon into the workbook, as the plan says', async () => {
    const { page, foreignRequests, errors } = await open();
    const firstRender = await page.evaluate(() => window.__aifinFirstRender);
    console.info(`[pane] first render (interactive): ${firstRender?.toFixed(0)} ms after navigation start`);
    expect(firstRender).toBeGreaterThan(0);

    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('bear');
    await page.getByRole('spinbutton', { name: /Projection horizon/ }).fill('8');
    await page.getByRole('checkbox', { name: 'Checks' }).uncheck();

    const bear8 = withHorizon(BUILTIN_SCENARIOS.bear, 8);
    // The preview is core's evaluate() of exactly what will be built.
    await expect
      .poll(() => page.getByTestId('preview-arr').textContent())
      .toBe(formatUsdB(evaluate(bear8).summary.arrAtHorizonEnd));

    await page.getByRole('button', { name: 'Build model' }).click();
    const message = page.getByTestId('build-result');
    await message.waitFor();

    const plan = buildWorkbookPlan({
      scenarios: [bear8, BUILTIN_SCENARIOS.base, BUILTIN_SCENARIOS.bull, BUILTIN_SCENARIOS.plan],
      selected: 'bear',
      include: ['Cover', 'Competitors'],
    });
    const host = await recorded(page);
    const planSheets = plan.sheets.map((s) => s.name);
    const workbookSheets = host.workbook.sheets.map((s) => s.name);
    expect(planSheets).not.toContain('Checks');
    expect(workbookSheets.filter((name) => planSheets.includes(name as never))).toEqual(planSheets);
    expect(workbookSheets).not.toContain('Checks');

    for (const sheet of plan.sheets) {
      const written = host.workbook.sheets.find((s) => s.name === sheet.name);
      const actual = Object.fromEntries(
        Object.entries(written?.cells ?? {})
          .filter(([, cell]) => cell.content !== null)
          .map(([address, cell]) => [address, cell.content]),
      );
      expect(actual, `cells of ${sheet.name}`).toEqual(planCells(plan, sheet.name));
    }
    // Spot-check one live formula by hand, so a plan that went wrong the same way twice would still show.
    const formulas = Object.values(planCells(plan, 'Cash Flow')).filter((c) => c.kind === 'formula');
    expect(formulas.length).toBeGreaterThan(20);

    const names = new Map(host.workbook.names.map((n) => [n.name, withoutQuotes(n.formula)]));
    for (const name of plan.names) expect(names.get(name.name), name.name).toBe(`=${name.sheet}!${name.ref}`);

    expect(host.syncs.length).toBeGreaterThan(0);
    expect(host.syncs.length).toBeLessThanOrEqual(4);
    await expect.poll(() => message.textContent()).toContain(`Wrote ${planSheets.length} sheets`);
    expect(await message.textContent()).toContain(`in ${host.syncs.length} sync`);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('runs the sensitivity study and 10,000 simulated paths in a Web Worker, with progress, the same numbers as Node, and cancels', async () => {
    const { page, errors } = await open();
    // Long tasks on the UI thread while the worker runs: what would make the pane feel frozen.
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    await page.getByRole('spinbutton', { name: 'Paths' }).fill('10000');
    await page.getByRole('spinbutton', { name: 'Seed' }).fill('4');
    const started = Date.now();
    await page.getByRole('button', { name: 'Run analysis' }).click();
    const result = page.getByTestId('simulation-result');
    await result.waitFor({ timeout: 30_000 });
    const elapsed = Date.now() - started;
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    console.info(
      `[pane] sensitivity study and 10,000 paths in the worker: ${elapsed} ms from click to result; UI long tasks meanwhile: ${longTasks.length} (longest ${Math.max(0, ...longTasks).toFixed(0)} ms)`,
    );
    const expected = await runJob(analysisJob(BUILTIN_SCENARIOS.base, 10_000, 4), () => {});
    expect(await result.textContent()).toContain(
      `median ARR ${formatUsdB(expected.simulation.percentiles['arr.total'].p50[7] as number)} at end of 2030`,
    );

    // The worker's study and simulation become the Sensitivity (tornado charts and grids) and Risk sheets.
    await page.getByRole('button', { name: 'Build with analysis sheets' }).click();
    await page.getByTestId('build-result').waitFor();
    const built = await recorded(page);
    const sheet = (name: string) => built.workbook.sheets.find((s) => s.name === name);
    expect(sheet('Sensitivity')?.charts.map((c) => c.chartType)).toEqual(['BarClustered', 'BarClustered']);
    // Fan charts of revenue, free cash flow and cash: stacked areas with the median as a line.
    expect(sheet('Risk')?.charts.map((c) => c.chartType)).toEqual([
      'AreaStacked',
      'AreaStacked',
      'AreaStacked',
    ]);

    await page.getByRole('spinbutton', { name: 'Paths' }).fill('1000000');
    await page.getByRole('button', { name: 'Run analysis' }).click();
    await page.getByTestId('simulation-progress').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Analysis cancelled.').waitFor();
    expect(errors).toEqual([]);
  });

  it('re-simulates 10,000 paths live as a what-if input moves: the last value’s bands, no long task on the UI thread', async () => {
    const { page, errors } = await open();
    const panel = page.getByTestId('live-risk');
    // The chosen scenario's bands first: the worker has started.
    await page.getByTestId('live-bands-cash.end').waitFor({ state: 'attached', timeout: 30_000 });
    await expect.poll(() => panel.getAttribute('aria-busy')).toBe('false');
    expect(await page.getByTestId('live-risk-label').textContent()).toBe(
      `live · ${LIVE_PATHS.toLocaleString('en-US')} paths · seed ${LIVE_SEED}`,
    );
    expect(await page.getByRole('img', { name: /^Revenue, USD billions/ }).count()).toBe(1);

    // A quick drag: five moves 15 ms apart, each superseding the run of the one before.
    const burst = await driveLiveRisk(page, 'growthFade', [0.12, 0.16, 0.2, 0.24, 0.28], 15);
    const longest = Math.max(0, ...burst.longTasks);
    console.info(
      `[pane] live risk: ${burst.ms.toFixed(0)} ms from the last of 5 quick changes to its bands; UI long tasks: ${burst.longTasks.length} (longest ${longest.toFixed(0)} ms)`,
    );
    expect(burst.value).toBeCloseTo(0.28, 10);
    const shown = await shownBands(page);
    expect(shown).toEqual(await expectedLiveBands('growthFade', burst.value));
    // The comparison can tell the values apart: the value before the last gives other bands.
    expect(shown).not.toEqual(await expectedLiveBands('growthFade', 0.24));
    expect(burst.ms).toBeGreaterThan(0);
    expect(burst.longTasks).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('rejects a malformed scenario file with core’s one-line message and writes nothing', async () => {
    const { page, errors } = await open();
    const text = 'name: fast\ninputs:\n  growthFade: 7\n';
    let expected = '';
    try {
      parseScenarioText(text, 'fast.yaml');
    } catch (error) {
      if (error instanceof AifinError) expected = error.message;
    }
    expect(expected).toContain('inputs.growthFade');

    await page.getByTestId('scenario-file').setInputFiles({
      name: 'fast.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(text),
    });
    const shown = page.getByTestId('import-error');
    await shown.waitFor();
    const shownText = (await shown.textContent()) ?? '';
    expect(shownText).toContain(expected);
    expect(shownText).toContain('inputs.growthFade = 7');
    expect(await page.getByRole('combobox', { name: 'Scenario' }).inputValue()).toBe('base');

    const host = await recorded(page);
    expect(host.calls).toEqual([]);
    expect(host.syncs).toEqual([]);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Sheet1']);
    expect(errors).toEqual([]);
  });

  it('imports a scenario file, asks before touching the user’s sheets, and moves them aside on request', async () => {
    const { page, errors } = await open({
      options: { sheets: [{ name: 'Assumptions', rows: [['my own notes']] }] },
    });
    await page.getByTestId('scenario-file').setInputFiles({
      name: 'fast.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from('name: fast\nextends: bull\nhorizon: 10\ninputs:\n  growthFade: 0.2\n'),
    });
    await expect.poll(() => page.getByRole('combobox', { name: 'Scenario' }).inputValue()).toBe('fast');
    expect(await page.getByRole('spinbutton', { name: /Projection horizon/ }).inputValue()).toBe('10');

    await page.getByRole('button', { name: 'Build model' }).click();
    const conflict = page.getByTestId('build-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Assumptions');
    let host = await recorded(page);
    expect(host.workbook.sheets.map((s) => s.name)).toEqual(['Assumptions']);
    expect(host.workbook.sheets[0]?.cells.A1?.content).toEqual({ kind: 'text', text: 'my own notes' });

    // The question takes the focus, so a keyboard user answers with Enter.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Move aside and build');
    await page.keyboard.press('Enter');
    const message = page.getByTestId('build-result');
    await message.waitFor();

    host = await recorded(page);
    const mine = host.workbook.sheets.find(
      (s) => s.cells.A1?.content?.kind === 'text' && s.cells.A1.content.text === 'my own notes',
    );
    expect(mine?.name).toBeDefined();
    expect(mine?.name).not.toBe('Assumptions');
    expect(await message.textContent()).toContain(mine?.name ?? '<none>');
    const assumptions = host.workbook.sheets.find((s) => s.name === 'Assumptions');
    expect(JSON.stringify(assumptions?.cells)).toContain('fast');
    expect(errors).toEqual([]);
  });

  it('says at start-up when Excel lacks the requirement set, and offers no build', async () => {
    const { page } = await open({ options: { apiVersion: '1.1' } });
    const banner = page.getByTestId('unsupported');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/ExcelApi 1\.\d+/);
    expect(await page.getByRole('button', { name: 'Build model' }).isDisabled()).toBe(true);
    expect((await recorded(page)).calls).toEqual([]);
  });

  it('tells the user when Office.js cannot be loaded, instead of showing a blank pane', async () => {
    const page = await browser.context.newPage();
    try {
      // Everything remote fails, as on a machine that cannot reach Microsoft's CDN.
      await page.route('**/*', (route) =>
        route.request().url().startsWith(`${server.origin}/`) ? route.continue() : route.abort(),
      );
      await page.goto(`${server.origin}/taskpane.html`);
      await page.getByText('Office.js did not load').waitFor();
      expect(await page.getByRole('button', { name: 'Build model' }).count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('works by keyboard alone and follows a dark Office theme', async () => {
    const { page } = await open({ dark: true });
    const background = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect((r + g + b) / 3).toBeLessThan(80);

    // Tab from the top of the page to the Build button, then press Enter.
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Build model');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('build-result').waitFor();
    expect((await recorded(page)).syncs.length).toBeGreaterThan(0);
    await page.screenshot({ path: join(work, 'taskpane-dark.png'), fullPage: true });
  });

  it('follows Office when the user switches to a dark theme while the pane is open', async () => {
    const { page } = await open();
    const brightness = async () => {
      const background = await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
      return (r + g + b) / 3;
    };
    expect(await brightness()).toBeGreaterThan(200);
    await page.evaluate(() =>
      Object.assign(Office.context.officeTheme, { isDarkTheme: true, bodyBackgroundColor: '#262626' }),
    );
    await expect.poll(brightness, { timeout: 5_000 }).toBeLessThan(80);
  });

  it('shows =AIFIN results in the fake host once the built functions.js registers them', async () => {
    const { page, errors } = await open();
    await page.addScriptTag({ url: `${server.origin}/functions.js` });
    const shown = await page.evaluate(async () => {
      return Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A5');
        range.formulas = [
          ['=AIFIN.LINE("revenue.total", 2027, "bull")'],
          ['=AIFIN.FACT("F7")'],
          ['=AIFIN.SUMMARY("horizonEndYear")'],
          ['=AIFIN.FACT("F99")'],
          ['=AIFIN.FACTS()'],
        ];
        range.load('values');
        await context.sync();
        return range.values.map((row) => row[0]);
      });
    });
    const bull = evaluate(BUILTIN_SCENARIOS.bull);
    const f7 = FACTS.find((f) => f.id === 'F7')?.value;
    expect(shown).toEqual([
      bull.lines['revenue.total'][bull.years.indexOf(2027)],
      f7,
      evaluate(BUILTIN_SCENARIOS.base).summary.horizonEndYear,
      '#N/A',
      'id',
    ]);
    expect(errors).toEqual([]);
  });

  it('in an old Windows webview (Trident) shows "this Excel is too old" instead of a blank pane', async () => {
    const { page } = await open(
      {},
      {
        userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
        waitForTestId: 'too-old',
      },
    );
    const text = (await page.getByTestId('too-old').textContent()) ?? '';
    expect(text).toContain('This Excel is too old for aifin');
    expect(text).toContain(UNSUPPORTED_MESSAGE);
    expect(await page.getByRole('button', { name: 'Build model' }).count()).toBe(0);
  });

  it('says so when Office.onReady has not fired after about 10 s, instead of a blank pane', async () => {
    const started = Date.now();
    const { page } = await open({ neverReady: true }, { waitForTestId: 'office-not-ready' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    expect(await page.getByTestId('office-not-ready').textContent()).toContain(
      'Excel has not started the add-in',
    );
  });

  it('saves a 320 px screenshot of the pane for the README', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Build model' }).click();
    await page.getByTestId('build-result').waitFor();
    // The live bands themselves, not the placeholder shown while the first run is in flight.
    await page.locator('[data-testid="live-risk"][aria-busy="false"] svg').first().waitFor();
    if (UPDATE_SCREENSHOT) await mkdir(REPO_DOCS, { recursive: true });
    const path = join(UPDATE_SCREENSHOT ? REPO_DOCS : work, 'taskpane.png');
    await page.screenshot({ path, fullPage: true });
    const width = await page.evaluate(() => document.documentElement.clientWidth);
    expect(width).toBe(320);
    // Nothing may overflow sideways at 320 px: the pane must not need a horizontal scroll bar.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
