import { CONSTANTS } from '../../model/constants.js';
import type { Node } from '../../model/expr.js';
import type { LineId } from '../../model/line-ids.js';
import { recognizedRevenue } from './kernel.js';
import type { ExpressionProgram, Kernel, KernelLayout } from './kernel-layout.js';

/**
 * The year column an expression is generated for: a fixed index (the model's own programs, one statement per line
 * and year), or the variable X of a function that takes the index (summary and check parts).
 */
export type ColumnIndex = number | 'X';

/**
 * A function the generator writes: reads inputs (I), facts (F) and line values (V) and a number N (the year count
 * for the model's program, the year index for an expression's); writes V or returns a value.
 */
export type GeneratedKernel = (
  inputs: Float64Array,
  facts: Float64Array,
  values: Float64Array,
  n: number,
) => number;

const literal = (v: number): string => (Object.is(v, -0) ? '-0' : v < 0 ? `(${v})` : String(v));
const COMPARE = { '>=': '>=', '<=': '<=', '<': '<', '>': '>', '=': '===' } as const;
const ARITHMETIC = { add: '+', sub: '-', mul: '*', div: '/' } as const;

/**
 * The JavaScript expression of a node in one year column: the same operations in the same order as the stack
 * kernel, so both give the same doubles (a property test holds them to exact equality).
 */
export const jsExpression = (node: Node, index: ColumnIndex, layout: KernelLayout): string => {
  const firstYear = layout.years[0] as number;
  const base = (id: LineId): number => layout.row(id) * layout.stride;
  const at = (base: number, lag: number): string =>
    index === 'X' ? `V[${base - lag}+X]` : `V[${base + index - lag}]`;
  const go = (n: Node): string => {
    switch (n.k) {
      case 'num':
        return literal(n.v);
      case 'const':
        return literal(CONSTANTS[n.id].value);
      case 'input':
        return `I[${layout.inputSlot(n.id)}]`;
      case 'fact':
        return `F[${layout.factSlot(n.id, n.field)}]`;
      case 'line':
        return at(base(n.id), n.lag);
      case 'year':
        return index === 'X' ? `(${firstYear}+X)` : literal(firstYear + index);
      case 'add':
      case 'sub':
      case 'mul':
      case 'div':
        return `(${go(n.a)}${ARITHMETIC[n.k]}${go(n.b)})`;
      case 'min':
      case 'max':
        return `Math.${n.k}(${go(n.a)},${go(n.b)})`;
      case 'abs':
        return `Math.abs(${go(n.a)})`;
      case 'recognized':
        return `R(${go(n.a0)},${go(n.a1)})`;
      case 'if':
        return `(${go(n.l)}${COMPARE[n.op]}${go(n.r)}?${go(n.then)}:${go(n.else)})`;
      case 'choice': {
        const [first, ...rest] = n.options;
        if (!first) throw new Error(`choice on ${n.input} has no options`);
        const slot = layout.inputSlot(n.input);
        return rest.reduce(
          (otherwise, option, i) => `(I[${slot}]===${i + 1}?${go(option)}:${otherwise})`,
          go(first),
        );
      }
      case 'window':
        return `W(V,${base(n.id)},${layout.firstIndex(n.id)},${index},${go(n.span)})`;
    }
  };
  return go(node);
};

/** Sum of a line over the trailing `span` years up to `index`, never before its first year (the kernel's rule). */
const trailing = (values: Float64Array, base: number, first: number, index: number, span: number): number => {
  let sum = 0;
  for (let i = Math.max(first, index - span + 1); i <= index; i++) sum += values[base + i] as number;
  return sum;
};

/**
 * Compiles generated statements into a function, or returns null where the host forbids it (a Content Security
 * Policy without 'unsafe-eval'): the caller keeps the stack kernel then.
 */
export const compileKernel = (body: string): GeneratedKernel | null => {
  const flatBand = CONSTANTS.flatArrBand.value;
  const recognized = (a0: number, a1: number): number => recognizedRevenue(a0, a1, flatBand);
  try {
    // Generated from the model's own expressions (never from user text), so evaluating it is safe.
    const factory = new Function('R', 'W', `"use strict";return function(I,F,V,N){var X=N;${body}};`) as (
      r: typeof recognized,
      w: typeof trailing,
    ) => GeneratedKernel;
    return factory(recognized, trailing);
  } catch {
    return null;
  }
};

/**
 * The model as generated code: one function per year column, each line's expression in evaluation order, stored into
 * its slot of the values buffer. One function per year, not one for the whole model: a function of a few thousand
 * statements is too large for the engine's optimising compiler and runs interpreted, several times slower (measured:
 * 80 lines × 18 years in one function ran no faster than the stack kernel). Null where the host forbids generated code.
 */
export const compileGeneratedKernel = (layout: KernelLayout): Kernel | null => {
  const columns: GeneratedKernel[] = [];
  for (const [index, year] of layout.years.entries()) {
    let body = '';
    for (const def of layout.ordered) {
      if (year < def.from) continue;
      const node = def.at?.[year] ?? def.formula;
      body += `V[${layout.row(def.id) * layout.stride + index}]=${jsExpression(node, index, layout)};`;
    }
    const column = compileKernel(`${body}return 0;`);
    if (!column) return null;
    columns.push(column);
  }
  const expression = (node: Node): ExpressionProgram => {
    const direct = compileKernel(`return ${jsExpression(node, 'X', layout)};`);
    if (!direct) throw new Error('generated code was allowed for the model but not for an expression');
    return (index, inputs, facts, values) => direct(inputs, facts, values, index) as number;
  };
  return {
    evaluateInto: (inputs, facts, yearCount, out) => {
      for (let index = 0; index < yearCount; index++)
        (columns[index] as GeneratedKernel)(inputs, facts, out, index);
    },
    expression,
  };
};

/**
 * A generated function that returns every line's series for `yearCount` years as one object literal of array
 * literals (null before a line starts), read from a values buffer.
 */
export const compileResultBuilder = <Result>(
  layout: KernelLayout,
  lines: readonly { readonly id: LineId }[],
  yearCount: number,
): ((values: Float64Array) => Result) | null => {
  const fields = lines.map(({ id }) => {
    const first = layout.firstIndex(id);
    const base = layout.row(id) * layout.stride;
    const cells = Array.from({ length: yearCount }, (_, i) => (i < first ? 'null' : `V[${base + i}]`));
    return `${JSON.stringify(id)}:[${cells.join(',')}]`;
  });
  const build = compileKernel(`return {${fields.join(',')}};`);
  if (!build) return null;
  const none = new Float64Array(0);
  return (values) => build(none, none, values, 0) as Result;
};
