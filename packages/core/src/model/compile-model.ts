import type { FactId } from '../facts/fact.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { compileGeneratedKernel, compileResultBuilder } from '../internal/model/codegen.js';
import type { ExpressionProgram, KernelLayout } from '../internal/model/kernel-layout.js';
import { compileStackKernel } from '../internal/model/stack-kernel.js';
import { readonlyMap } from '../internal/readonly-map.js';
import { LAST_HISTORY_YEAR, MAX_HORIZON, yearsThrough } from './calendar.js';
import { CHECKS, type CheckDef } from './checks.js';
import { lineReads, type Node, sameYearDependencies } from './expr.js';
import { INPUT_IDS, type InputId, type InputValues } from './inputs.js';
import type { LineId } from './line-ids.js';
import type { LineDef } from './lines.js';

/** A yearly series aligned with the model's years; null where the line is not modelled (before its first year). */
export type Series = readonly (number | null)[];

/** Every line's series. */
export type LineValues = Readonly<Record<LineId, Series>>;

/** The numbers of a fact the model may read: its value and the calendar year it refers to. */
export interface FactNumbers {
  readonly id: FactId;
  readonly value: number | null;
  readonly year: number | null;
}

/** Where a fact's number sits in a model's fact slots. */
export interface FactSlot {
  readonly id: FactId;
  readonly field: 'value' | 'year';
}

/** What a model is compiled from: its line items and the facts they read. */
export interface ModelSpec {
  readonly lines: readonly LineDef[];
  /** The fact set: each numeric fact becomes a slot, filled with this value unless a caller passes others. */
  readonly facts: readonly FactNumbers[];
  /** The last year of history (default 2025): the lines' calibrations must match it (`buildLines`). */
  readonly lastActualYear?: number;
  /**
   * `generated` (default): the expressions as JavaScript the engine compiles, or the stack kernel where the host
   * forbids generated code; `stack`: always the stack kernel (tests hold the two to the same doubles).
   */
  readonly kernel?: 'generated' | 'stack';
  /** The checks the model runs (default: the built-in model's; `checksFor(actuals)` gives a history's own). */
  readonly checks?: readonly CheckDef[];
}

/**
 * A compiled model: a value, not a module. Two instances (two fact sets, two vintages) live side by side; the only
 * state an instance keeps is the scratch it evaluates into, so a call never allocates typed arrays.
 */
export interface Model {
  /** The line items in row order (a line's row is its index here). */
  readonly lines: readonly LineDef[];
  /** The last year of history; projections start the year after. */
  readonly lastActualYear: number;
  /** The checks every evaluation runs, and the Checks sheet lays out. */
  readonly checks: readonly CheckDef[];
  /** The model's years for a horizon: history, then `horizon` projected years. */
  readonly yearsFor: (horizon: number) => readonly number[];
  /** Values per line block: the years of the longest horizon. */
  readonly stride: number;
  /** Index of each line in `lines` (its block in a values buffer). */
  readonly rowOf: ReadonlyMap<LineId, number>;
  /** Per line, the index of its first modelled year (years before it are null). */
  readonly firstIndex: ReadonlyMap<LineId, number>;
  /** The fact slots, and the fact set's number for each. */
  readonly factSlots: readonly FactSlot[];
  readonly factDefaults: readonly number[];
  /** The slot of a fact's value or year; throws for a fact the set does not hold (a programming error). */
  readonly factSlot: (id: FactId, field: 'value' | 'year') => number;
  /**
   * The kernel: evaluates every line for the first `yearCount` model years into `out` (line block
   * `rowOf.get(id) * stride`), reading inputs in `INPUT_IDS` order and facts in `factSlots` order. All three arrays
   * belong to the caller, so a simulation reuses them across paths. Inputs are trusted (validated at the edge).
   */
  readonly evaluateInto: (
    inputs: Float64Array,
    facts: Float64Array,
    yearCount: number,
    out: Float64Array,
  ) => void;
  /** Inputs as kernel slots, in `INPUT_IDS` order. */
  readonly inputSlots: (values: InputValues, into?: Float64Array) => Float64Array;
  /** Evaluates one scenario's inputs into plain arrays (the instance's own scratch is reused between calls). */
  readonly evaluateLines: (inputs: InputValues, horizon: number) => LineValues;
  /**
   * Any expression of the model's graph (a check's per-year part) in one year column, on the kernel, reading the
   * given buffers; compiled on its first use.
   */
  readonly evaluateNode: (
    node: Node,
    inputs: Float64Array,
    facts: Float64Array,
    values: Float64Array,
    index: number,
  ) => number;
  /** The first year index at which every line an expression reads has a value (lagged reads start later). */
  readonly firstReadIndex: (node: Node) => number;
}

