import type { FactId } from '../../facts/fact.js';
import type { Node } from '../../model/expr.js';
import type { InputId } from '../../model/inputs.js';
import type { LineId } from '../../model/line-ids.js';
import type { LineDef } from '../../model/lines.js';

/** Where a compiled model keeps its numbers: what both kernels (generated and stack) compile against. */
export interface KernelLayout {
  /** The line items in evaluation order (each after the lines it reads in the same year). */
  readonly ordered: readonly LineDef[];
  /** Every model year of the longest horizon; a year's index is its column. */
  readonly years: readonly number[];
  /** Values per line block in a values buffer. */
  readonly stride: number;
  /** A line's block index (its row) in a values buffer. */
  readonly row: (id: LineId) => number;
  /** The year index of a line's first modelled year. */
  readonly firstIndex: (id: LineId) => number;
  readonly inputSlot: (id: InputId) => number;
  readonly factSlot: (id: FactId, field: 'value' | 'year') => number;
}

/** One expression evaluated in a year column, reading the given buffers. */
export type ExpressionProgram = (
  index: number,
  inputs: Float64Array,
  facts: Float64Array,
  values: Float64Array,
) => number;

/** A compiled kernel: all lines into a caller's buffer, and any other expression of the graph, one year at a time. */
export interface Kernel {
  readonly evaluateInto: (
    inputs: Float64Array,
    facts: Float64Array,
    yearCount: number,
    out: Float64Array,
  ) => void;
  readonly expression: (node: Node) => ExpressionProgram;
}
