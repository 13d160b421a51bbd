import { compileFormula, type FormulaContext } from '../internal/model/formulas.js';
import { lineReads, type Node } from './expr.js';
import type { LineId } from './line-ids.js';
import type { Scalar } from './scalar.js';

/** Where the scalar compiler finds lines in the workbook: the layout supplies it. */
export interface ScalarContext extends FormulaContext {
  /** Index of the horizon's last year column. */
  readonly lastIndex: number;
  /** The defined name of a line's whole row of years. */
  readonly lineName: (id: LineId) => string;
  /** The defined name of the year row. */
  readonly yearsName: string;
  /** A line's cells from one year index to another (inclusive), sheet-qualified. */
  readonly lineSpan: (id: LineId, from: number, to: number) => string;
  /** Per line, the index of its first modelled year. */
  readonly firstIndex: ReadonlyMap<LineId, number>;
}

/** Text a formula shows when a year is not reached within the horizon (evaluate() gives null). */
export const NOT_REACHED = 'not reached';

const OPS = { add: '+', sub: '-', mul: '*', div: '/', pow: '^' } as const;

/** True when a per-year expression compiles to an operator at its top, which a sum of such terms must bracket. */
function isArithmetic(node: Node): boolean {
  return node.k in OPS;
}

/**
 * Compiles a scalar (a summary figure, a check's measure or bound) to an English A1 formula body, from the same
 * definition `evaluateScalar` computes. Only forms every engine computes alike (see `workbook/portable-formulas.ts`):
 * a one-row range is indexed with both its row and its column, and a sum or count over the years of a per-year
 * expression is written out year by year rather than as array arithmetic inside SUMPRODUCT, which engines without
 * array evaluation (HyperFormula, Google Sheets, Numbers outside an array formula) compute differently or not at all.
 * @example compileScalar(firstYear('flag.profitable'), ctx) // 'IF(ISNA(MATCH(1,flag_profitable,0)),"not reached",INDEX(years,1,MATCH(1,flag_profitable,0)))'
 */
export function compileScalar(scalar: Scalar, ctx: ScalarContext): string {
  const atLastYear: FormulaContext = {
    ...ctx,
    lineCell: () => {
      throw new Error('a value scalar reads no line');
    },
  };
  /** The year indexes a sum or count runs over: every year all the lines the expression reads are modelled. */
  const yearIndexes = (node: Node): number[] => {
    const first = lineReads(node).reduce(
      (latest, read) => Math.max(latest, (ctx.firstIndex.get(read.id) ?? 0) + read.lag),
      0,
    );
    return Array.from({ length: Math.max(0, ctx.lastIndex - first + 1) }, (_, i) => first + i);
  };
  /** The expression in one year column, bracketed when it is arithmetic so that terms add up as evaluate() does. */
  const inYear = (node: Node, index: number): string => {
    const body = compileFormula(node, ctx, index);
    return isArithmetic(node) ? `(${body})` : body;
  };
  const go = (s: Scalar): string => {
    switch (s.k) {
      case 'value':
        return compileFormula(s.node, atLastYear, ctx.lastIndex);
      case 'last':
        return `INDEX(${ctx.lineName(s.id)},1,COLUMNS(${ctx.lineName(s.id)}))`;
      case 'at':
        return `INDEX(${ctx.lineName(s.id)},1,MATCH(${compileFormula(s.year, atLastYear, ctx.lastIndex)},${ctx.yearsName},0))`;
      case 'firstYear': {
        // Only the honest "no year is flagged" reads as not reached: an engine's error still shows as an error.
        const match = `MATCH(1,${ctx.lineName(s.id)},0)`;
        return `IF(ISNA(${match}),"${NOT_REACHED}",INDEX(${ctx.yearsName},1,${match}))`;
      }
      case 'sum': {
        if (s.node.k === 'line' && s.node.lag === 0) return `SUM(${ctx.lineName(s.node.id)})`;
        const terms = yearIndexes(s.node).map((i) => inYear(s.node, i));
        return terms.length === 0 ? '0' : terms.join('+');
      }
      case 'count': {
        const bound = go(s.bound);
        const terms = yearIndexes(s.node).map(
          (i) => `IF(${compileFormula(s.node, ctx, i)}${s.op}${bound},1,0)`,
        );
        return terms.length === 0 ? '0' : terms.join('+');
      }
      case 'abs':
        return `ABS(${go(s.a)})`;
      case 'max':
        return `MAX(${go(s.a)},${go(s.b)})`;
      default:
        // Arithmetic operands are bracketed: scalars are short, and clarity beats the fewest brackets here.
        return `${term(s.a)}${OPS[s.k]}${term(s.b)}`;
    }
  };
  const arithmetic = (s: Scalar): boolean => s.k in OPS || (s.k === 'value' && s.node.k in OPS);
  const term = (s: Scalar): string => (arithmetic(s) ? `(${go(s)})` : go(s));
  return go(scalar);
}
