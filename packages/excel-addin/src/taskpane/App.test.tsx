// @vitest-environment jsdom
import {
  ANALYSIS_SHEETS,
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  evaluate,
  inputRanges,
  modelForFacts,
  OPTIONAL_SHEETS,
  parseFactsText,
  resolveFactSet,
  type SimulationResult,
  type WorkbookPlan,
  whatIfScenario,
  withHorizon,
} from '@aifin/core';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisJob, AnalysisProgress } from '../analysis/analysis-protocol.js';
import { LIVE_PATHS, LIVE_SEED } from '../analysis/live-risk-protocol.js';
import { liveRiskRun } from '../analysis/live-risk-run.js';
import { runJob } from '../analysis/run-job.js';
import type { BuildOptions, BuildResult } from '../office/build-model.js';
import { App } from './App.js';
import { analysisJob } from './analysis-job.js';
import type { BuildModel } from './excel-operations.js';
import { formatBillions, formatUsdB } from './format.js';
import { liveBands } from './live-bands.js';
import type { LiveRisk } from './live-risk-client.js';
import type { RunAnalysis } from './run-analysis.js';

/** A recording stand-in for the renderer: answers with the given results in turn and keeps every call. */
const recordingBuild = (...results: (BuildResult | Error)[]) => {
  const calls: { plan: WorkbookPlan; options: BuildOptions | undefined }[] = [];
  const buildModel: BuildModel = async (plan, options) => {
    calls.push({ plan, options });
    options?.onProgress?.('Writing the model', 0.5);
    const next = results[calls.length - 1];
    if (!next) throw new Error('unexpected build');
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, buildModel };
};

const renderApp = (
  buildModel: BuildModel,
  unsupportedMessage: string | null = null,
  runAnalysis?: RunAnalysis,
  liveRisk?: LiveRisk,
) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        operations={{
          buildModel,
          unsupportedMessage,
          ...(runAnalysis ? { runAnalysis } : {}),
          ...(liveRisk ? { liveRisk } : {}),
        }}
      />
    </FluentProvider>,
  );

const ok = (sheets: readonly string[], movedUserSheets: readonly string[] = []): BuildResult => ({
  ok: true,
  sheets,
  syncs: 3,
  payloadBytes: 1000,
  movedUserSheets,
});

const buildButton = () => screen.getByRole('button', { name: 'Build model' });

// jsdom has no layout and no ResizeObserver; Fluent's MessageBar observes its own width to choose a layout. Nothing
// here depends on layout (the browser test covers that), so an observer that never fires is enough.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom's Blob has no arrayBuffer() (browsers have had it since 2019); read through jsdom's FileReader instead.
if (typeof Blob.prototype.arrayBuffer !== 'function')
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };

// Nor text(): read through jsdom's FileReader too.
if (typeof Blob.prototype.text !== 'function')
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };

afterEach(cleanup);

