import { availableParallelism } from 'node:os';
import {
  analysisErrors,
  type Distribution,
  getLine,
  PERCENTILES,
  parseHorizon,
  SIMULATED_LINES,
  type SimulationResult,
} from '@aifin/core';
import { DISTRIBUTIONS } from '@aifin/core/analysis';
import { parseMix, parsePaths, parseSampling, parseSeed, parseWorkers } from '../analysis/parse-args.js';
import { openPathsFile, type PathsFile } from '../analysis/paths-file.js';
import { bandBar } from '../analysis/pictures.js';
import { runSimulationJob } from '../analysis/run-simulation.js';
import { type FactsFlags, loadFactSet } from '../facts/load-fact-set.js';
import type { Io } from '../io.js';
import { numberField, textField } from '../render/csv-field.js';
import { formatValue } from '../render/format-value.js';
import { renderTable, type TableLayout } from '../render/table.js';
import { resolveScenarios } from '../scenarios/resolve-scenarios.js';
import { tableFit } from '../screen-width.js';
import { guardTerminalModes } from '../terminal-modes.js';

type Fit = NonNullable<TableLayout['fit']>;

/** `aifin simulate` flags, as typed. */
export interface SimulateOptions extends FactsFlags {
  readonly scenario?: string | undefined;
  readonly horizon?: string | undefined;
  readonly paths?: string | undefined;
  readonly seed?: string | undefined;
  readonly workers?: string | undefined;
  readonly distribution?: string | undefined;
  /** `--sampling lhs|mc`. */
  readonly sampling?: string | undefined;
  /** `--mix bear:1,base:2,bull:1`: a mixture of scenarios by weight, instead of `--scenario`. */
  readonly mix?: string | undefined;
  /** `--paths-out FILE.csv`: one row per path. */
  readonly pathsOut?: string | undefined;
  /** Replace an existing `--paths-out` file. */
  readonly force?: boolean | undefined;
  readonly holdFacts: boolean;
  readonly json: boolean;
  readonly csv: boolean;
  /** `--wide`: draw the tables at full width rather than in blocks that fit the screen. */
  readonly wide?: boolean | undefined;
}

/** Paths and seed when not given. */
export const DEFAULT_PATHS = 10_000;
export const DEFAULT_SEED = 1;
/** Below this many paths per worker, a thread's start-up costs more than it saves. */
const MIN_PATHS_PER_WORKER = 20_000;
const BAND_WIDTH = 32;

/** Worker threads for a run: the machine's cores, fewer when each would get too few paths to pay for starting. */
export const defaultWorkers = (paths: number): number =>
  Math.max(1, Math.min(availableParallelism(), Math.floor(paths / MIN_PATHS_PER_WORKER)));

const parseDistribution = (text: string): Distribution => {
  if (!(DISTRIBUTIONS as readonly string[]).includes(text))
    throw analysisErrors.distribution(text, DISTRIBUTIONS);
  return text as Distribution;
};

const csvOf = (result: SimulationResult): string => {
  const rows = ['line,statistic,year,value'];
  for (const line of SIMULATED_LINES)
    for (const [key] of PERCENTILES)
      result.years.forEach((year, y) => {
        const v = result.percentiles[line][key][y];
        rows.push([textField(line), textField(key), numberField(year), numberField(v ?? null)].join(','));
      });
  for (const [name, by] of Object.entries(result.probabilities))
    for (const year of result.years)
      rows.push(
        [textField(name), 'probability', numberField(year), numberField(by[String(year)] ?? null)].join(','),
      );
  return rows.map((row) => `${row}\r\n`).join('');
};

const lineTable = (
  result: SimulationResult,
  line: (typeof SIMULATED_LINES)[number],
  pictures: boolean,
  fit: Fit,
): string => {
  const { label, unit } = getLine(line);
  const bands = result.percentiles[line];
  const present = (key: 'p10' | 'p90') => bands[key].filter((v): v is number => v !== null);
  const min = Math.min(...present('p10'));
  const max = Math.max(...present('p90'));
  const rows = result.years.map((year, y) => {
    const cells = PERCENTILES.map(([key]) => formatValue(bands[key][y] ?? null, unit));
    const [p10, p50, p90] = [bands.p10[y], bands.p50[y], bands.p90[y]];
    const picture =
      p10 === null ||
      p50 === null ||
      p90 === null ||
      p10 === undefined ||
      p50 === undefined ||
      p90 === undefined
        ? ''
        : bandBar(p10, p50, p90, min, max, BAND_WIDTH);
    return [String(year), ...cells, ...(pictures ? [picture] : [])];
  });
  return `${label} (${line})\n${renderTable(
    ['year', ...PERCENTILES.map(([key]) => key.toUpperCase()), ...(pictures ? ['P10–P90 (┃ P50)'] : [])],
    rows,
    { alignRight: PERCENTILES.map((_, i) => i + 1), fit },
  )}`;
};

