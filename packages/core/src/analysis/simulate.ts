import { percentilesInto } from '../internal/analysis/percentile-inc.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import {
  cholesky,
  correlationMatrix,
  normalScoreCorrelation,
} from '../internal/scenarios/correlation-matrix.js';
import type { Model } from '../model/compile-model.js';
import { INPUT_IDS } from '../model/inputs.js';
import type { LineId } from '../model/line-ids.js';
import { evaluateScalar } from '../model/scalar.js';
import { SUMMARY_FIGURES } from '../model/summary.js';
import { type AnalysisFrame, analysisFrame } from './analysis-frame.js';
import type { BetaShape } from './beta-quantile.js';
import type { Distribution } from './distributions.js';
import { type CorrelationTarget, imposeRankCorrelation } from './iman-conover.js';
import { type StratumPermutation, stratumOf, stratumPermutation } from './latin-hypercube.js';
import { type Marginal, marginal, marginalValue } from './marginal.js';
import { newPathStream, next32, nextUniform, seedPathStream } from './path-stream.js';
import type { Sampling, SimulationPlan } from './simulation-plan.js';

/** The lines a simulation reports percentiles of. */
export const SIMULATED_LINES = /* @__PURE__ */ deepFreeze([
  'arr.total',
  'revenue.total',
  'operatingIncome',
  'freeCashFlow',
  'cash.end',
  'valuation.ev',
  'funding.gap',
  'equityValue',
] as const satisfies readonly LineId[]);
/** A line a simulation reports percentiles of: one of `SIMULATED_LINES`. */
export type SimulatedLine = (typeof SIMULATED_LINES)[number];

/** The percentiles reported per line and year. */
export const PERCENTILES = /* @__PURE__ */ deepFreeze([
  ['p5', 0.05],
  ['p10', 0.1],
  ['p25', 0.25],
  ['p50', 0.5],
  ['p75', 0.75],
  ['p90', 0.9],
  ['p95', 0.95],
] as const);
/** The name of a reported percentile (`'p5'` … `'p95'`): one of `PERCENTILES`' keys. */
export type PercentileKey = (typeof PERCENTILES)[number][0];

/** The probabilities of `PERCENTILES`, in their order. */
export const PROBABILITIES: readonly number[] = PERCENTILES.map(([, p]) => p);

/**
 * Paths per block: correlations are imposed on a block's paths together, and block boundaries are fixed path
 * indexes (0, 1000, 2000, …), so a block is the same whichever worker runs it. Chunks and shares are whole blocks.
 */
export const BLOCK_PATHS = 1_000;

/** One dimension of a path's uniforms: the mixture's choice of scenario, an input slot or a fact slot. */
export interface PathDimension {
  readonly kind: 'scenario' | 'input' | 'fact';
  readonly slot: number;
  /** The column name in a paths file: the input's or fact's id. */
  readonly id: string;
}

/** A mixture component, made ready: its inputs, each dimension's marginal (null: held) and its correlation target. */
export interface PreparedComponent {
  readonly baseInputs: Float64Array;
  readonly marginals: readonly (Marginal | null)[];
  /** The dimensions it draws, as flat lists: the dimension, and where the value goes (input slot, or fact slot). */
  readonly drawnDims: Int32Array;
  readonly drawnSlots: Int32Array;
  readonly drawnIsFact: Uint8Array;
  readonly drawnMarginals: readonly Marginal[];
  readonly correlation: CorrelationTarget | null;
}

/** A simulation made ready once per thread: the buffers, the dimensions, the marginals and the strata. */
export interface PreparedSimulation {
  readonly plan: SimulationPlan;
  readonly frame: AnalysisFrame;
  readonly dimensions: readonly PathDimension[];
  readonly components: readonly PreparedComponent[];
  /** Cumulative weights, normalised (the last is 1). */
  readonly cumulative: Float64Array;
  /** Latin hypercube permutations per dimension (empty for Monte Carlo). */
  readonly strata: readonly StratumPermutation[];
  readonly rows: readonly number[];
  readonly firstIndex: readonly number[];
  readonly gapRow: number;
  readonly gapFirst: number;
  readonly profitRow: number;
  readonly profitFirst: number;
  /** Scratch for one block: its uniforms (a row per path), components, and one component's rows. */
  readonly uniforms: Float64Array;
  readonly factDefaults: Float64Array;
  /** The fact slots some component draws. */
  readonly drawnFactSlots: Int32Array;
  readonly componentOf: Uint8Array;
  readonly groupRows: Int32Array;
  readonly stream: Uint32Array;
}

