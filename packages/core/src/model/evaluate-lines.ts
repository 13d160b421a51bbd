import { FACTS } from '../facts/facts.js';
import { MAX_HORIZON, modelYears } from './calendar.js';
import { type Node, RECOGNIZED_SERIES_THRESHOLD, sameYearDependencies } from './expr.js';
import { INPUT_IDS, type InputId, type InputValues } from './inputs.js';
import { LINE_IDS, LINES, type LineDef, type LineId } from './lines.js';

/** A yearly series aligned with the model's years; null where the line is not modelled (before its first year). */
export type Series = readonly (number | null)[];

/** Every line's series. */
export type LineValues = Readonly<Record<LineId, Series>>;

/** Values of all lines while evaluating: one block of `STRIDE` years per line, so a reference is an offset. */
const STRIDE = modelYears(MAX_HORIZON).length;

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

const ROW: ReadonlyMap<LineId, number> = new Map(LINE_IDS.map((id, i) => [id, i]));
const INPUT_SLOT: ReadonlyMap<InputId, number> = new Map(INPUT_IDS.map((id, i) => [id, i]));

/*
 * Expressions are compiled once, at load time, to a small stack-machine program: the model stays data that the
 * formula compiler also reads, while evaluation runs one tight loop over numbers instead of walking the tree (or
 * calling a closure per node) for every line, year and call. Constant subtrees (numbers, facts) are folded.
 */
// Opcodes as plain module constants (not object properties) so the interpreter's switch compiles to a jump table.
const OP_CONST = 0;
const OP_INPUT = 1;
const OP_LINE = 2;
const OP_YEAR = 3;
const OP_ADD = 4;
const OP_SUB = 5;
const OP_MUL = 6;
const OP_DIV = 7;
const OP_RECOGNIZED = 8;
const OP_IF_GE = 9;
const OP_IF_LE = 10;
const OP_IF_LT = 11;

const IF_OPS = { '>=': OP_IF_GE, '<=': OP_IF_LE, '<': OP_IF_LT } as const;
const BINARY_OPS = { add: OP_ADD, sub: OP_SUB, mul: OP_MUL, div: OP_DIV } as const;

const recognizedRevenue = (a0: number, a1: number): number => {
  const x = (a1 - a0) / a0;
  return Math.abs(x) < RECOGNIZED_SERIES_THRESHOLD
    ? a0 * (1 + x / 2 - (x * x) / 12)
    : (a1 - a0) / Math.log(a1 / a0);
};

const compare = (op: '>=' | '<=' | '<', l: number, r: number): boolean =>
  op === '>=' ? l >= r : op === '<=' ? l <= r : l < r;

/** The value of a subtree that reads no input, line or year (numbers, facts and arithmetic on them), else undefined. */
const constantValue = (node: Node): number | undefined => {
  switch (node.k) {
    case 'num':
      return node.v;
    case 'fact': {
      const found = factNumbers.get(node.id);
      const value = node.field === 'year' ? found?.year : found?.value;
      if (value === null || value === undefined) throw new Error(`fact ${node.id} has no ${node.field}`);
      return value;
    }
    case 'add':
    case 'sub':
    case 'mul':
    case 'div': {
      const [a, b] = [constantValue(node.a), constantValue(node.b)];
      if (a === undefined || b === undefined) return undefined;
      return node.k === 'add' ? a + b : node.k === 'sub' ? a - b : node.k === 'mul' ? a * b : a / b;
    }
    case 'recognized': {
      const [a0, a1] = [constantValue(node.a0), constantValue(node.a1)];
      return a0 === undefined || a1 === undefined ? undefined : recognizedRevenue(a0, a1);
    }
    case 'if': {
      const [l, r, then, otherwise] = [node.l, node.r, node.then, node.else].map(constantValue);
      if (l === undefined || r === undefined || then === undefined || otherwise === undefined)
        return undefined;
      return compare(node.op, l, r) ? then : otherwise;
    }
    default:
      return undefined;
  }
};

const CODE: number[] = [];
const POOL: number[] = [];

/** Appends a node's program (postfix: operands first) to CODE; constant subtrees become one CONST. */
const emit = (node: Node): void => {
  const folded = constantValue(node);
  if (folded !== undefined) {
    CODE.push(OP_CONST, POOL.push(folded) - 1);
    return;
  }
  switch (node.k) {
    case 'input':
      CODE.push(OP_INPUT, INPUT_SLOT.get(node.id) ?? -1);
      return;
    case 'line':
      CODE.push(OP_LINE, ROW.get(node.id) ?? -1, node.lag);
      return;
    case 'year':
      CODE.push(OP_YEAR);
      return;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      emit(node.a);
      emit(node.b);
      CODE.push(BINARY_OPS[node.k]);
      return;
    case 'recognized':
      emit(node.a0);
      emit(node.a1);
      CODE.push(OP_RECOGNIZED);
      return;
    case 'if':
      // Both branches are computed and one is kept: expressions have no side effects, and an unused branch's
      // NaN or Infinity goes nowhere.
      for (const child of [node.l, node.r, node.then, node.else]) emit(child);
      CODE.push(IF_OPS[node.op]);
      return;
    default:
      throw new Error(`cannot compile ${node.k}`);
  }
};

/** A program's span in CODE. */
interface Program {
  readonly start: number;
  readonly end: number;
}

