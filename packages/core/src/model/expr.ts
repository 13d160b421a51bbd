import type { FactId } from '../facts/fact.js';
import type { Unit } from '../units.js';
import type { InputId } from './inputs.js';
import type { LineId } from './lines.js';

/**
 * A model expression: plain, serialisable data. The evaluator turns it into numbers and the formula compiler
 * into an Excel A1 formula, so both read the same definition.
 */
export type Node =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'input'; readonly id: InputId }
  | { readonly k: 'fact'; readonly id: FactId; readonly field: 'value' | 'year' }
  | { readonly k: 'line'; readonly id: LineId; readonly lag: 0 | 1 }
  | { readonly k: 'year' }
  | { readonly k: 'add' | 'sub' | 'mul' | 'div'; readonly a: Node; readonly b: Node }
  /** Recognized revenue of a year from the run rate at its start (a0) and end (a1): (a1 − a0) / ln(a1 / a0). */
  | { readonly k: 'recognized'; readonly a0: Node; readonly a1: Node }
  | {
      readonly k: 'if';
      readonly op: '>=' | '<=' | '<';
      readonly l: Node;
      readonly r: Node;
      readonly then: Node;
      readonly else: Node;
    };

declare const exprUnit: unique symbol;

/** A node whose value has unit `U` (a compile-time tag only; nothing extra exists at run time). */
export type Expr<U extends Unit> = Node & { readonly [exprUnit]?: U };

const tag = <U extends Unit>(node: Node): Expr<U> => node as Expr<U>;

/** A constant. @example num('ratio', 1) */
export const num = <U extends Unit>(_unit: U, v: number): Expr<U> => tag({ k: 'num', v });
/** A scenario input by key; its unit is declared by the input table. */
export const input = <U extends Unit>(_unit: U, id: InputId): Expr<U> => tag({ k: 'input', id });
/** A sourced fact's value. @example fact('usdB', 'F7') */
export const fact = <U extends Unit>(_unit: U, id: FactId): Expr<U> => tag({ k: 'fact', id, field: 'value' });
/** The calendar year a fact refers to (F4's "by 2029"). */
export const factYear = (id: FactId): Expr<'year'> => tag({ k: 'fact', id, field: 'year' });
/** Another line item in the same year. */
export const line = <U extends Unit>(_unit: U, id: LineId): Expr<U> => tag({ k: 'line', id, lag: 0 });
/** Another line item (or this one) in the previous year. */
export const prev = <U extends Unit>(_unit: U, id: LineId): Expr<U> => tag({ k: 'line', id, lag: 1 });
/** The year of the column being computed. */
export const year: Expr<'year'> = tag({ k: 'year' });

// NoInfer: the unit comes from the left operand, so a right operand of another unit is an error, not a union.
export const add = <U extends Unit>(a: Expr<U>, b: NoInfer<Expr<U>>): Expr<U> => tag({ k: 'add', a, b });
export const sub = <U extends Unit>(a: Expr<U>, b: NoInfer<Expr<U>>): Expr<U> => tag({ k: 'sub', a, b });

/** Scales a quantity by a ratio; the unit of the quantity is kept. */
export function mul<U extends Unit>(a: Expr<U>, b: Expr<'ratio'>): Expr<U>;
/** GW times USD B per GW is USD B. */
export function mul(a: Expr<'gw'>, b: Expr<'usdBPerGw'>): Expr<'usdB'>;
/** ARR times a valuation multiple is a valuation in USD B. */
export function mul(a: Expr<'usdB'>, b: Expr<'multiple'>): Expr<'usdB'>;
export function mul(a: Node, b: Node): Node {
  return { k: 'mul', a, b };
}

/** Two quantities of one unit divide into a ratio. */
export function div<U extends Unit>(a: Expr<U>, b: NoInfer<Expr<U>>): Expr<'ratio'>;
/** A quantity divided by a ratio keeps its unit. */
export function div<U extends Unit>(a: Expr<U>, b: Expr<'ratio'>): Expr<U>;
/** Years between two dates divide a GW target into GW per year. */
export function div(a: Expr<'gw'>, b: Expr<'year'>): Expr<'gw'>;
export function div(a: Node, b: Node): Node {
  return { k: 'div', a, b };
}

/** Reinterprets a ratio as a valuation multiple (valuation ÷ ARR). */
export const asMultiple = (e: Expr<'ratio'>): Expr<'multiple'> => tag(e);

/**
 * Below this relative ARR change, recognized revenue uses the series a0·(1 + x/2 − x²/12), x = (a1 − a0)/a0, because
 * (a1 − a0)/ln(a1/a0) loses most of its digits to cancellation there (ln of a number near 1). The next term, x³/24,
 * is under 1e-13 of the value at the threshold; above it the log form is good to about 1e-12.
 */
export const RECOGNIZED_SERIES_THRESHOLD = 1e-4;

/** Recognized revenue between two run rates (FACTS.md: a year's revenue lies between the ARRs that bound it). */
export const recognized = (a0: Expr<'usdB'>, a1: Expr<'usdB'>): Expr<'usdB'> =>
  tag({ k: 'recognized', a0, a1 });

/** `then` when `l op r` holds, else `otherwise`. */
export const when = <U extends Unit, V extends Unit>(
  l: Expr<V>,
  op: '>=' | '<=' | '<',
  r: NoInfer<Expr<V>>,
  then: Expr<U>,
  otherwise: NoInfer<Expr<U>>,
): Expr<U> => tag({ k: 'if', op, l, r, then, else: otherwise });

/** Every line id a node reads in the same year (lag 0): what must be computed first. */
export const sameYearDependencies = (node: Node, into: Set<LineId> = new Set()): Set<LineId> => {
  switch (node.k) {
    case 'line':
      if (node.lag === 0) into.add(node.id);
      break;
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
      sameYearDependencies(node.a, into);
      sameYearDependencies(node.b, into);
      break;
    case 'recognized':
      sameYearDependencies(node.a0, into);
      sameYearDependencies(node.a1, into);
      break;
    case 'if':
      for (const child of [node.l, node.r, node.then, node.else]) sameYearDependencies(child, into);
      break;
    default:
      break;
  }
  return into;
};