/**
 * The buffers a model's `evaluateLines` last wrote and read (its line values, input and fact slots), so that
 * summary figures and checks read the same numbers without copying them.
 */
export interface ModelScratch {
  readonly values: Float64Array;
  readonly inputs: Float64Array;
  readonly facts: Float64Array;
}

/**
 * Each model's scratch, kept out of the model object itself: a model (the shared `BUILTIN_MODEL` above all) is
 * handed to every caller, and a caller writing into its buffers would change every later evaluation.
 */
const scratchOf = new WeakMap<Model, ModelScratch>();

/**
 * The scratch `evaluateLines` last wrote for a model, for `evaluate()`: internal, not part of the public surface.
 * @example BUILTIN_MODEL.evaluateLines(inputs, 5); summarize({ model, years, ...modelScratch(BUILTIN_MODEL) })
 */
export function modelScratch(model: Model): ModelScratch {
  const scratch = scratchOf.get(model);
  if (!scratch) throw new TypeError('modelScratch() needs a model made by compileModel()');
  return scratch;
}

/**
 * True for a model `compileModel` made (not a look-alike object), so the analysis entry points can refuse anything
 * else as a programmer's error before a kernel trusts it.
 * @example isCompiledModel(BUILTIN_MODEL) // true
 */
export function isCompiledModel(value: unknown): value is Model {
  return typeof value === 'object' && value !== null && scratchOf.has(value as Model);
}

/** Lines ordered so that every line comes after the lines it reads in the same year. */
const evaluationOrder = (lines: readonly LineDef[]): readonly LineDef[] => {
  const byId = new Map(lines.map((def) => [def.id, def]));
  const ordered: LineDef[] = [];
  const state = new Map<LineId, 'visiting' | 'done'>();
  const visit = (def: LineDef): void => {
    const seen = state.get(def.id);
    if (seen === 'done') return;
    if (seen === 'visiting') throw new Error(`the model has a same-year cycle through ${def.id}`);
    state.set(def.id, 'visiting');
    const deps = new Set<LineId>();
    for (const node of [def.formula, ...Object.values(def.at ?? {})]) sameYearDependencies(node, deps);
    deps.delete(def.id);
    for (const dep of deps) {
      const target = byId.get(dep);
      if (!target) throw new Error(`${def.id} reads unknown line ${dep}`);
      visit(target);
    }
    state.set(def.id, 'done');
    ordered.push(def);
  };
  for (const def of lines) visit(def);
  return ordered;
};

/**
 * A model defect, found when the model is compiled rather than as a NaN in some year: a line that reads another
 * line (or its own previous year) in a year where that one has no value.
 */
export const assertReadsAreModelled = (
  lines: readonly LineDef[],
  years: readonly number[] = yearsThrough(LAST_HISTORY_YEAR, MAX_HORIZON),
): void => {
  const from = new Map(lines.map((def) => [def.id, def.from]));
  for (const def of lines) {
    for (const year of years) {
      const node = year < def.from ? null : (def.at?.[year] ?? def.formula);
      for (const read of node ? lineReads(node) : []) {
        const readYear = year - read.lag;
        if (readYear < (from.get(read.id) ?? Number.POSITIVE_INFINITY)) {
          throw new Error(`${def.id} in ${year} reads ${read.id} in ${readYear}, before that line starts`);
        }
      }
    }
  }
};

/** Whether a value is a list; not a type guard, so that the spec's own element types are kept. */
function isList(value: unknown): boolean {
  return Array.isArray(value);
}

