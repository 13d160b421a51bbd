import type { Model } from './compile-model.js';
import type { Comparison, Node } from './expr.js';
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
  | { readonly k: ScalarOp; readonly a: Scalar; readonly b: Scalar };

/** Arithmetic between two scalars: the four operations, a power (an IRR from a multiple) and the larger of two. */
export type ScalarOp = 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'max';

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
export const scalarOp = (k: ScalarOp, a: Scalar, b: Scalar): Scalar => ({ k, a, b });
export const scalarAbs = (a: Scalar): Scalar => ({ k: 'abs', a });

/** What a scalar is evaluated against: a model, the values it wrote, and the inputs and facts it read. */
export interface ScalarFrame {
  readonly model: Model;
  readonly values: Float64Array;
  readonly years: readonly number[];
  readonly inputs: Float64Array;
  readonly facts: Float64Array;
}

const compare = (op: Comparison, l: number, r: number): boolean =>
  op === '>=' ? l >= r : op === '<=' ? l <= r : op === '<' ? l < r : op === '>' ? l > r : l === r;

/** A per-year node's value in one year column, on the model's kernel. */
export const nodeAt = (frame: ScalarFrame, node: Node, index: number): number =>
  frame.model.evaluateNode(node, frame.inputs, frame.facts, frame.values, index);

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
      for (let i = model.firstReadIndex(scalar.node); i <= lastIndex; i++)
        sum += nodeAt(frame, scalar.node, i);
      return sum;
    }
    case 'count': {
      const bound = evaluateScalar(frame, scalar.bound);
      if (bound === null) return null;
      let count = 0;
      for (let i = model.firstReadIndex(scalar.node); i <= lastIndex; i++)
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
      switch (scalar.k) {
        case 'add':
          return a + b;
        case 'sub':
          return a - b;
        case 'mul':
          return a * b;
        case 'div':
          return a / b;
        case 'pow':
          return a ** b;
        default:
          return Math.max(a, b);
      }
    }
  }
};
