import type { FactId } from '../facts/fact.js';
import { type Node, RECOGNIZED_SERIES_THRESHOLD } from './expr.js';
import type { InputId } from './inputs.js';
import type { LineId } from './lines.js';

/** Where the compiler finds things in the workbook; the workbook layout supplies it. */
export interface FormulaContext {
  /** The A1 address of a line's cell in a year column, qualified with its sheet when it is on another one. */
  readonly lineCell: (id: LineId, yearIndex: number) => string;
  /** The A1 address of the year header of a column, on the sheet being written. */
  readonly yearCell: (yearIndex: number) => string;
  readonly inputName: (id: InputId) => string;
  readonly factName: (id: FactId, field: 'value' | 'year') => string;
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
      case 'recognized': {
        // The same two branches as the evaluator, so the workbook and evaluate() agree to the last digits.
        const a0 = go(n.a0);
        const a1 = go(n.a1);
        const x = `((${a1}-${a0})/${a0})`;
        const threshold = numberLiteral(RECOGNIZED_SERIES_THRESHOLD);
        return `IF(ABS${x}<${threshold},${a0}*(1+${x}/2-${x}*${x}/12),(${a1}-${a0})/LN(${a1}/${a0}))`;
      }
      case 'if':
        return `IF(${go(n.l)}${n.op}${go(n.r)},${go(n.then)},${go(n.else)})`;
    }
  };
  return go(node);
};