const compile = (node: Node): Program => {
  const start = CODE.length;
  emit(node);
  return { start, end: CODE.length };
};

const STACK = new Float64Array(64);

/** Runs one program for one year column. */
const run = (
  program: Program,
  code: Int32Array,
  pool: Float64Array,
  inputs: Float64Array,
  values: Float64Array,
  index: number,
  year: number,
): number => {
  const stack = STACK;
  let sp = 0;
  let pc = program.start;
  while (pc < program.end) {
    switch (code[pc]) {
      case OP_CONST:
        stack[sp++] = pool[code[pc + 1] as number] as number;
        pc += 2;
        break;
      case OP_INPUT:
        stack[sp++] = inputs[code[pc + 1] as number] as number;
        pc += 2;
        break;
      case OP_LINE:
        // Reads are checked once, at load time (assertReadsAreModelled), so this is a plain array read.
        stack[sp++] = values[(code[pc + 1] as number) * STRIDE + index - (code[pc + 2] as number)] as number;
        pc += 3;
        break;
      case OP_YEAR:
        stack[sp++] = year;
        pc += 1;
        break;
      case OP_ADD:
        sp--;
        stack[sp - 1] = (stack[sp - 1] as number) + (stack[sp] as number);
        pc += 1;
        break;
      case OP_SUB:
        sp--;
        stack[sp - 1] = (stack[sp - 1] as number) - (stack[sp] as number);
        pc += 1;
        break;
      case OP_MUL:
        sp--;
        stack[sp - 1] = (stack[sp - 1] as number) * (stack[sp] as number);
        pc += 1;
        break;
      case OP_DIV:
        sp--;
        stack[sp - 1] = (stack[sp - 1] as number) / (stack[sp] as number);
        pc += 1;
        break;
      case OP_RECOGNIZED:
        sp--;
        stack[sp - 1] = recognizedRevenue(stack[sp - 1] as number, stack[sp] as number);
        pc += 1;
        break;
      default: {
        // IF_GE, IF_LE, IF_LT: l, r, then, else on the stack.
        sp -= 3;
        const [l, r] = [stack[sp - 1] as number, stack[sp] as number];
        const holds = code[pc] === OP_IF_GE ? l >= r : code[pc] === OP_IF_LE ? l <= r : l < r;
        stack[sp - 1] = (holds ? stack[sp + 1] : stack[sp + 2]) as number;
        pc += 1;
      }
    }
  }
  return stack[0] as number;
};

interface CompiledLine {
  readonly id: LineId;
  readonly row: number;
  /** Years before the line starts: null in its series. */
  readonly leadingNulls: number;
  /** The program for each year index (years always start in 2023), or null before the line starts. */
  readonly programs: readonly (Program | null)[];
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
    id: def.id,
    row: ROW.get(def.id) ?? 0,
    leadingNulls: ALL_YEARS.filter((year) => year < def.from).length,
    programs: ALL_YEARS.map((year) => (year < def.from ? null : (at.get(year) ?? formula))),
  };
});

const CODE_ARRAY = Int32Array.from(CODE);
const POOL_ARRAY = Float64Array.from(POOL);

/**
 * Scratch space reused by every call (evaluation is synchronous, so calls never overlap): allocating typed arrays
 * per call was the largest single cost. Every value read is written earlier in the same call (checked at load).
 */
const SCRATCH = new Float64Array(LINE_IDS.length * STRIDE);
const INPUT_SCRATCH = new Float64Array(INPUT_IDS.length);
const RESULT_TEMPLATE = Object.fromEntries(LINE_IDS.map((id) => [id, []])) as unknown as Record<
  LineId,
  Series
>;

/**
 * Evaluates every line for the history years and `horizon` projected years. The kernel: inputs are trusted
 * (scenario files are validated at the edge).
 * @example evaluateLines(BUILTIN_SCENARIOS.base.inputs, 5)['arr.total'][2] // 20 (2025, F7)
 */
export const evaluateLines = (inputs: InputValues, horizon: number): LineValues => {
  const years = modelYears(horizon);
  const values = SCRATCH;
  for (let i = 0; i < INPUT_IDS.length; i++) INPUT_SCRATCH[i] = inputs[INPUT_IDS[i] as InputId];
  for (let index = 0; index < years.length; index++) {
    const year = years[index] as number;
    for (const line of COMPILED) {
      const program = line.programs[index];
      if (program)
        values[line.row * STRIDE + index] = run(
          program,
          CODE_ARRAY,
          POOL_ARRAY,
          INPUT_SCRATCH,
          values,
          index,
          year,
        );
    }
  }
  // Copying a template with every key gives each result the same shape, so the stores below only fill slots.
  const result: Record<LineId, Series> = { ...RESULT_TEMPLATE };
  for (const line of COMPILED) {
    // Lines without a gap are built by pushing doubles (a packed array of doubles); lines that start later get a
    // null-filled array of the right length. One shared push site for both kinds went polymorphic and made this
    // loop the most expensive part of evaluate().
    const first = line.row * STRIDE;
    if (line.leadingNulls === 0) {
      const series: number[] = [];
      for (let index = 0; index < years.length; index++) series.push(values[first + index] as number);
      result[line.id] = series;
    } else {
      const series = new Array<number | null>(years.length).fill(null);
      for (let index = line.leadingNulls; index < years.length; index++)
        series[index] = values[first + index] as number;
      result[line.id] = series;
    }
  }
  return result;
};
