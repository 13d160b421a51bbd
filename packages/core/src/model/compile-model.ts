import type { FactId } from '../facts/fact.js';
import { LAST_HISTORY_YEAR, MAX_HORIZON, yearsThrough } from './calendar.js';
import { type CodegenLayout, compileKernel, jsExpression } from './codegen.js';
import { CONSTANTS } from './constants.js';
import { type Comparison, children, lineReads, type Node, sameYearDependencies, when } from './expr.js';
import { INPUT_IDS, type InputId, type InputValues } from './inputs.js';
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
   * The buffers `evaluateLines` last wrote and read (its line values, input and fact slots), so that summary
   * figures and checks read the same numbers without copying them.
   */
  readonly scratch: {
    readonly values: Float64Array;
    readonly inputs: Float64Array;
    readonly facts: Float64Array;
  };
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

const BINARY_OPS = { add: OP_ADD, sub: OP_SUB, mul: OP_MUL, div: OP_DIV, min: OP_MIN, max: OP_MAX } as const;
const IF_OPS: Readonly<Record<Comparison, number>> = {
  '>=': OP_IF_GE,
  '<=': OP_IF_LE,
  '<': OP_IF_LT,
  '>': OP_IF_GT,
  '=': OP_IF_EQ,
};

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
 * Compiles line definitions and a fact set into a model instance.
 * @example const model = compileModel({ lines: LINES, facts: FACTS }); model.evaluateLines(inputs, 5)
 */
export const compileModel = (spec: ModelSpec): Model => {
  const { lines } = spec;
  const lastActualYear = spec.lastActualYear ?? LAST_HISTORY_YEAR;
  const yearsFor = (horizon: number): readonly number[] => yearsThrough(lastActualYear, horizon);
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
          code.push(OP_INPUT, inputSlot.get(node.id) as number);
          return;
        case 'fact':
          code.push(OP_FACT, factSlot(node.id, node.field));
          return;
        case 'line': {
          const row = rowOf.get(node.id);
          if (row === undefined) throw new Error(`the model reads unknown line ${node.id}`);
          code.push(OP_LINE, row, node.lag);
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
          const row = rowOf.get(node.id);
          if (row === undefined) throw new Error(`the model reads unknown line ${node.id}`);
          code.push(OP_WINDOW, row, firstIndex.get(node.id) as number);
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
  const ordered = evaluationOrder(lines);
  const perYear: number[][] = ALL_YEARS.map(() => []);
  for (const def of ordered) {
    const row = rowOf.get(def.id) as number;
    const formula = compile(def.formula);
    const at = new Map(Object.entries(def.at ?? {}).map(([y, node]) => [Number(y), compile(node)]));
    ALL_YEARS.forEach((year, i) => {
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
    stride,
    flatBand,
    stack,
  });

  const interpret = (
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
        ALL_YEARS[index] as number,
      );
    }
  };

  // The same programs as JavaScript the engine compiles: many times faster than the stack kernel. Where the host
  // forbids generated code (a strict Content Security Policy), or when asked, the stack kernel runs instead.
  const codeLayout: CodegenLayout = {
    inputSlot: (id) => inputSlot.get(id) as number,
    factSlot,
    base: (id) => (rowOf.get(id) as number) * stride,
    firstIndex: (id) => firstIndex.get(id) as number,
    firstYear: ALL_YEARS[0] as number,
  };
  let body = '';
  ALL_YEARS.forEach((year, index) => {
    body += `if(N<=${index})return 0;`;
    for (const def of ordered) {
      if (year < def.from) continue;
      const node = def.at?.[year] ?? def.formula;
      body += `V[${codeLayout.base(def.id) + index}]=${jsExpression(node, index, codeLayout)};`;
    }
  });
  const generated = spec.kernel === 'stack' ? null : compileKernel(`${body}return 0;`);
  const evaluateInto = (
    inputs: Float64Array,
    facts: Float64Array,
    yearCount: number,
    out: Float64Array,
  ): void => {
    if (generated) generated(inputs, facts, out, yearCount);
    else interpret(inputs, facts, yearCount, out);
  };

  // Expressions outside the lines (the per-year parts of summary figures and checks) compile on first use, each
  // into code of its own that lives as long as the expression, so they run on the kernel instead of a tree walk.
  const nodePrograms = new WeakMap<
    Node,
    (index: number, inputs: Float64Array, facts: Float64Array, values: Float64Array) => number
  >();
  const programFor = (node: Node) => {
    checkDepth(node);
    const direct = generated ? compileKernel(`return ${jsExpression(node, 'X', codeLayout)};`) : null;
    if (direct)
      return (index: number, inputs: Float64Array, facts: Float64Array, values: Float64Array) =>
        direct(inputs, facts, values, index);
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
        ALL_YEARS[index] as number,
      );
  };
  const evaluateNode = (
    node: Node,
    inputs: Float64Array,
    facts: Float64Array,
    values: Float64Array,
    index: number,
  ): number => {
    let program = nodePrograms.get(node);
    if (!program) {
      program = programFor(node);
      nodePrograms.set(node, program);
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
  const layout = lines.map((def) => ({
    id: def.id,
    row: rowOf.get(def.id) as number,
    first: firstIndex.get(def.id) as number,
  }));

  /** Copies the scratch into plain arrays, one loop per line (used where generated code is not allowed). */
  const copyLines = (yearCount: number): LineValues => {
    // Copying a template with every key gives each result the same shape, so the stores below only fill slots.
    const result: Record<LineId, Series> = { ...template };
    for (const { id, row, first } of layout) {
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
      const fields = layout.map(({ id, row, first }) => {
        const cells = Array.from({ length: yearCount }, (_, i) =>
          i < first ? 'null' : `V[${row * stride + i}]`,
        );
        return `${JSON.stringify(id)}:[${cells.join(',')}]`;
      });
      const kernel = generated ? compileKernel(`return {${fields.join(',')}};`) : null;
      builder =
        kernel &&
        ((values: Float64Array) => kernel(inputScratch, factScratch, values, 0) as unknown as LineValues);
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

  return {
    lines,
    lastActualYear,
    yearsFor,
    stride,
    rowOf,
    firstIndex,
    factSlots,
    factDefaults,
    factSlot,
    evaluateInto,
    inputSlots,
    evaluateLines,
    scratch: { values: scratch, inputs: inputScratch, facts: factScratch },
    evaluateNode,
    firstReadIndex,
  };
};
