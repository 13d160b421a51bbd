import { FACTS } from '../facts/facts.js';
import { MAX_HORIZON, modelYears } from './calendar.js';
import { type Node, RECOGNIZED_SERIES_THRESHOLD, sameYearDependencies } from './expr.js';
import type { InputValues } from './inputs.js';
import { LINE_IDS, LINES, type LineDef, type LineId } from './lines.js';

/** A yearly series aligned with the model's years; null where the line is not modelled (before its first year). */
export type Series = readonly (number | null)[];

/** Every line's series. */
export type LineValues = Readonly<Record<LineId, Series>>;

/** Values of all lines, one block of `STRIDE` years per line, so a compiled reference is a fixed offset. */
const STRIDE = modelYears(MAX_HORIZON).length;

/** A compiled expression: reads inputs, earlier values and the column's index and year. */
type Kernel = (inputs: InputValues, values: Float64Array, index: number, year: number) => number;

const factNumbers: ReadonlyMap<string, { readonly value: number | null; readonly year: number | null }> =
  new Map(FACTS.map((f) => [f.id, { value: f.value, year: f.year }]));

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
    sameYearDependencies(def.formula, deps);
    for (const node of Object.values(def.at ?? {})) sameYearDependencies(node, deps);
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

const SLOT: ReadonlyMap<LineId, number> = new Map(LINE_IDS.map((id, i) => [id, i * STRIDE]));

/**
 * Turns an expression (data) into a closure once, at load time: the model stays data that the formula compiler also
 * reads, while evaluation skips re-walking and re-looking-up the tree for every year of every call.
 */
const compile = (node: Node): Kernel => {
  switch (node.k) {
    case 'num': {
      const { v } = node;
      return () => v;
    }
    case 'input': {
      const { id } = node;
      return (inputs) => inputs[id];
    }
    case 'fact': {
      const found = factNumbers.get(node.id);
      const value = node.field === 'year' ? found?.year : found?.value;
      if (value === null || value === undefined) throw new Error(`fact ${node.id} has no ${node.field}`);
      return () => value;
    }
    case 'line': {
      const slot = SLOT.get(node.id);
      if (slot === undefined) throw new Error(`unknown line ${node.id}`);
      // Reads are checked once, at load time (assertReadsAreModelled), so the hot path is a plain array read.
      const offset = slot - node.lag;
      return (_inputs, values, index) => values[offset + index] as number;
    }
    case 'year':
      return (_inputs, _values, _index, year) => year;
    case 'add': {
      const [a, b] = [compile(node.a), compile(node.b)];
      return (inputs, values, index, year) => a(inputs, values, index, year) + b(inputs, values, index, year);
    }
    case 'sub': {
      const [a, b] = [compile(node.a), compile(node.b)];
      return (inputs, values, index, year) => a(inputs, values, index, year) - b(inputs, values, index, year);
    }
    case 'mul': {
      const [a, b] = [compile(node.a), compile(node.b)];
      return (inputs, values, index, year) => a(inputs, values, index, year) * b(inputs, values, index, year);
    }
    case 'div': {
      const [a, b] = [compile(node.a), compile(node.b)];
      return (inputs, values, index, year) => a(inputs, values, index, year) / b(inputs, values, index, year);
    }
    case 'recognized': {
      const [start, end] = [compile(node.a0), compile(node.a1)];
      return (inputs, values, index, year) => {
        const a0 = start(inputs, values, index, year);
        const a1 = end(inputs, values, index, year);
        const x = (a1 - a0) / a0;
        return Math.abs(x) < RECOGNIZED_SERIES_THRESHOLD
          ? a0 * (1 + x / 2 - (x * x) / 12)
          : (a1 - a0) / Math.log(a1 / a0);
      };
    }
    case 'if': {
      const [l, r, then, otherwise] = [
        compile(node.l),
        compile(node.r),
        compile(node.then),
        compile(node.else),
      ];
      const holds =
        node.op === '>='
          ? (x: number, y: number) => x >= y
          : node.op === '<='
            ? (x: number, y: number) => x <= y
            : (x: number, y: number) => x < y;
      return (inputs, values, index, year) =>
        holds(l(inputs, values, index, year), r(inputs, values, index, year))
          ? then(inputs, values, index, year)
          : otherwise(inputs, values, index, year);
    }
  }
};

interface CompiledLine {
  readonly slot: number;
  /** The kernel for each year index (years always start in 2023), or null before the line starts. */
  readonly kernels: readonly (Kernel | null)[];
}

const ALL_YEARS = modelYears(MAX_HORIZON);

/** Every line reference, with its lag, that a node makes. */
const lineReads = (node: Node): { readonly id: LineId; readonly lag: number }[] => {
  switch (node.k) {
    case 'line':
      return [{ id: node.id, lag: node.lag }];
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      return [...lineReads(node.a), ...lineReads(node.b)];
    case 'recognized':
      return [...lineReads(node.a0), ...lineReads(node.a1)];
    case 'if':
      return [node.l, node.r, node.then, node.else].flatMap(lineReads);
    default:
      return [];
  }
};

/**
 * A model defect, found when the module loads rather than as a NaN in some year: a line that reads another line (or
 * its own previous year) in a year where that one has no value.
 */
export const assertReadsAreModelled = (lines: readonly LineDef[]): void => {
  const from = new Map(lines.map((def) => [def.id, def.from]));
  for (const def of lines) {
    for (const year of ALL_YEARS) {
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
assertReadsAreModelled(LINES);

const COMPILED: readonly CompiledLine[] = evaluationOrder(LINES).map((def) => {
  const formula = compile(def.formula);
  const at = new Map(Object.entries(def.at ?? {}).map(([y, node]) => [Number(y), compile(node)]));
  return {
    slot: SLOT.get(def.id) ?? 0,
    kernels: ALL_YEARS.map((year) => (year < def.from ? null : (at.get(year) ?? formula))),
  };
});

/**
 * Evaluates every line for the history years and `horizon` projected years. The kernel: inputs are trusted
 * (scenario files are validated at the edge).
 * @example evaluateLines(BUILTIN_SCENARIOS.base.inputs, 5)['arr.total'][2] // 20 (2025, F7)
 */
export const evaluateLines = (inputs: InputValues, horizon: number): LineValues => {
  const years = modelYears(horizon);
  const values = new Float64Array(LINE_IDS.length * STRIDE).fill(Number.NaN);
  for (let index = 0; index < years.length; index++) {
    const year = years[index] as number;
    for (const line of COMPILED) {
      const kernel = line.kernels[index];
      if (kernel) values[line.slot + index] = kernel(inputs, values, index, year);
    }
  }
  const result = {} as Record<LineId, (number | null)[]>;
  LINE_IDS.forEach((id, i) => {
    const series = new Array<number | null>(years.length);
    for (let index = 0; index < years.length; index++) {
      const value = values[i * STRIDE + index] as number;
      series[index] = Number.isNaN(value) ? null : value;
    }
    result[id] = series;
  });
  return result;
};
