import { lineReads } from './expr.js';
import { compileFormula, type FormulaContext } from './formulas.js';
import type { LineId } from './line-ids.js';
import type { Scalar } from './scalar.js';

/** Where the scalar compiler finds lines in the workbook: the layout supplies it. */
export interface ScalarContext extends Omit<FormulaContext, 'lineCell'> {
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

/**
 * Compiles a scalar (a summary figure, a check's measure or bound) to an English A1 formula body, from the same
 * definition `evaluateScalar` computes.
 * @example compileScalar(firstYear('flag.profitable'), ctx) // 'IFERROR(INDEX(years,MATCH(1,flag_profitable,0)),"not reached")'
 */
export const compileScalar = (scalar: Scalar, ctx: ScalarContext): string => {
  const atLastYear: FormulaContext = {
    ...ctx,
    lineCell: () => {
      throw new Error('a value scalar reads no line');
    },
  };
  /** Every line read becomes its span over the years the whole expression is modelled, shifted by its lag. */
  const overYears = (node: Scalar & { readonly k: 'sum' | 'count' }): string => {
    const first = lineReads(node.node).reduce(
      (latest, read) => Math.max(latest, (ctx.firstIndex.get(read.id) ?? 0) + read.lag),
      0,
    );
    const spans: FormulaContext = {
      ...ctx,
      lineCell: (id, shift) => ctx.lineSpan(id, first + shift, ctx.lastIndex + shift),
    };
    return compileFormula(node.node, spans, 0);
  };
  const go = (s: Scalar): string => {
    switch (s.k) {
      case 'value':
        return compileFormula(s.node, atLastYear, ctx.lastIndex);
      case 'last':
        return `INDEX(${ctx.lineName(s.id)},COLUMNS(${ctx.lineName(s.id)}))`;
      case 'at':
        return `INDEX(${ctx.lineName(s.id)},MATCH(${compileFormula(s.year, atLastYear, ctx.lastIndex)},${ctx.yearsName},0))`;
      case 'firstYear':
        return `IFERROR(INDEX(${ctx.yearsName},MATCH(1,${ctx.lineName(s.id)},0)),"${NOT_REACHED}")`;
      case 'sum':
        return s.node.k === 'line' && s.node.lag === 0
          ? `SUM(${ctx.lineName(s.node.id)})`
          : `SUMPRODUCT(${overYears(s)})`;
      case 'count':
        return `SUMPRODUCT(--(${overYears(s)}${s.op}${go(s.bound)}))`;
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
};
