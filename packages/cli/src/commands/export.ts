import {
  ANALYSIS_SHEETS,
  analysisErrors,
  BUILTIN_SCENARIO_NAMES,
  builtinScenario,
  type Evaluation,
  evaluate,
  type FactSet,
  isBuiltinScenarioName,
  modelForFacts,
  OPTIONAL_SHEETS,
  parseHorizon,
  type Scenario,
  type Summary,
  userErrors,
} from '@aifin/core';
import { parsePaths, parseSeed } from '../analysis/parse-args.js';
import { runSimulationJob } from '../analysis/run-simulation.js';
import { type FactsFlags, loadFactSet } from '../facts/load-fact-set.js';
import type { Io } from '../io.js';
import { type ExportFormat, parseFormats } from '../output/formats.js';
import { openOutputBatch } from '../output/output-batch.js';
import { checkTargets, planTargets, type Target } from '../output/targets.js';
import { startProgress } from '../progress.js';
import { renderCsv } from '../render/csv.js';
import { formatValue } from '../render/format-value.js';
import { renderJson } from '../render/json.js';
import { renderTable, type TableLayout } from '../render/table.js';
import { openXlsxRenderer, type XlsxRenderer } from '../render/xlsx-renderer.js';
import { xlsxSheetNames } from '../render/xlsx-sheet-names.js';
import { resolveScenarios } from '../scenarios/resolve-scenarios.js';
import { tableFit } from '../screen-width.js';
import { DEFAULT_SEED, defaultWorkers } from './simulate.js';

/** `aifin export` flags. */
export interface ExportOptions extends FactsFlags {
  /** `--scenario` values, built-in names or files; with no scenario and no directory, base. */
  readonly scenarios: readonly string[];
  readonly scenariosDir?: string | undefined;
  /** `--format` values, each a comma-separated list; default xlsx. */
  readonly formats: readonly string[];
  /** Output directory; created when missing. */
  readonly out: string;
  /** Overwrite existing files. */
  readonly force: boolean;
  readonly horizon?: string | undefined;
  /** `--simulate N`: paths for a Risk sheet in each workbook. */
  readonly simulate?: string | undefined;
  /** `--seed K` of that simulation. */
  readonly seed?: string | undefined;
  /** `--json`: print what was written as JSON instead of the summary table. */
  readonly json?: boolean | undefined;
  /** `--wide`: draw the summary at full width rather than in blocks that fit the screen. */
  readonly wide?: boolean | undefined;
}

/** One file `export --json` reports: where it went, its size, and for a workbook its sheets in tab order. */
export interface WrittenFile {
  readonly scenario: string;
  readonly format: ExportFormat;
  /** The path as the user would type it (inside their `--out`). */
  readonly path: string;
  readonly bytes: number;
  readonly sheets?: readonly string[];
}

/** What `export --json` prints: the output directory, every file written, and each scenario's summary figures. */
export interface ExportReport {
  readonly out: string;
  readonly files: readonly WrittenFile[];
  readonly scenarios: readonly { readonly scenario: string; readonly summary: Summary }[];
}

/** A Risk sheet's simulation, as the flags ask for it. */
interface RiskRequest {
  readonly paths: number;
  readonly seed: number;
}

/** The workbook of one scenario: the built-ins beside it (so the selector can switch), with the same horizon. */
const workbookScenarios = (selected: Scenario, horizon: number | undefined): readonly Scenario[] => {
  const builtins = BUILTIN_SCENARIO_NAMES.map((name) =>
    name === selected.name ? selected : builtinScenario(name, horizon),
  );
  return isBuiltinScenarioName(selected.name) ? builtins : [...builtins, selected];
};

const simulationFor = async (scenario: Scenario, facts: FactSet, risk: RiskRequest) => {
  const result = await runSimulationJob({
    scenarios: [{ scenario, weight: 1 }],
    factSet: facts,
    holdFacts: false,
    distribution: 'pert',
    sampling: 'lhs',
    seed: risk.seed,
    paths: risk.paths,
    workers: defaultWorkers(risk.paths),
    onProgress: () => {},
  });
  return {
    result,
    description:
      "Latin hypercube PERT draws, inputs correlated as the scenario says; facts within their qualifier's spread",
  };
};

const render = async (
  format: ExportFormat,
  scenario: Scenario,
  evaluation: Evaluation,
  horizon: number | undefined,
  facts: FactSet,
  risk: RiskRequest | null,
  xlsx: XlsxRenderer,
): Promise<string | Buffer> => {
  switch (format) {
    case 'xlsx':
      return xlsx.render({
        scenarios: workbookScenarios(scenario, horizon),
        selected: scenario.name,
        include: [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS],
        ...(risk ? { simulation: await simulationFor(scenario, facts, risk) } : {}),
      });
    case 'csv':
      return renderCsv(evaluation);
    case 'json':
      return renderJson(evaluation, scenario, facts);
  }
};

