import { FACTS } from '../facts/facts.js';
import { modelYears } from './calendar.js';
import { type Node, RECOGNIZED_SERIES_THRESHOLD, sameYearDependencies } from './expr.js';
import type { InputValues } from './inputs.js';
import { expressionFor, LINE_IDS, LINES, type LineDef, type LineId } from './lines.js';

/** A yearly series aligned with the model's years; null where the line is not modelled (before its first year). */
export type Series = readonly (number | null)[];

/** Every line's series. */
export type LineValues = Readonly<Record<LineId, Series>>;

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

const ORDER = evaluationOrder(LINES);

/**
 * Evaluates every line for the history years and `horizon` projected years. The kernel: inputs are trusted
 * (scenario files are validated at the edge).
 * @example evaluateLines(BUILTIN_SCENARIOS.base.inputs, 5)['arr.total'][2] // 20 (2025, F7)
 */
export const evaluateLines = (inputs: InputValues, horizon: number): LineValues => {
  const years = modelYears(horizon);
  const values = {} as Record<LineId, (number | null)[]>;
  for (const id of LINE_IDS) values[id] = new Array<number | null>(years.length).fill(null);

  const read = (id: LineId, index: number): number => {
    const value = index >= 0 ? values[id][index] : null;
    if (value === null || value === undefined) throw new Error(`${id} has no value in year index ${index}`);
    return value;
  };

  const run = (node: Node, index: number, y: number): number => {
    switch (node.k) {
      case 'num':
        return node.v;
      case 'input':
        return inputs[node.id];
      case 'fact': {
        const found = factNumbers.get(node.id);
        const value = node.field === 'year' ? found?.year : found?.value;
        if (value === null || value === undefined) throw new Error(`fact ${node.id} has no ${node.field}`);
        return value;
      }
      case 'line':
        return read(node.id, index - node.lag);
      case 'year':
        return y;
      case 'add':
        return run(node.a, index, y) + run(node.b, index, y);
      case 'sub':
        return run(node.a, index, y) - run(node.b, index, y);
      case 'mul':
        return run(node.a, index, y) * run(node.b, index, y);
      case 'div':
        return run(node.a, index, y) / run(node.b, index, y);
      case 'recognized': {
        const a0 = run(node.a0, index, y);
        const a1 = run(node.a1, index, y);
        const x = (a1 - a0) / a0;
        return Math.abs(x) < RECOGNIZED_SERIES_THRESHOLD
          ? a0 * (1 + x / 2 - (x * x) / 12)
          : (a1 - a0) / Math.log(a1 / a0);
      }
      case 'if': {
        const l = run(node.l, index, y);
        const r = run(node.r, index, y);
        const holds = node.op === '>=' ? l >= r : node.op === '<=' ? l <= r : l < r;
        return holds ? run(node.then, index, y) : run(node.else, index, y);
      }
    }
  };

  years.forEach((y, index) => {
    for (const def of ORDER) {
      const node = expressionFor(def, y);
      if (node !== null) values[def.id][index] = run(node, index, y);
    }
  });
  return values;
};