function dimensionsOf(model: Model, plan: SimulationPlan): PathDimension[] {
  const inputs = new Set<number>();
  const facts = new Set<number>();
  for (const c of plan.components) {
    for (const v of c.varied.inputs) inputs.add(v.slot);
    for (const v of c.varied.facts) facts.add(v.slot);
  }
  const dims: PathDimension[] =
    plan.components.length > 1 ? [{ kind: 'scenario', slot: -1, id: 'scenario' }] : [];
  for (const slot of [...inputs].sort((a, b) => a - b))
    dims.push({ kind: 'input', slot, id: INPUT_IDS[slot] as string });
  for (const slot of [...facts].sort((a, b) => a - b))
    dims.push({ kind: 'fact', slot, id: model.factSlots[slot]?.id as string });
  return dims;
}

function correlationTarget(
  dims: readonly PathDimension[],
  correlations: readonly (readonly [number, number, number])[],
): CorrelationTarget | null {
  const dimOfInput = new Map(dims.flatMap((d, i) => (d.kind === 'input' ? [[d.slot, i] as const] : [])));
  const used: number[] = [];
  const pairs: [number, number, number][] = [];
  for (const [a, b, rho] of correlations) {
    const da = dimOfInput.get(a);
    const db = dimOfInput.get(b);
    // An input held at a point has nothing to correlate.
    if (da === undefined || db === undefined || rho === 0) continue;
    for (const d of [da, db]) if (!used.includes(d)) used.push(d);
    pairs.push([used.indexOf(da), used.indexOf(db), rho]);
  }
  if (pairs.length === 0) return null;
  const k = used.length;
  // The normal scores' correlation that gives the asked rank correlation; if that matrix is not positive
  // semi-definite (possible near the edge), the asked one itself, which a scenario's check has accepted.
  const converted = cholesky(
    correlationMatrix(
      k,
      pairs.map(([i, j, rho]) => [i, j, normalScoreCorrelation(rho)] as const),
    ),
    k,
  );
  const outcome = converted.ok ? converted : cholesky(correlationMatrix(k, pairs), k);
  if (!outcome.ok) return null;
  return { dims: Int32Array.from(used), factor: outcome.factor };
}

/**
 * Prepares a run in this thread: the model's buffers, each path's dimensions, each component's marginals and
 * correlation target, and the Latin hypercube strata. Done once per thread; paths then allocate nothing.
 * @example const prepared = prepareSimulation(BUILTIN_MODEL, plan)
 */
export function prepareSimulation(model: Model, plan: SimulationPlan): PreparedSimulation {
  const [first] = plan.components;
  if (first === undefined) throw new Error('a simulation plan needs a component');
  const frame = analysisFrame(model, { name: first.name, inputs: first.inputs, horizon: plan.horizon });
  const dimensions = dimensionsOf(model, plan);
  const shapes = new Map<string, BetaShape>();
  const components = plan.components.map((c) => {
    const byInput = new Map(c.varied.inputs.map((v) => [v.slot, v]));
    const byFact = new Map(c.varied.facts.map((v) => [v.slot, v]));
    const marginals = dimensions.map((d) => {
      const v = d.kind === 'input' ? byInput.get(d.slot) : d.kind === 'fact' ? byFact.get(d.slot) : undefined;
      return v === undefined ? null : marginal(plan.distribution, v.low, v.value, v.high, v.integer, shapes);
    });
    const drawn = dimensions.flatMap((_, i) => (marginals[i] ? [i] : []));
    return {
      baseInputs: model.inputSlots(c.inputs),
      marginals,
      drawnDims: Int32Array.from(drawn),
      drawnSlots: Int32Array.from(drawn, (i) => (dimensions[i] as PathDimension).slot),
      drawnIsFact: Uint8Array.from(drawn, (i) => ((dimensions[i] as PathDimension).kind === 'fact' ? 1 : 0)),
      drawnMarginals: drawn.map((i) => marginals[i] as Marginal),
      correlation: correlationTarget(dimensions, c.correlations),
    };
  });
  const total = plan.components.reduce((sum, c) => sum + c.weight, 0);
  const cumulative = new Float64Array(plan.components.length);
  let running = 0;
  plan.components.forEach((c, i) => {
    running += c.weight;
    cumulative[i] = i === plan.components.length - 1 ? 1 : running / total;
  });
  const row = (id: LineId) => (model.rowOf.get(id) as number) * model.stride;
  return {
    plan,
    frame,
    dimensions,
    components,
    cumulative,
    strata:
      plan.sampling === 'lhs' ? dimensions.map((_, d) => stratumPermutation(plan.seed, d, plan.paths)) : [],
    rows: SIMULATED_LINES.map(row),
    firstIndex: SIMULATED_LINES.map((id) => model.firstIndex.get(id) ?? 0),
    gapRow: row('flag.fundingGap'),
    gapFirst: model.firstIndex.get('flag.fundingGap') ?? 0,
    profitRow: row('flag.profitable'),
    profitFirst: model.firstIndex.get('flag.profitable') ?? 0,
    uniforms: new Float64Array(BLOCK_PATHS * Math.max(1, dimensions.length)),
    factDefaults: Float64Array.from(model.factDefaults),
    drawnFactSlots: Int32Array.from(dimensions.filter((d) => d.kind === 'fact').map((d) => d.slot)),
    componentOf: new Uint8Array(BLOCK_PATHS),
    groupRows: new Int32Array(BLOCK_PATHS),
    stream: newPathStream(),
  };
}