/** A staged file as `export --json` reports it (published under the same name once the batch is). */
async function describeWritten(target: Target, data: string | Buffer): Promise<WrittenFile> {
  const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  const file = { scenario: target.scenario, format: target.format, path: target.shown, bytes };
  return typeof data === 'string' ? file : { ...file, sheets: await xlsxSheetNames(data) };
}

const summaryTable = (
  evaluations: readonly Evaluation[],
  targets: readonly Target[],
  fit: NonNullable<TableLayout['fit']>,
): string =>
  renderTable(
    [
      'scenario',
      'ARR at horizon end',
      'breakeven',
      'funding gap opens',
      'new money beyond plan',
      'valuation ÷ ARR at end',
      'files',
    ],
    evaluations.map(({ scenario, summary }) => [
      scenario,
      `${summary.arrAtHorizonEnd.toFixed(2)} B USD (${summary.horizonEndYear})`,
      summary.breakevenYear?.toString() ?? 'not reached',
      summary.runwayEndYear?.toString() ?? 'not within horizon',
      `${summary.fundingGapTotal.toFixed(2)} B USD`,
      formatValue(summary.valuationAtHorizonEnd / summary.arrAtHorizonEnd, 'multiple'),
      targets
        .filter((t) => t.scenario === scenario)
        .map((t) => t.shown)
        .join('\n'),
    ]),
    { ruled: true, fit },
  );

/**
 * Exports scenarios to xlsx, csv and json files named `aifin-<scenario>.<ext>`. Every scenario, format and target
 * is checked before the first write, so bad input leaves the output directory untouched. Files are then rendered
 * one scenario at a time to temporary files and published all together at the end, or none of them (see
 * output-batch.ts). A batch's workbooks render in a worker thread with a bounded heap (see xlsx-renderer.ts), so
 * memory stays flat however large the batch.
 * @example await runExport({ scenarios: ['bull'], formats: ['xlsx,csv'], out: 'out', force: false }, nodeIo())
 */
export const runExport = async (options: ExportOptions, io: Io): Promise<number> => {
  const formats = parseFormats(options.formats.length === 0 ? ['xlsx'] : options.formats);
  if (options.seed !== undefined && options.simulate === undefined)
    throw analysisErrors.seedWithoutSimulate();
  // The simulation fills the workbook's Risk sheet: without a workbook it would run for nothing.
  if (options.simulate !== undefined && !formats.includes('xlsx'))
    throw userErrors.flagWithoutEffect(
      '--simulate',
      options.simulate,
      'without xlsx in --format: its paths fill the workbook’s Risk sheet',
    );
  const risk: RiskRequest | null =
    options.simulate === undefined
      ? null
      : {
          paths: parsePaths(options.simulate),
          seed: options.seed === undefined ? DEFAULT_SEED : parseSeed(options.seed),
        };
  const horizon = options.horizon === undefined ? undefined : parseHorizon(options.horizon);
  const resolved = await resolveScenarios(
    { refs: options.scenarios, dir: options.scenariosDir, horizon },
    io.cwd,
  );
  // Every facts file is read and checked, and the model compiled, before anything is written.
  const facts = await loadFactSet(options, () => io.cwd);
  const model = modelForFacts(facts);
  const targets = planTargets(
    options.out,
    io.cwd,
    resolved.map((r) => r.scenario.name),
    formats,
  );
  await checkTargets(options.out, io.cwd, targets, options.force);

  const progress = await startProgress(io, resolved.length);
  const evaluations: Evaluation[] = [];
  const written: WrittenFile[] = [];
  const batch = await openOutputBatch(options.out, io.cwd);
  const xlsx = openXlsxRenderer(facts, targets.filter((t) => t.format === 'xlsx').length);
  try {
    for (const { scenario } of resolved) {
      const evaluation = evaluate(scenario, model);
      evaluations.push(evaluation);
      for (const target of targets.filter((t) => t.scenario === scenario.name)) {
        const data = await render(target.format, scenario, evaluation, horizon, facts, risk, xlsx);
        await batch.stage(target, data);
        if (options.json === true) written.push(await describeWritten(target, data));
      }
      progress.step(scenario.name);
    }
    progress.stop();
    batch.publish(options.force);
  } finally {
    progress.stop();
    batch.discard();
    await xlsx.close();
  }

  if (options.json === true) {
    const report: ExportReport = {
      out: options.out,
      files: written,
      scenarios: evaluations.map(({ scenario, summary }) => ({ scenario, summary })),
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else io.out(summaryTable(evaluations, targets, tableFit(io, options.wide, 1)));
  return 0;
};
