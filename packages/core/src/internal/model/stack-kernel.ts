import { CONSTANTS } from '../../model/constants.js';
import { type Comparison, children, type Node, when } from '../../model/expr.js';
import {
  type KernelFrame,
  OP_ABS,
  OP_ADD,
  OP_CONST,
  OP_DIV,
  OP_FACT,
  OP_IF_EQ,
  OP_IF_GE,
  OP_IF_GT,
  OP_IF_LE,
  OP_IF_LT,
  OP_INPUT,
  OP_INVARIANT,
  OP_LINE,
  OP_MAX,
  OP_MIN,
  OP_MUL,
  OP_RECOGNIZED,
  OP_STORE,
  OP_STORE_INVARIANT,
  OP_SUB,
  OP_WINDOW,
  OP_YEAR,
  runProgram,
} from './kernel.js';
import type { Kernel, KernelLayout } from './kernel-layout.js';

const BINARY_OPS = { add: OP_ADD, sub: OP_SUB, mul: OP_MUL, div: OP_DIV, min: OP_MIN, max: OP_MAX } as const;
const IF_OPS: Readonly<Record<Comparison, number>> = {
  '>=': OP_IF_GE,
  '<=': OP_IF_LE,
  '<': OP_IF_LT,
  '>': OP_IF_GT,
  '=': OP_IF_EQ,
};

/** Values the evaluation stack holds: far deeper than any expression of the model (checked when compiling). */
const STACK_DEPTH = 256;

/** Node kinds that are already a single read: hoisting them would only add a step. */
const LEAVES: ReadonlySet<Node['k']> = new Set(['num', 'const', 'input', 'fact']);

/** True when a node reads no line and no year: its value is the same in every year column. */
const isInvariant = (node: Node): boolean =>
  node.k !== 'line' && node.k !== 'year' && node.k !== 'window' && children(node).every(isInvariant);

/** Depth of the evaluation stack a node needs. */
const stackDepth = (node: Node): number =>
  children(node).reduce((deepest, child, i) => Math.max(deepest, i + stackDepth(child)), 1);

/**
 * Compiles the model to programs of the stack machine in `kernel.ts`: the kernel where generated code is not
 * allowed, and the reference the generated one is held to.
 */