/** Draws a block's uniforms: each path from its own stream, in its Latin hypercube stratum per dimension. */
function drawBlock(prepared: PreparedSimulation, start: number, count: number): void {
  const { uniforms, strata, stream, plan, componentOf, cumulative } = prepared;
  const dims = prepared.dimensions.length;
  const lhs = strata.length > 0;
  const perPath = 1 / plan.paths;
  const mixed = prepared.components.length > 1;
  for (let p = 0; p < count; p++) {
    const path = start + p;
    seedPathStream(stream, plan.seed, path);
    const base = p * dims;
    // Within a Latin hypercube stratum 32 random bits place the draw finer than 1e-9 of a stratum's width; plain
    // Monte Carlo takes 53.
    if (lhs)
      for (let d = 0; d < dims; d++)
        uniforms[base + d] =
          (stratumOf(strata[d] as StratumPermutation, path) + next32(stream) * 2 ** -32) * perPath;
    else for (let d = 0; d < dims; d++) uniforms[base + d] = nextUniform(stream);
    let c = 0;
    if (mixed) {
      const u = uniforms[base] as number;
      while (u >= (cumulative[c] as number) && c < cumulative.length - 1) c++;
    }
    componentOf[p] = c;
  }
  // Correlations per component, among the block's paths of that component.
  prepared.components.forEach((component, c) => {
    if (component.correlation === null) return;
    let m = 0;
    for (let p = 0; p < count; p++) if (componentOf[p] === c) prepared.groupRows[m++] = p;
    imposeRankCorrelation(
      uniforms,
      dims,
      prepared.groupRows,
      m,
      component.correlation,
      plan.seed,
      (start / BLOCK_PATHS) * 256 + c,
    );
  });
}

/** Sets the frame's inputs and facts for path row `p` of the block just drawn. */
function setPath(prepared: PreparedSimulation, p: number): number {
  const { frame, uniforms } = prepared;
  const c = prepared.componentOf[p] as number;
  const component = prepared.components[c] as PreparedComponent;
  frame.inputs.set(component.baseInputs);
  // Only drawn fact slots ever change: restore those (a facts file may hold thousands the model never reads).
  const { drawnFactSlots, factDefaults } = prepared;
  for (let i = 0; i < drawnFactSlots.length; i++) {
    const slot = drawnFactSlots[i] as number;
    frame.facts[slot] = factDefaults[slot] as number;
  }
  const base = p * prepared.dimensions.length;
  const { drawnDims, drawnSlots, drawnIsFact, drawnMarginals } = component;
  for (let i = 0; i < drawnDims.length; i++) {
    const value = marginalValue(
      drawnMarginals[i] as Marginal,
      uniforms[base + (drawnDims[i] as number)] as number,
    );
    if (drawnIsFact[i] === 1) frame.facts[drawnSlots[i] as number] = value;
    else frame.inputs[drawnSlots[i] as number] = value;
  }
  return c;
}

/**
 * Runs paths `start` … `start + count − 1` (start a whole number of blocks), calling `visit` after each with its
 * offset in the range and its component; the path's values are in `prepared.frame.values` meanwhile. Every path
 * is a function of (plan, index) alone: the same in any thread, chunk or pass.
 * @example runPaths(prepared, 0, 5000, (p) => record(prepared.frame.values))
 */
export function runPaths(
  prepared: PreparedSimulation,
  start: number,
  count: number,
  visit: (offset: number, component: number) => void,
): void {
  if (start % BLOCK_PATHS !== 0) throw new Error(`paths must start at a block boundary, not ${start}`);
  for (let block = 0; block < count; block += BLOCK_PATHS) {
    const size = Math.min(BLOCK_PATHS, count - block);
    drawBlock(prepared, start + block, size);
    for (let p = 0; p < size; p++) {
      const c = setPath(prepared, p);
      prepared.frame.run();
      visit(block + p, c);
    }
  }
}