const probabilityTable = (result: SimulationResult, fit: Fit): string =>
  renderTable(
    ['year', 'runway ended by (funding gap opened)', 'breakeven by (operating income ≥ 0)'],
    result.years.map((year) => [
      String(year),
      formatValue(result.probabilities.runwayEndBy[String(year)] ?? 0, 'ratio'),
      formatValue(result.probabilities.breakevenBy[String(year)] ?? 0, 'ratio'),
    ]),
    { alignRight: [1, 2], fit },
  );

/**
 * A Monte Carlo simulation of one scenario: every input drawn within its range, facts within their qualifier's
 * spread (unless held), across worker threads; the same seed gives the same bytes whatever the worker count.
 * @example await runSimulate({ paths: '100000', seed: '7', holdFacts: false, json: true, csv: false }, nodeIo())
 */
export const runSimulate = async (options: SimulateOptions, io: Io): Promise<number> => {
  // Every flag is checked before a scenario file is read or a path is drawn.
  const paths = options.paths === undefined ? DEFAULT_PATHS : parsePaths(options.paths);
  const seed = options.seed === undefined ? DEFAULT_SEED : parseSeed(options.seed);
  const distribution = options.distribution === undefined ? 'pert' : parseDistribution(options.distribution);
  const sampling = options.sampling === undefined ? 'lhs' : parseSampling(options.sampling);
  const workers = options.workers === undefined ? defaultWorkers(paths) : parseWorkers(options.workers);
  if (options.mix !== undefined && options.scenario !== undefined) throw analysisErrors.mixWithScenario();
  const mix = options.mix === undefined ? null : parseMix(options.mix);
  if (options.force === true && options.pathsOut === undefined)
    throw analysisErrors.missingFlag('--paths-out (for --force)');
  const resolved = await resolveScenarios(
    {
      refs: mix === null ? [options.scenario ?? 'base'] : mix.map((entry) => entry.ref),
      horizon: options.horizon === undefined ? undefined : parseHorizon(options.horizon),
    },
    io.cwd,
  );
  if (resolved.length === 0) throw new Error('no scenario resolved');
  const scenarios = resolved.map(({ scenario }, i) => ({ scenario, weight: mix?.[i]?.weight ?? 1 }));
  const factSet = await loadFactSet(options, () => io.cwd);
  const file: PathsFile | null =
    options.pathsOut === undefined ? null : openPathsFile(options.pathsOut, io.cwd, options.force === true);
  const bar = io.progress === null ? null : (await import('cli-progress')).default;
  const progress = bar
    ? new bar.SingleBar({
        stream: io.progress ?? undefined,
        // A streaming run (above core's in-memory budget) passes over the paths several times: each pass is named,
        // so the bar going back to 0 reads as the next pass rather than a restart.
        format: 'simulating{stage} [{bar}] {value}/{total} paths',
        clearOnComplete: true,
        hideCursor: true,
      })
    : null;
  // The bar hides the cursor and turns line wrap off: restored on Ctrl-C or any other early end too.
  const forgetModes = io.progress && progress ? guardTerminalModes(io.progress) : null;
  progress?.start(paths, 0, { stage: '' });
  let result: SimulationResult;
  try {
    result = await runSimulationJob({
      scenarios,
      factSet,
      holdFacts: options.holdFacts,
      distribution,
      sampling,
      seed,
      paths,
      workers,
      onProgress: ({ done, pass, maxPasses }) =>
        progress?.update(done, { stage: maxPasses === 1 ? '' : `, pass ${pass} of at most ${maxPasses}` }),
      ...(file === null ? {} : { onPrepared: file.header, onRows: file.write }),
    });
    file?.publish();
  } finally {
    progress?.stop();
    forgetModes?.();
    file?.discard();
  }
  if (options.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  if (options.csv) {
    io.out(csvOf(result));
    return 0;
  }
  const pictures = io.outIsTerminal === true;
  const what =
    result.mixture === null
      ? `Scenario ${result.scenario}`
      : `Mixture ${result.mixture.map((m) => `${m.scenario} × ${m.weight}`).join(', ')}`;
  io.out(
    `${what}: ${result.paths} paths, seed ${result.seed}, ${sampling === 'lhs' ? 'Latin hypercube' : 'Monte Carlo'} ` +
      `${distribution === 'pert' ? 'PERT' : 'triangular'} draws within each input's range, correlated as the ` +
      `scenario says; facts ${options.holdFacts ? 'held at their reported values' : "within their qualifier's spread"}\n\n`,
  );
  const fit = tableFit(io, options.wide, 1);
  for (const line of SIMULATED_LINES) io.out(`${lineTable(result, line, pictures, fit)}\n`);
  io.out('Cumulative probabilities\n');
  io.out(probabilityTable(result, fit));
  return 0;
};