/** The latest year history may run to: a facts file's periods end in 2100. */
const MAX_LAST_ACTUAL_YEAR = 2100;

/**
 * Compiles line definitions and a fact set into a model instance.
 * @example const model = compileModel({ lines: LINES, facts: FACTS }); model.evaluateLines(inputs, 5)
 */
export const compileModel = (spec: ModelSpec): Model => {
  // A caller's mistake in the spec is a TypeError or a RangeError here, never a process that runs out of memory
  // building a billion years (lastActualYear: 1e9) or a kernel reading undefined.
  if (typeof spec !== 'object' || spec === null)
    throw new TypeError('compileModel() needs a spec { lines, facts }');
  if (!isList(spec.lines)) throw new TypeError('compileModel() needs spec.lines as a list of line items');
  if (!isList(spec.facts)) throw new TypeError('compileModel() needs spec.facts as a list of facts');
  const { lines } = spec;
  const lastActualYear = spec.lastActualYear ?? LAST_HISTORY_YEAR;
  if (typeof lastActualYear !== 'number')
    throw new TypeError(`compileModel() needs lastActualYear as a number, got ${typeof lastActualYear}`);
  if (
    !Number.isInteger(lastActualYear) ||
    lastActualYear < LAST_HISTORY_YEAR ||
    lastActualYear > MAX_LAST_ACTUAL_YEAR
  )
    throw new RangeError(
      `compileModel() needs lastActualYear as a whole year from ${LAST_HISTORY_YEAR} to ${MAX_LAST_ACTUAL_YEAR}, got ${String(lastActualYear)}`,
    );
  // Every horizon's years, made once: evaluate() asks for them on every call.
  const yearsByHorizon = Array.from({ length: MAX_HORIZON + 1 }, (_, h) => yearsThrough(lastActualYear, h));
  const yearsFor = (horizon: number): readonly number[] => {
    const years = yearsByHorizon[horizon];
    if (!years) throw new RangeError(`no model years for horizon ${horizon}`);
    return years;
  };
  const ALL_YEARS = yearsFor(MAX_HORIZON);
  assertReadsAreModelled(lines, ALL_YEARS);
  const stride = ALL_YEARS.length;
  const rowOf = new Map(lines.map((def, i) => [def.id, i]));
  const firstIndex = new Map(lines.map((def) => [def.id, Math.max(0, def.from - (ALL_YEARS[0] ?? 0))]));
  const inputSlot = new Map(INPUT_IDS.map((id, i) => [id, i]));

  const factSlots: FactSlot[] = [];
  const factDefaults: number[] = [];
  const slotOf = new Map<string, number>();
  for (const fact of spec.facts) {
    for (const field of ['value', 'year'] as const) {
      const number = fact[field];
      if (number === null) continue;
      slotOf.set(`${fact.id}.${field}`, factSlots.length);
      factSlots.push({ id: fact.id, field });
      factDefaults.push(number);
    }
  }
  const factSlot = (id: FactId, field: 'value' | 'year'): number => {
    const slot = slotOf.get(`${id}.${field}`);
    if (slot === undefined) throw new Error(`the fact set has no ${field} for ${id}`);
    return slot;
  };

  const layout: KernelLayout = {
    ordered: evaluationOrder(lines),
    years: ALL_YEARS,
    stride,
    row: (id) => {
      const row = rowOf.get(id);
      if (row === undefined) throw new Error(`the model reads unknown line ${id}`);
      return row;
    },
    firstIndex: (id) => firstIndex.get(id) as number,
    inputSlot: (id) => inputSlot.get(id) as number,
    factSlot,
  };
  // JavaScript the engine compiles (many times faster), or the stack machine where the host forbids generated code
  // (a strict Content Security Policy) or the caller asks for it.
  const generated = spec.kernel === 'stack' ? null : compileGeneratedKernel(layout);
  const kernel = generated ?? compileStackKernel(layout);
  const { evaluateInto } = kernel;

  // Expressions outside the lines (the per-year parts of summary figures and checks) compile on first use, each into
  // code of its own that lives as long as the expression, so they run on the kernel instead of a tree walk.
  const expressions = new WeakMap<Node, ExpressionProgram>();
  const evaluateNode = (
    node: Node,
    inputs: Float64Array,
    facts: Float64Array,
    values: Float64Array,
    index: number,
  ): number => {
    let program = expressions.get(node);
    if (!program) {
      program = kernel.expression(node);
      expressions.set(node, program);
    }
    return program(index, inputs, facts, values);
  };

  const readIndexes = new WeakMap<Node, number>();
  const firstReadIndex = (node: Node): number => {
    let first = readIndexes.get(node);
    if (first === undefined) {
      first = lineReads(node).reduce(
        (latest, read) => Math.max(latest, (firstIndex.get(read.id) ?? 0) + read.lag),
        0,
      );
      readIndexes.set(node, first);
    }
    return first;
  };

  const inputSlots = (
    values: InputValues,
    into: Float64Array = new Float64Array(INPUT_IDS.length),
  ): Float64Array => {
    for (let i = 0; i < INPUT_IDS.length; i++) into[i] = values[INPUT_IDS[i] as InputId];
    return into;
  };

  const scratch = new Float64Array(lines.length * stride);
  const inputScratch = new Float64Array(INPUT_IDS.length);
  const factScratch = Float64Array.from(factDefaults);
  const template = Object.fromEntries(lines.map((def) => [def.id, []])) as unknown as Record<LineId, Series>;
  const blocks = lines.map((def) => ({
    id: def.id,
    row: rowOf.get(def.id) as number,
    first: firstIndex.get(def.id) as number,
  }));

  /** Copies the scratch into plain arrays, one loop per line (used where generated code is not allowed). */
  const copyLines = (yearCount: number): LineValues => {
    // Copying a template with every key gives each result the same shape, so the stores below only fill slots.
    const result: Record<LineId, Series> = { ...template };
    for (const { id, row, first } of blocks) {
      // Lines without a gap are built by pushing doubles (a packed array of doubles); lines that start later get a
      // null-filled array. One shared push site for both kinds went polymorphic and slowed this loop the most.
      const offset = row * stride;
      if (first === 0) {
        const series: number[] = [];
        for (let index = 0; index < yearCount; index++) series.push(scratch[offset + index] as number);
        result[id] = series;
      } else {
        const series = new Array<number | null>(yearCount).fill(null);
        for (let index = first; index < yearCount; index++) series[index] = scratch[offset + index] as number;
        result[id] = series;
      }
    }
    return result;
  };

  // With generated code, the result is one object literal of array literals per horizon (at most 15, made on first
  // use): the engine allocates each array at its final size and shape, about three times faster than the loop.
  const builders = new Map<number, ((values: Float64Array) => LineValues) | null>();
  const builderFor = (yearCount: number): ((values: Float64Array) => LineValues) | null => {
    let builder = builders.get(yearCount);
    if (builder === undefined) {
      builder = generated ? compileResultBuilder(layout, lines, yearCount) : null;
      builders.set(yearCount, builder);
    }
    return builder;
  };

  const evaluateLines = (inputs: InputValues, horizon: number): LineValues => {
    const yearCount = yearsFor(horizon).length;
    evaluateInto(inputSlots(inputs, inputScratch), factScratch, yearCount, scratch);
    const builder = builderFor(yearCount);
    return builder ? builder(scratch) : copyLines(yearCount);
  };

  // Frozen, its lookups read-only and its arrays frozen: one caller cannot change a shared instance for another.
  const model: Model = Object.freeze({
    // Line definitions and checks are plain data the model owns from here on: frozen in place, all the way down.
    lines: deepFreeze(lines),
    lastActualYear,
    checks: deepFreeze(spec.checks ?? CHECKS),
    yearsFor,
    stride,
    rowOf: readonlyMap(rowOf),
    firstIndex: readonlyMap(firstIndex),
    factSlots: deepFreeze(factSlots),
    factDefaults: Object.freeze(factDefaults),
    factSlot,
    evaluateInto,
    inputSlots,
    evaluateLines,
    evaluateNode,
    firstReadIndex,
  });
  scratchOf.set(model, { values: scratch, inputs: inputScratch, facts: factScratch });
  return model;
};
