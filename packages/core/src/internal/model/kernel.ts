/*
 * The evaluation kernel: a small stack machine that runs a compiled expression for one year column. Expressions
 * stay data (the formula compiler reads the same ones); evaluation runs one tight loop over numbers instead of
 * walking the tree for every line, year and call.
 */

// Opcodes as plain module constants (not object properties) so the interpreter's switch compiles to a jump table.
export const OP_CONST = 0;
export const OP_INPUT = 1;
export const OP_FACT = 2;
export const OP_LINE = 3;
export const OP_YEAR = 4;
export const OP_ADD = 5;
export const OP_SUB = 6;
export const OP_MUL = 7;
export const OP_DIV = 8;
export const OP_MIN = 9;
export const OP_MAX = 10;
export const OP_ABS = 11;
export const OP_RECOGNIZED = 12;
export const OP_WINDOW = 13;
export const OP_IF_GE = 14;
export const OP_IF_LE = 15;
export const OP_IF_LT = 16;
export const OP_IF_GT = 17;
export const OP_IF_EQ = 18;
/** Pops the value on top and stores it as a line's value in this year column: `OP_STORE row`. */
export const OP_STORE = 19;
/** Pushes a loop-invariant value (computed once per evaluation): `OP_INVARIANT slot`. */
export const OP_INVARIANT = 20;
/** Pops the value on top into a loop-invariant slot: `OP_STORE_INVARIANT slot`. */
export const OP_STORE_INVARIANT = 21;

/**
 * Recognized revenue between two run rates: their logarithmic mean (a1 − a0) / ln(a1 / a0), the average of a run
 * rate growing steadily from a0 to a1. Within `flatBand` of each other the log form loses digits to cancellation,
 * so the mean (2·√(a0·a1) + (a0 + a1)/2) / 3 is used there: it differs from the log mean by x⁴/2880 (x the relative
 * change), under 4e-16 inside a band of 1e-3. The workbook writes the same two branches.
 */
export const recognizedRevenue = (a0: number, a1: number, flatBand: number): number =>
  Math.abs(a1 / a0 - 1) < flatBand
    ? (2 * Math.sqrt(a0 * a1) + (a0 + a1) / 2) / 3
    : (a1 - a0) / Math.log(a1 / a0);

/** What a program reads besides its own code: the numbers of one evaluation. */
export interface KernelFrame {
  readonly code: Int32Array;
  /** Folded constants. */
  readonly pool: Float64Array;
  readonly inputs: Float64Array;
  readonly facts: Float64Array;
  /** Values that read no line or year (inputs and facts combined), computed once per evaluation. */
  readonly invariants: Float64Array;
  /** Every line's values: line `row` in year index `i` is at `row * stride + i`. */
  readonly values: Float64Array;
  readonly stride: number;
  readonly flatBand: number;
  /** Scratch stack, deep enough for the deepest expression (sized by the compiler). */
  readonly stack: Float64Array;
}

/** Runs the program at `code[start, end)` for one year column and returns its value. */
export const runProgram = (
  frame: KernelFrame,
  start: number,
  end: number,
  index: number,
  year: number,
): number => {
  const { code, pool, inputs, facts, values, stride, stack } = frame;
  let sp = 0;
  let pc = start;
  while (pc < end) {
    switch (code[pc]) {
      case OP_CONST:
        stack[sp++] = pool[code[pc + 1] as number] as number;
        pc += 2;
        break;
      case OP_INPUT:
        stack[sp++] = inputs[code[pc + 1] as number] as number;
        pc += 2;
        break;
      case OP_FACT:
        stack[sp++] = facts[code[pc + 1] as number] as number;
        pc += 2;
        break;
      case OP_LINE:
        // Reads are checked when the model is compiled (every read year is modelled), so this is a plain read.
        stack[sp++] = values[(code[pc + 1] as number) * stride + index - (code[pc + 2] as number)] as number;
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
      case OP_MIN:
        sp--;
        stack[sp - 1] = Math.min(stack[sp - 1] as number, stack[sp] as number);
        pc += 1;
        break;
      case OP_MAX:
        sp--;
        stack[sp - 1] = Math.max(stack[sp - 1] as number, stack[sp] as number);
        pc += 1;
        break;
      case OP_ABS:
        stack[sp - 1] = Math.abs(stack[sp - 1] as number);
        pc += 1;
        break;
      case OP_RECOGNIZED:
        sp--;
        stack[sp - 1] = recognizedRevenue(stack[sp - 1] as number, stack[sp] as number, frame.flatBand);
        pc += 1;
        break;
      case OP_INVARIANT:
        stack[sp++] = frame.invariants[code[pc + 1] as number] as number;
        pc += 2;
        break;
      case OP_STORE_INVARIANT:
        frame.invariants[code[pc + 1] as number] = stack[--sp] as number;
        pc += 2;
        break;
      case OP_STORE:
        values[(code[pc + 1] as number) * stride + index] = stack[--sp] as number;
        pc += 2;
        break;
      case OP_WINDOW: {
        // Sum of a line over the trailing `span` years (span on the stack), never before the line's first year.
        const row = (code[pc + 1] as number) * stride;
        const first = Math.max(code[pc + 2] as number, index - (stack[sp - 1] as number) + 1);
        let sum = 0;
        for (let i = first; i <= index; i++) sum += values[row + i] as number;
        stack[sp - 1] = sum;
        pc += 3;
        break;
      }
      default: {
        // IF_*: l, r, then, else on the stack. Both branches were computed (expressions have no side effects).
        sp -= 3;
        const l = stack[sp - 1] as number;
        const r = stack[sp] as number;
        const op = code[pc];
        const holds =
          op === OP_IF_GE
            ? l >= r
            : op === OP_IF_LE
              ? l <= r
              : op === OP_IF_LT
                ? l < r
                : op === OP_IF_GT
                  ? l > r
                  : l === r;
        stack[sp - 1] = (holds ? stack[sp + 1] : stack[sp + 2]) as number;
        pc += 1;
      }
    }
  }
  return stack[0] as number;
};
