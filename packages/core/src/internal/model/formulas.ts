import type { FactId } from '../../facts/fact.js';
import type { ConstantId } from '../../model/constants.js';
import type { Node } from '../../model/expr.js';
import { INPUTS, type InputId } from '../../model/inputs.js';
import type { LineId } from '../../model/line-ids.js';

/** Where the compiler finds things in the workbook; the workbook layout supplies it. */
export interface FormulaContext {
  /**
   * The reference of a line in a year column, qualified with its sheet when it is on another one. For formulas over
   * whole rows (Checks, Cover) the context returns a range, shifted by `yearIndex` for lagged reads.
   */
  readonly lineCell: (id: LineId, yearIndex: number) => string;
  /** The reference of the year header of a column, on the sheet being written. */
  readonly yearCell: (yearIndex: number) => string;
  readonly inputName: (id: InputId) => string;
  readonly factName: (id: FactId, field: 'value' | 'year') => string;
  readonly constantName: (id: ConstantId) => string;
  /** A line's whole row of years, and the row of years it is aligned with (for trailing sums). */
  readonly lineRow: (id: LineId) => string;
  readonly yearRow: string;
}

const PRECEDENCE = { add: 1, sub: 1, mul: 2, div: 2 } as const;

const precedence = (node: Node): number =>
  node.k in PRECEDENCE ? PRECEDENCE[node.k as keyof typeof PRECEDENCE] : 3;

const numberLiteral = (v: number): string => {
  const text = String(v).toUpperCase();
  return v < 0 ? `(${text})` : text;
};

/**
 * Compiles an expression to an English A1 formula body (no leading "="), for one year column. Any Excel locale
 * reads it when written through `formulas` (never `formulasLocal`).
 * @example compileFormula(getLine('mix.api').formula, ctx, 3) // "G8/G6" (2026: API ARR ÷ total ARR)
 */
export const compileFormula = (node: Node, ctx: FormulaContext, yearIndex: number): string => {
  const go = (n: Node): string => {
    switch (n.k) {
      case 'num':
        return numberLiteral(n.v);
      case 'const':
        return ctx.constantName(n.id);
      case 'input':
        return ctx.inputName(n.id);
      case 'fact':
        return ctx.factName(n.id, n.field);
      case 'line':
        return ctx.lineCell(n.id, yearIndex - n.lag);
      case 'year':
        return ctx.yearCell(yearIndex);
      case 'add':
      case 'sub':
      case 'mul':
      case 'div': {
        const p = PRECEDENCE[n.k];
        const left = precedence(n.a) < p ? `(${go(n.a)})` : go(n.a);
        // The right side of − and ÷ needs brackets at equal precedence too: a−(b−c) ≠ a−b−c.
        const rightNeedsBrackets =
          precedence(n.b) < p || (precedence(n.b) === p && (n.k === 'sub' || n.k === 'div'));
        const right = rightNeedsBrackets ? `(${go(n.b)})` : go(n.b);
        const op = { add: '+', sub: '-', mul: '*', div: '/' }[n.k];
        return `${left}${op}${right}`;
      }
      case 'min':
      case 'max':
        return `${n.k.toUpperCase()}(${go(n.a)},${go(n.b)})`;
      case 'abs':
        return `ABS(${go(n.a)})`;
      case 'recognized': {
        // The same two branches as the kernel (recognizedRevenue), so the workbook and evaluate() agree to the
        // last digits: the logarithmic mean of the two run rates, or, within the near-flat band, the mean of two
        // geometric means and one arithmetic mean, which equals it there to double precision.
        const a0 = go(n.a0);
        const a1 = go(n.a1);
        const band = ctx.constantName('flatArrBand');
        const geo = `GEOMEAN(${a0},${a1})`;
        return `IF(ABS(${a1}/${a0}-1)<${band},AVERAGE(${geo},${geo},AVERAGE(${a0},${a1})),(${a1}-${a0})/LN(${a1}/${a0}))`;
      }
      case 'if':
        return `IF(${go(n.l)}${n.op}${go(n.r)},${go(n.then)},${go(n.else)})`;
      case 'choice': {
        // Nested IFs on the option's name, the first option last: the workbook's input cell holds the name.
        const names = INPUTS[n.input].choices ?? [];
        const [first, ...rest] = n.options;
        if (!first) throw new Error(`choice on ${n.input} has no options`);
        return rest.reduceRight(
          (otherwise, option, i) =>
            `IF(${ctx.inputName(n.input)}="${names[i + 1] ?? ''}",${go(option)},${otherwise})`,
          go(first),
        );
      }
      case 'window': {
        // Straight-line sums over the trailing years: SUMIFS on the year row, which every Excel and LibreOffice
        // reads, rather than OFFSET (volatile) or a shifting range (different in every column).
        const y = ctx.yearCell(yearIndex);
        const span = go(n.span);
        return `SUMIFS(${ctx.lineRow(n.id)},${ctx.yearRow},">"&(${y}-${span}),${ctx.yearRow},"<="&${y})`;
      }
    }
  };
  return go(node);
};