/** The first year index a flag is 1 (as the summary's `firstYear` reads it), or −1. */
function firstFlag(values: Float64Array, row: number, first: number, yearCount: number): number {
  for (let i = first; i < yearCount; i++) if (values[row + i] === 1) return i;
  return -1;
}

/**
 * The year indexes of the path just run where a funding gap first opens and where operating income first turns
 * ≥ 0, each −1 when never.
 * @example runPaths(prepared, 0, 1000, () => { const [runwayEnd, breakeven] = pathEvents(prepared) })
 */
export function pathEvents(prepared: PreparedSimulation): readonly [number, number] {
  const { values, yearCount } = prepared.frame;
  return [
    firstFlag(values, prepared.gapRow, prepared.gapFirst, yearCount),
    firstFlag(values, prepared.profitRow, prepared.profitFirst, yearCount),
  ];
}

/** A chunk's raw results, plain typed arrays a worker can transfer. */
export interface SimulationChunk {
  readonly start: number;
  readonly count: number;
  /** Per simulated line, per year, per path: `samples[(line * years + year) * count + path]`. */
  readonly samples: Float64Array;
  /** Per path, the year index where a funding gap first opens, or −1. */
  readonly runwayEnd: Int16Array;
  /** Per path, the year index of the first year with operating income ≥ 0, or −1. */
  readonly breakeven: Int16Array;
}

/** The columns of a paths file after the path number and scenario: each drawn input and fact, then the summary. */
export function pathColumns(prepared: PreparedSimulation): readonly string[] {
  return [
    ...prepared.dimensions.filter((d) => d.kind !== 'scenario').map((d) => d.id),
    ...SUMMARY_FIGURES.map((f) => f.key),
  ];
}

/** Paths as rows for a paths file: per path its component and `pathColumns` values (NaN: not reached). */
export interface PathRows {
  readonly start: number;
  readonly count: number;
  readonly components: Uint8Array;
  readonly values: Float64Array;
}

/**
 * Runs a chunk of paths, keeping each path's simulated lines (`samples`) and, for a paths file, its draws and
 * summary (`rows`). A path allocates no typed array.
 * @example simulateChunk(prepared, 0, 5000, { samples: true, rows: false }).chunk
 */
export function simulateChunk(
  prepared: PreparedSimulation,
  start: number,
  count: number,
  keep: { readonly samples: boolean; readonly rows: boolean },
): { readonly chunk: SimulationChunk | null; readonly rows: PathRows | null } {
  const { frame, rows: lineRows, dimensions } = prepared;
  const years = frame.yearCount;
  const samples = keep.samples ? new Float64Array(lineRows.length * years * count) : null;
  const runwayEnd = new Int16Array(count);
  const breakeven = new Int16Array(count);
  const drawn = dimensions.filter((d) => d.kind !== 'scenario');
  const width = drawn.length + SUMMARY_FIGURES.length;
  const rowValues = keep.rows ? new Float64Array(width * count) : null;
  const components = new Uint8Array(count);
  const { values } = frame;
  runPaths(prepared, start, count, (p, c) => {
    if (samples !== null)
      for (let l = 0; l < lineRows.length; l++) {
        const row = lineRows[l] as number;
        const base = l * years * count + p;
        for (let y = 0; y < years; y++) samples[base + y * count] = values[row + y] as number;
      }
    runwayEnd[p] = firstFlag(values, prepared.gapRow, prepared.gapFirst, years);
    breakeven[p] = firstFlag(values, prepared.profitRow, prepared.profitFirst, years);
    if (rowValues !== null) {
      components[p] = c;
      let i = p * width;
      for (const d of drawn)
        rowValues[i++] =
          d.kind === 'input' ? (frame.inputs[d.slot] as number) : (frame.facts[d.slot] as number);
      for (const figure of SUMMARY_FIGURES) rowValues[i++] = evaluateScalar(frame, figure.expr) ?? Number.NaN;
    }
  });
  return {
    chunk: samples === null ? null : { start, count, samples, runwayEnd, breakeven },
    rows: rowValues === null ? null : { start, count, components, values: rowValues },
  };
}