export const compileStackKernel = (layout: KernelLayout): Kernel => {
  // Subexpressions that read no line and no year (1 − a fade, F1 × a share) are the same in every year column: they
  // are computed once per evaluation, by a program of their own, into invariant slots the year programs read.
  const invariantCode: number[] = [];
  const invariantSlots = new Map<string, number>();
  const invariantSlot = (node: Node): number => {
    const key = JSON.stringify(node);
    let slot = invariantSlots.get(key);
    if (slot === undefined) {
      slot = invariantSlots.size;
      invariantSlots.set(key, slot);
      emitterInto(invariantCode, pool, false)(node);
      invariantCode.push(OP_STORE_INVARIANT, slot);
    }
    return slot;
  };

  /**
   * An emitter appending programs (postfix: operands first) to one code array and its constant pool; with `hoist`,
   * invariant subexpressions become reads of their slots.
   */
  const emitterInto = (code: number[], pool: number[], hoist: boolean): ((node: Node) => void) => {
    const constant = (v: number): void => {
      code.push(OP_CONST, pool.push(v) - 1);
    };
    const emit = (node: Node): void => {
      if (hoist && !LEAVES.has(node.k) && isInvariant(node)) {
        code.push(OP_INVARIANT, invariantSlot(node));
        return;
      }
      switch (node.k) {
        case 'num':
          constant(node.v);
          return;
        case 'const':
          constant(CONSTANTS[node.id].value);
          return;
        case 'input':
          code.push(OP_INPUT, layout.inputSlot(node.id));
          return;
        case 'fact':
          code.push(OP_FACT, layout.factSlot(node.id, node.field));
          return;
        case 'line': {
          code.push(OP_LINE, layout.row(node.id), node.lag);
          return;
        }
        case 'year':
          code.push(OP_YEAR);
          return;
        case 'add':
        case 'sub':
        case 'mul':
        case 'div':
        case 'min':
        case 'max':
          emit(node.a);
          emit(node.b);
          code.push(BINARY_OPS[node.k]);
          return;
        case 'abs':
          emit(node.a);
          code.push(OP_ABS);
          return;
        case 'recognized':
          emit(node.a0);
          emit(node.a1);
          code.push(OP_RECOGNIZED);
          return;
        case 'if':
          for (const child of [node.l, node.r, node.then, node.else]) emit(child);
          code.push(IF_OPS[node.op]);
          return;
        case 'choice': {
          // Option i when the input's value is i; the first option otherwise (values are validated at the edge).
          const [first, ...rest] = node.options;
          if (!first) throw new Error(`choice on ${node.input} has no options`);
          let chosen: Node = first;
          rest.forEach((option, i) => {
            const index: Node = { k: 'num', v: i + 1 };
            chosen = when({ k: 'input', id: node.input }, '=', index, option, chosen);
          });
          emit(chosen);
          return;
        }
        case 'window': {
          emit(node.span);
          code.push(OP_WINDOW, layout.row(node.id), layout.firstIndex(node.id));
          return;
        }
      }
    };

    return emit;
  };

  const code: number[] = [];
  const pool: number[] = [];
  const emit = emitterInto(code, pool, true);
  const checkDepth = (node: Node): void => {
    if (stackDepth(node) > STACK_DEPTH / 4)
      throw new Error('an expression is too deep for the evaluation stack');
  };
  const compile = (node: Node): { readonly start: number; readonly end: number } => {
    checkDepth(node);
    const start = code.length;
    emit(node);
    return { start, end: code.length };
  };

  // One program per year column: every line's expression for that year in evaluation order, each followed by a
  // store into its row, so evaluating a year is one run of the kernel rather than a call per line.
  const perYear: number[][] = layout.years.map(() => []);
  for (const def of layout.ordered) {
    const row = layout.row(def.id);
    const formula = compile(def.formula);
    const at = new Map(Object.entries(def.at ?? {}).map(([y, node]) => [Number(y), compile(node)]));
    layout.years.forEach((year, i) => {
      if (year < def.from) return;
      const { start, end } = at.get(year) ?? formula;
      perYear[i]?.push(...code.slice(start, end), OP_STORE, row);
    });
  }
  const poolArray = Float64Array.from(pool);
  const yearPrograms = perYear.map((program) => ({ code: Int32Array.from(program), pool: poolArray }));
  const invariantProgram = { code: Int32Array.from(invariantCode), pool: poolArray };
  const invariants = new Float64Array(invariantSlots.size);
  const stack = new Float64Array(STACK_DEPTH);
  const flatBand = CONSTANTS.flatArrBand.value;
  const frameOf = (
    inputs: Float64Array,
    facts: Float64Array,
    values: Float64Array,
    program: { readonly code: Int32Array; readonly pool: Float64Array },
  ): KernelFrame => ({
    code: program.code,
    pool: program.pool,
    inputs,
    facts,
    invariants,
    values,
    stride: layout.stride,
    flatBand,
    stack,
  });

  const evaluateInto = (
    inputs: Float64Array,
    facts: Float64Array,
    yearCount: number,
    out: Float64Array,
  ): void => {
    runProgram(frameOf(inputs, facts, out, invariantProgram), 0, invariantProgram.code.length, 0, 0);
    for (let index = 0; index < yearCount; index++) {
      const program = yearPrograms[index] as { readonly code: Int32Array; readonly pool: Float64Array };
      runProgram(
        frameOf(inputs, facts, out, program),
        0,
        program.code.length,
        index,
        layout.years[index] as number,
      );
    }
  };

  const expression = (node: Node) => {
    checkDepth(node);
    const own: number[] = [];
    const constants: number[] = [];
    emitterInto(own, constants, false)(node);
    const program = { code: Int32Array.from(own), pool: Float64Array.from(constants) };
    return (index: number, inputs: Float64Array, facts: Float64Array, values: Float64Array) =>
      runProgram(
        frameOf(inputs, facts, values, program),
        0,
        program.code.length,
        index,
        layout.years[index] as number,
      );
  };

  return { evaluateInto, expression };
};
