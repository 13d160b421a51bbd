import type { Model } from './compile-model.js';
import { CONSTANTS } from './constants.js';
import { type Comparison, children, type Node } from './expr.js';
import { INPUT_IDS, type InputId } from './inputs.js';
import { recognizedRevenue } from './kernel.js';
import type { LineId } from './line-ids.js';

/**
 * A figure computed from a whole evaluation (a summary figure, a check's measure): plain data, like a line's
 * expression, so that `evaluate()` and the workbook's Cover and Checks formulas read one definition.
 */
export type Scalar =
  /** A per-year expression that reads no line (facts, constants, inputs), in the horizon's last year. */
  | { readonly k: 'value'; readonly node: Node }
  /** A line in the last year of the horizon. */
  | { readonly k: 'last'; readonly id: LineId }
  /** A line in the year a node gives (a fact's year). */
  | { readonly k: 'at'; readonly id: LineId; readonly year: Node }
  /** The first year a flag line is 1, or null when it never is. */
  | { readonly k: 'firstYear'; readonly id: LineId }
  /** The sum over the years of a per-year expression, over every year all the lines it reads are modelled. */
  | { readonly k: 'sum'; readonly node: Node }
  /** How many years a per-year expression compares true with a bound. */
  | { readonly k: 'count'; readonly node: Node; readonly op: Comparison; readonly bound: Scalar }
  | { readonly k: 'abs'; readonly a: Scalar }
  | { readonly k: 'add' | 'sub' | 'mul' | 'div'; readonly a: Scalar; readonly b: Scalar };

export const value = (node: Node): Scalar => ({ k: 'value', node });
export const last = (id: LineId): Scalar => ({ k: 'last', id });
export const at = (id: LineId, year: Node): Scalar => ({ k: 'at', id, year });
export const firstYear = (id: LineId): Scalar => ({ k: 'firstYear', id });
export const sumOver = (node: Node): Scalar => ({ k: 'sum', node });
export const countOver = (node: Node, op: Comparison, bound: Scalar): Scalar => ({
  k: 'count',
  node,
  op,
  bound,
});
export const scalarOp = (k: 'add' | 'sub' | 'mul' | 'div', a: Scalar, b: Scalar): Scalar => ({ k, a, b });
export const scalarAbs = (a: Scalar): Scalar => ({ k: 'abs', a });

/** Every line a per-year node reads, with its lag. */
const reads = (node: Node): { id: LineId; lag: number }[] => [
  ...(node.k === 'line' ? [{ id: node.id, lag: node.lag }] : []),
  ...children(node).flatMap(reads),
];

/** The first year index at which every line a per-year node reads has a value (lagged reads start later). */
export const firstCommonIndex = (node: Node, firstIndex: ReadonlyMap<LineId, number>): number =>
  reads(node).reduce((first, read) => Math.max(first, (firstIndex.get(read.id) ?? 0) + read.lag), 0);

/** What a scalar is evaluated against: a model, the values it wrote, and the inputs and facts it read. */
export interface ScalarFrame {
  readonly model: Model;
  readonly values: Float64Array;
  readonly years: readonly number[];
  readonly inputs: Float64Array;
  readonly facts: Float64Array;
}

const INPUT_SLOT = new Map(INPUT_IDS.map((id, i) => [id, i]));

const compare = (op: Comparison, l: number, r: number): boolean =>
  op === '>=' ? l >= r : op === '<=' ? l <= r : op === '<' ? l < r : op === '>' ? l > r : l === r;

/** A per-year node's value in one year column (a tree walk: scalars are few and run once per evaluation). */
export const nodeAt = (frame: ScalarFrame, node: Node, index: number): number => {
  const { model, values } = frame;
  const go = (n: Node): number => {
    switch (n.k) {
      case 'num':
        return n.v;
      case 'const':
        return CONSTANTS[n.id].value;
      case 'input':
        return frame.inputs[INPUT_SLOT.get(n.id as InputId) as number] as number;
      case 'fact':
        return frame.facts[model.factSlot(n.id, n.field)] as number;
      case 'line':
        return values[(model.rowOf.get(n.id) as number) * model.stride + index - n.lag] as number;
      case 'year':
        return frame.years[index] as number;
      case 'add':
        return go(n.a) + go(n.b);
      case 'sub':
        return go(n.a) - go(n.b);
      case 'mul':
        return go(n.a) * go(n.b);
      case 'div':
        return go(n.a) / go(n.b);
      case 'min':
        return Math.min(go(n.a), go(n.b));
      case 'max':
        return Math.max(go(n.a), go(n.b));
      case 'abs':
        return Math.abs(go(n.a));
      case 'recognized':
        return recognizedRevenue(go(n.a0), go(n.a1), CONSTANTS.flatArrBand.value);
      case 'if':
        return compare(n.op, go(n.l), go(n.r)) ? go(n.then) : go(n.else);
      case 'choice':
        return go(n.options[go({ k: 'input', id: n.input })] ?? (n.options[0] as Node));
      case 'window':
        throw new Error('a trailing sum is a line formula, not a scalar');
    }
  };
  return go(node);
};

/**
 * Evaluates a scalar; null when it is not reached (no year flagged within the horizon).
 * @example evaluateScalar(frame, firstYear('flag.profitable')) // 2029, or null
 */
export const evaluateScalar = (frame: ScalarFrame, scalar: Scalar): number | null => {
  const { model, values, years } = frame;
  const lastIndex = years.length - 1;
  switch (scalar.k) {
    case 'value':
      return nodeAt(frame, scalar.node, lastIndex);
    case 'last':
      return values[(model.rowOf.get(scalar.id) as number) * model.stride + lastIndex] as number;
    case 'at': {
      const index = years.indexOf(nodeAt(frame, scalar.year, lastIndex));
      if (index < (model.firstIndex.get(scalar.id) ?? 0)) return null;
      return values[(model.rowOf.get(scalar.id) as number) * model.stride + index] as number;
    }
    case 'firstYear': {
      const offset = (model.rowOf.get(scalar.id) as number) * model.stride;
      for (let i = model.firstIndex.get(scalar.id) ?? 0; i <= lastIndex; i++)
        if (values[offset + i] === 1) return years[i] as number;
      return null;
    }
    case 'sum': {
      let sum = 0;
      for (let i = firstCommonIndex(scalar.node, model.firstIndex); i <= lastIndex; i++)
        sum += nodeAt(frame, scalar.node, i);
      return sum;
    }
    case 'count': {
      const bound = evaluateScalar(frame, scalar.bound);
      if (bound === null) return null;
      let count = 0;
      for (let i = firstCommonIndex(scalar.node, model.firstIndex); i <= lastIndex; i++)
        if (compare(scalar.op, nodeAt(frame, scalar.node, i), bound)) count++;
      return count;
    }
    case 'abs': {
      const a = evaluateScalar(frame, scalar.a);
      return a === null ? null : Math.abs(a);
    }
    default: {
      const a = evaluateScalar(frame, scalar.a);
      const b = evaluateScalar(frame, scalar.b);
      if (a === null || b === null) return null;
      return scalar.k === 'add' ? a + b : scalar.k === 'sub' ? a - b : scalar.k === 'mul' ? a * b : a / b;
    }
  }
};