describe('App', () => {
  it('builds the plan of the chosen scenario, horizon and sheets, and says what was written', async () => {
    const { calls, buildModel } = recordingBuild(
      ok(['Cover', 'Assumptions', 'Revenue Mix', 'Cash Flow', 'Sources']),
    );
    renderApp(buildModel);
    fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), { target: { value: 'bull' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: /Projection horizon/ }), {
      target: { value: '12' },
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Checks' }));

    expect(screen.getByTestId('preview-arr').textContent).toBe(
      formatUsdB(evaluate(withHorizon(BUILTIN_SCENARIOS.bull, 12)).summary.arrAtHorizonEnd),
    );
    fireEvent.click(buildButton());
    await screen.findByTestId('build-result');

    expect(calls).toHaveLength(1);
    const expected = buildWorkbookPlan({
      scenarios: [
        BUILTIN_SCENARIOS.bear,
        BUILTIN_SCENARIOS.base,
        withHorizon(BUILTIN_SCENARIOS.bull, 12),
        BUILTIN_SCENARIOS.plan,
      ],
      selected: 'bull',
      include: ['Cover', 'Competitors'],
    });
    expect(calls[0]?.plan).toEqual(expected);
    expect(calls[0]?.options?.replaceUserSheets).toBe(false);
    expect(screen.getByTestId('build-result').textContent).toContain(
      'Wrote 5 sheets (Cover, Assumptions, Revenue Mix, Cash Flow and Sources) in 3 syncs.',
    );
  });

  it('asks on a conflict and rebuilds the same plan with replaceUserSheets only when the user agrees', async () => {
    const { calls, buildModel } = recordingBuild(
      {
        ok: false,
        reason: 'conflict',
        sheets: ['Cover'],
        message: 'This workbook already has sheets "Cover".',
      },
      ok(['Cover'], ['Cover (yours)']),
    );
    renderApp(buildModel);
    fireEvent.click(buildButton());
    const question = await screen.findByTestId('build-conflict');
    expect(question.textContent).toContain('This workbook already has sheets "Cover".');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move aside and build'));
    expect(calls).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: 'Move aside and build' }));
    await screen.findByTestId('build-result');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.plan).toBe(calls[0]?.plan);
    expect(calls[1]?.options?.replaceUserSheets).toBe(true);
    expect(screen.getByTestId('build-result').textContent).toContain('Cover (yours)');
  });

  it('shows progress while Excel writes and blocks a second build until it is done', async () => {
    let finish: (result: BuildResult) => void = () => {};
    let calls = 0;
    const buildModel: BuildModel = (_plan, options) => {
      calls++;
      options?.onProgress?.('Writing the model', 0.4);
      return new Promise((resolve) => {
        finish = resolve;
      });
    };
    renderApp(buildModel);
    fireEvent.click(buildButton());
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0.4');
    expect(screen.getByText('Writing the model')).toBeTruthy();
    const busy = screen.getByRole('button', { name: 'Building…' });
    expect(busy.hasAttribute('disabled')).toBe(true);
    fireEvent.click(busy);
    expect(calls).toBe(1);

    await act(async () => finish(ok(['Assumptions'])));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('build-result').textContent).toContain('Wrote 1 sheet (Assumptions)');
  });

  it('leaves the workbook alone when the user cancels a conflict', async () => {
    const { calls, buildModel } = recordingBuild({
      ok: false,
      reason: 'conflict',
      sheets: ['Sources'],
      message: 'conflict',
    });
    renderApp(buildModel);
    fireEvent.click(buildButton());
    await screen.findByTestId('build-conflict');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('build-conflict')).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('shows why a build is blocked (protection, clashing names) with no button that could write anyway', async () => {
    const message = 'Nothing was changed. Sheet "Cash Flow" is protected; the build rewrites it.';
    const { calls, buildModel } = recordingBuild({ ok: false, reason: 'blocked', message });
    renderApp(buildModel);
    fireEvent.click(buildButton());
    const blocked = await screen.findByTestId('build-blocked');
    expect(blocked.textContent).toContain(message);
    expect(screen.queryByRole('button', { name: 'Move aside and build' })).toBeNull();
    expect(calls).toHaveLength(1);
  });

  it('shows an error Excel raised instead of only logging it', async () => {
    const { buildModel } = recordingBuild(new Error('The request payload size has exceeded the limit.'));
    renderApp(buildModel);
    fireEvent.click(buildButton());
    const alert = await screen.findByTestId('build-error');
    expect(alert.textContent).toContain('The request payload size has exceeded the limit.');
    // The pane recovers: the button is usable again.
    expect(buildButton().hasAttribute('disabled')).toBe(false);
  });

  it('shows the renderer’s unsupported message from a build result', async () => {
    const { buildModel } = recordingBuild({
      ok: false,
      reason: 'unsupported',
      requirement: 'ExcelApi 1.12',
      message: 'This version of Excel does not support ExcelApi 1.12.',
    });
    renderApp(buildModel);
    fireEvent.click(buildButton());
    expect((await screen.findByTestId('build-error')).textContent).toContain(
      'does not support ExcelApi 1.12',
    );
  });

  it('refuses a horizon outside 1–15 with core’s message and disables the build', () => {
    const { calls, buildModel } = recordingBuild();
    renderApp(buildModel);
    fireEvent.change(screen.getByRole('spinbutton', { name: /Projection horizon/ }), {
      target: { value: '16' },
    });
    expect(screen.getByText('horizon = "16": must be a whole number of years from 1 to 15')).toBeTruthy();
    expect(buildButton().hasAttribute('disabled')).toBe(true);
    fireEvent.click(buildButton());
    expect(calls).toHaveLength(0);
  });

  it('blocks building at start-up on a host without the requirement set', () => {
    const { calls, buildModel } = recordingBuild();
    renderApp(buildModel, 'This version of Excel does not support ExcelApi 1.12.');
    expect(screen.getByTestId('unsupported').textContent).toContain('ExcelApi 1.12');
    expect(buildButton().hasAttribute('disabled')).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('imports a scenario file, selects it with its horizon, and shows a bad file’s error', async () => {
    const { buildModel } = recordingBuild();
    renderApp(buildModel);
    const input = screen.getByLabelText('Scenario file (JSON or YAML)');
    const good = new File(['name: fast\nhorizon: 11\ninputs:\n  growthFade: 0.1\n'], 'fast.yaml');
    await act(async () => {
      fireEvent.change(input, { target: { files: [good] } });
    });
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: 'Scenario' }) as HTMLSelectElement).value).toBe('fast'),
    );
    expect((screen.getByRole('spinbutton', { name: /Projection horizon/ }) as HTMLInputElement).value).toBe(
      '11',
    );

    const bad = new File(['name: slow\ninputs:\n  apiGrowth2026: "fast"\n'], 'slow.yaml');
    await act(async () => {
      fireEvent.change(input, { target: { files: [bad] } });
    });
    const error = await screen.findByTestId('import-error');
    expect(error.textContent).toContain('slow.yaml: inputs.apiGrowth2026 = "fast"');
    // The earlier import stays selected.
    expect((screen.getByRole('combobox', { name: 'Scenario' }) as HTMLSelectElement).value).toBe('fast');
  });

  it('previews a what-if on every slider move and builds it as its own scenario column', async () => {
    const { calls, buildModel } = recordingBuild(
      ok(['Cover', 'Assumptions', 'Revenue Mix', 'Cash Flow', 'Sources']),
    );
    renderApp(buildModel);
    const thisButton = screen.getByRole('button', { name: 'Build this' });
    expect(thisButton).toHaveProperty('disabled', true);
    const slider = screen.getByRole('slider', { name: 'growthFade' });
    // The slider spans base's reasoned range for the input.
    expect(slider.getAttribute('min')).toBe('0.1');
    expect(slider.getAttribute('max')).toBe('0.3');
    fireEvent.change(slider, { target: { value: '0.1' } });
    const base = BUILTIN_SCENARIOS.base;
    const expected = whatIfScenario(base, { growthFade: 0.1 });
    expect(screen.getByTestId('preview-arr').textContent).toBe(
      formatUsdB(evaluate(expected).summary.arrAtHorizonEnd),
    );
    expect(screen.getByRole('heading', { name: 'Preview: what-if (from base)' })).toBeTruthy();

    fireEvent.click(thisButton);
    await screen.findByTestId('build-result');
    expect(calls[0]?.plan).toEqual(
      buildWorkbookPlan({
        scenarios: [BUILTIN_SCENARIOS.bear, base, BUILTIN_SCENARIOS.bull, BUILTIN_SCENARIOS.plan, expected],
        selected: 'what-if',
        include: ['Cover', 'Checks', 'Competitors'],
      }),
    );

    // Choosing another scenario starts the what-if afresh from it.
    fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), { target: { value: 'bull' } });
    expect(screen.getByRole('heading', { name: 'Preview: bull' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'growthFade' }).getAttribute('min')).toBe(
      String(inputRanges(BUILTIN_SCENARIOS.bull).growthFade?.low),
    );
  });

  it('re-runs the live bands on every what-if move, busy meanwhile, and never shows an older run’s bands', async () => {
    const runs: { job: AnalysisJob; settle: (result: SimulationResult | null) => void }[] = [];
    const liveRisk: LiveRisk = {
      run: (job) => new Promise((settle) => runs.push({ job, settle })),
      dispose: () => {},
    };
    renderApp(recordingBuild().buildModel, null, undefined, liveRisk);
    const panel = screen.getByTestId('live-risk');
    const base = BUILTIN_SCENARIOS.base;
    // The chosen scenario's run starts with the pane, with the live paths and seed.
    expect(runs.map((r) => r.job.scenario)).toEqual([withHorizon(base, base.horizon)]);
    expect(runs[0]?.job.plan).toMatchObject({ paths: LIVE_PATHS, seed: LIVE_SEED, sampling: 'lhs' });
    expect(panel.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('live-risk-label').textContent).toBe(
      'live · 10,000 paths · seed 1 · updating…',
    );

    fireEvent.change(screen.getByRole('slider', { name: 'growthFade' }), { target: { value: '0.12' } });
    const edited = whatIfScenario(base, { growthFade: 0.12 });
    expect(runs.map((r) => r.job.scenario)).toEqual([withHorizon(base, base.horizon), edited]);

    const job = runs[1]?.job as AnalysisJob;
    const result = (await liveRiskRun(async () => {})({
      kind: 'live',
      generation: 1,
      job,
    })) as SimulationResult;
    // Even if an older run's result came back (the client settles it with null; this guard is the pane's own),
    // the pane waits for the newest.
    await act(async () => runs[0]?.settle(result));
    expect(screen.queryByTestId('live-bands-cash.end')).toBeNull();
    expect(panel.getAttribute('aria-busy')).toBe('true');

    await act(async () => runs[1]?.settle(result));
    expect(panel.getAttribute('aria-busy')).toBe('false');
    expect(screen.getByTestId('live-risk-label').textContent).toBe('live · 10,000 paths · seed 1');
    const rows = [
      ...((screen.getByTestId('live-bands-cash.end') as HTMLTableElement).tBodies[0]?.rows ?? []),
    ];
    expect(rows.map((row) => [...row.cells].map((cell) => cell.textContent))).toEqual(
      liveBands(result, 'cash.end').map((b) => [
        String(b.year),
        ...[b.p5, b.p25, b.p50, b.p75, b.p95].map(formatBillions),
      ]),
    );
    // The fan charts' text alternative names each line.
    const names = [...panel.querySelectorAll('svg[role="img"]')].map((svg) => svg.getAttribute('aria-label'));
    expect(names).toEqual([
      expect.stringMatching(/^Revenue, USD billions, 2023–2030: in 2030 median /),
      expect.stringMatching(/^Free cash flow, USD billions, \d{4}–2030: in 2030 median /),
      expect.stringMatching(/^Cash, USD billions, \d{4}–2030: in 2030 median .*, P5–P95 .* to /),
    ]);
  });

  it('runs the analysis through the injected runner with progress, and builds the analysis sheets from its result', async () => {
    const { calls, buildModel } = recordingBuild(
      ok(['Cover', 'Assumptions', 'Revenue Mix', 'Cash Flow', 'Sources']),
    );
    const jobs: AnalysisJob[] = [];
    // The worker's own code, run in this thread: the pane hands the same job to the Web Worker.
    const runner: RunAnalysis = async (job, onProgress) => {
      jobs.push(job);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return runJob(job, onProgress);
    };
    renderApp(buildModel, null, runner);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Paths' }), { target: { value: '500' } });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Seed' }), { target: { value: '9' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run analysis' }));
    expect(screen.getByTestId('simulation-progress').textContent).toBe('Starting…');
    const found = await screen.findByTestId('simulation-result');
    expect(jobs).toEqual([analysisJob(BUILTIN_SCENARIOS.base, 500, 9)]);
    const progress: AnalysisProgress[] = [];
    const result = await runJob(jobs[0] as AnalysisJob, (p) => progress.push(p));
    // Six study steps (three tornadoes, three grids), then a progress report per chunk of paths.
    expect(progress.map((p) => `${p.stage} ${p.done}/${p.total}`)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((step) => `sensitivity ${step}/6`),
      'paths 500/500',
    ]);
    expect(found.textContent).toContain(
      `median ARR ${formatUsdB(result.simulation.percentiles['arr.total'].p50[7] as number)}`,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Build with analysis sheets' }));
    await screen.findByTestId('build-result');
    const plan = calls[0]?.plan;
    expect(plan?.sheets.map((sheet) => sheet.name)).toEqual([
      'Cover',
      'Assumptions',
      'Revenue Mix',
      'Income Statement',
      'Cash Flow',
      'Valuation',
      'Plan',
      'Checks',
      'Competitors',
      'Sources',
      'Scenarios',
      'Sensitivity',
      'Risk',
    ]);
    expect(plan?.charts.filter((chart) => chart.sheet === 'Risk').map((chart) => chart.type)).toEqual([
      'fan',
      'fan',
      'fan',
    ]);
    // The Sensitivity sheet is the worker's study, not one computed again on the UI thread.
    expect(plan).toEqual(
      buildWorkbookPlan({
        scenarios: Object.values(BUILTIN_SCENARIOS),
        selected: 'base',
        include: [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS],
        sensitivity: result.sensitivity,
        simulation: {
          result: result.simulation,
          description: "PERT draws in the task pane; facts within their qualifier's spread",
        },
      }),
    );

    // A changed scenario makes the result stale.
    fireEvent.change(screen.getByRole('slider', { name: 'growthFade' }), { target: { value: '0.25' } });
    expect(screen.queryByTestId('simulation-result')).toBeNull();
  });

  it('cancels a running analysis and says so', async () => {
    const { buildModel } = recordingBuild();
    const runner: RunAnalysis = (_job, onProgress, signal) =>
      new Promise((_resolve, reject) => {
        onProgress({ stage: 'paths', done: 100, total: 10_000, pass: 0 });
        signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      });
    renderApp(buildModel, null, runner);
    fireEvent.click(screen.getByRole('button', { name: 'Run analysis' }));
    expect(screen.getByTestId('simulation-progress').textContent).toBe('100 of 10,000 paths');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Analysis cancelled.');
    expect(screen.getByRole('button', { name: 'Run analysis' })).toBeTruthy();
  });

  it('lists every fact with its qualifier and source chain', () => {
    renderApp(recordingBuild().buildModel);
    const facts = screen.getAllByTestId('source-fact');
    // The article’s F1–F17, then the public collection: one per built-in observation (each its own fact).
    expect(facts).toHaveLength(BUILTIN_OBSERVATIONS.length);
    expect(facts[0]?.textContent).toContain('F1');
    expect(facts[0]?.textContent).toContain('at-least');
    expect(facts[0]?.textContent).toContain('Bloomberg, citing several unnamed people (2026-02-19) → Huxiu');
  });

  it('builds the same plan from an imported facts file as the CLI, and shows a bad file’s error', async () => {
    const { calls, buildModel } = recordingBuild(ok(['Cover']));
    renderApp(buildModel);
    const text =
      'facts:\n  - { id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }\n  - { id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: Reuters } }\n';
    const input = screen.getByLabelText('Facts file (JSON or YAML)');
    await act(async () => {
      fireEvent.change(input, { target: { files: [new File([text], 'newer.yaml')] } });
    });
    await waitFor(() => expect(screen.getByTestId('facts-as-of').textContent).toContain('2026-11-20'));
    const facts = resolveFactSet([...BUILTIN_OBSERVATIONS, ...parseFactsText(text, 'newer.yaml')]);
    const evaluation = evaluate(BUILTIN_SCENARIOS.base, modelForFacts(facts));
    expect(evaluation.lastActualYear).toBe(2026);
    expect(screen.getByTestId('preview-arr').textContent).toBe(
      formatUsdB(evaluation.summary.arrAtHorizonEnd),
    );
    expect(screen.getByText(`Projects 2027–${evaluation.summary.horizonEndYear}`)).toBeTruthy();

    fireEvent.click(buildButton());
    await screen.findByTestId('build-result');
    expect(calls[0]?.plan).toEqual(
      buildWorkbookPlan({
        scenarios: Object.values(BUILTIN_SCENARIOS),
        selected: 'base',
        include: ['Cover', 'Checks', 'Competitors'],
        facts,
      }),
    );

    const bad = new File(
      ['facts:\n  - { id: F7, value: 0, asOf: 2026-05-02, source: { publisher: A } }\n'],
      'bad.yaml',
    );
    await act(async () => {
      fireEvent.change(input, { target: { files: [bad] } });
    });
    const error = await screen.findByTestId('facts-import-error');
    expect(error.textContent).toContain('bad.yaml: facts[0].value = 0: must be above 0 for an ARR');
    // The earlier import stays in use.
    expect(screen.getByTestId('facts-as-of').textContent).toContain('newer.yaml');
  });
});