/** The simulation's result, as `aifin simulate --json` prints it. */
export interface SimulationResult {
  readonly scenario: string;
  /** A mixture's scenarios and weights (`--mix`), or null for one scenario. */
  readonly mixture: readonly { readonly scenario: string; readonly weight: number }[] | null;
  readonly paths: number;
  readonly seed: number;
  readonly sampling: Sampling;
  readonly distribution: Distribution;
  readonly years: readonly number[];
  /** Per line, each percentile by year (aligned with `years`; null where the line is not modelled). */
  readonly percentiles: Readonly<
    Record<SimulatedLine, Readonly<Record<PercentileKey, readonly (number | null)[]>>>
  >;
  /** Per year, the share of paths in which a funding gap has opened / operating income has turned ≥ 0 by then. */
  readonly probabilities: {
    readonly runwayEndBy: Readonly<Record<string, number>>;
    readonly breakevenBy: Readonly<Record<string, number>>;
  };
}

function countsByYear(indexes: readonly Int16Array[], yearCount: number): number[] {
  const counts = new Array<number>(yearCount).fill(0);
  for (const chunk of indexes) for (const i of chunk) if (i >= 0) counts[i] = (counts[i] as number) + 1;
  return counts;
}

function cumulativeBy(counts: ArrayLike<number>, years: readonly number[], paths: number) {
  const by: Record<string, number> = {};
  let running = 0;
  years.forEach((year, i) => {
    running += counts[i] as number;
    by[String(year)] = running / paths;
  });
  return by;
}

/** What a method of finding a simulation's percentiles found, before it becomes a `SimulationResult`. */
export interface SimulationFindings {
  readonly paths: number;
  /** A modelled line's percentiles in a year, in `PERCENTILES` order (asked only where the line is modelled). */
  readonly percentilesOf: (line: number, year: number) => readonly number[];
  /** Per year index, how many paths' funding gap first opened / operating income first turned ≥ 0 then. */
  readonly runwayEndCounts: ArrayLike<number>;
  readonly breakevenCounts: ArrayLike<number>;
}

/**
 * The result, shaped the same (same keys, same order) whichever method found the numbers.
 * @example simulationResult(prepared, findings)
 */
export function simulationResult(
  prepared: PreparedSimulation,
  findings: SimulationFindings,
): SimulationResult {
  const { frame, plan } = prepared;
  const percentiles = {} as Record<SimulatedLine, Record<PercentileKey, (number | null)[]>>;
  SIMULATED_LINES.forEach((id, l) => {
    const bands = Object.fromEntries(PERCENTILES.map(([key]) => [key, [] as (number | null)[]])) as Record<
      PercentileKey,
      (number | null)[]
    >;
    for (let y = 0; y < frame.yearCount; y++) {
      if (y < (prepared.firstIndex[l] as number)) {
        for (const [key] of PERCENTILES) bands[key].push(null);
        continue;
      }
      const values = findings.percentilesOf(l, y);
      PERCENTILES.forEach(([key], i) => {
        bands[key].push(values[i] as number);
      });
    }
    percentiles[id] = bands;
  });
  const { years } = frame;
  const { paths } = findings;
  return {
    scenario: plan.scenario,
    mixture: plan.mixture,
    paths,
    seed: plan.seed,
    sampling: plan.sampling,
    distribution: plan.distribution,
    years,
    percentiles,
    probabilities: {
      runwayEndBy: cumulativeBy(findings.runwayEndCounts, years, paths),
      breakevenBy: cumulativeBy(findings.breakevenCounts, years, paths),
    },
  };
}

/**
 * Merges chunks (in any order) into percentiles and probabilities. Every path's value takes part, so the result
 * is exact and the same whatever the chunking; the chunks must cover paths 0 … n − 1 once each.
 * @example mergeChunks(prepared, [chunkA, chunkB])
 */
export function mergeChunks(
  prepared: PreparedSimulation,
  chunks: readonly SimulationChunk[],
): SimulationResult {
  const ordered = [...chunks].sort((a, b) => a.start - b.start);
  let paths = 0;
  for (const chunk of ordered) {
    if (chunk.start !== paths)
      throw new Error(`chunks do not cover the paths: expected ${paths}, got ${chunk.start}`);
    paths += chunk.count;
  }
  const yearCount = prepared.frame.yearCount;
  const column = new Float64Array(paths);
  return simulationResult(prepared, {
    paths,
    percentilesOf: (l, y) => {
      for (const chunk of ordered) {
        const from = (l * yearCount + y) * chunk.count;
        column.set(chunk.samples.subarray(from, from + chunk.count), chunk.start);
      }
      const values: number[] = [];
      percentilesInto(column, PROBABILITIES, values);
      return values;
    },
    runwayEndCounts: countsByYear(
      ordered.map((c) => c.runwayEnd),
      yearCount,
    ),
    breakevenCounts: countsByYear(
      ordered.map((c) => c.breakeven),
      yearCount,
    ),
  });
}
