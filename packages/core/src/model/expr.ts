import type { FactId } from '../facts/fact.js';
import type { Unit } from '../units.js';
import type { ConstantId } from './constants.js';
import type { InputId } from './inputs.js';
import type { LineId } from './line-ids.js';

/** A comparison the model can make; the formula compiler writes it as is. */
export type Comparison = '>=' | '<=' | '<' | '>' | '=';

/**
 * A model expression: plain, serialisable data. The evaluator turns it into numbers and the formula compiler
 * into an Excel A1 formula, so both read the same definition.
 */
export type Node =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'const'; readonly id: ConstantId }
  | { readonly k: 'input'; readonly id: InputId }
  | { readonly k: 'fact'; readonly id: FactId; readonly field: 'value' | 'year' }
  | { readonly k: 'line'; readonly id: LineId; readonly lag: 0 | 1 }
  | { readonly k: 'year' }
  | { readonly k: 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max'; readonly a: Node; readonly b: Node }
  | { readonly k: 'abs'; readonly a: Node }
  /** Recognized revenue of a year from the run rate at its start (a0) and end (a1): (a1 − a0) / ln(a1 / a0). */
  | { readonly k: 'recognized'; readonly a0: Node; readonly a1: Node }
  | {
      readonly k: 'if';
      readonly op: Comparison;
      readonly l: Node;
      readonly r: Node;
      readonly then: Node;
      readonly else: Node;
    }
  /** One of the options of a choice input: the input's value is the option's index. */
  | { readonly k: 'choice'; readonly input: InputId; readonly options: readonly Node[] }
  /** The sum of a line over the trailing `span` years, this one included: (year − span, year]. */
  | { readonly k: 'window'; readonly id: LineId; readonly span: Node };

declare const exprUnit: unique symbol;

/** A node whose value has unit `U` (a compile-time tag only; nothing extra exists at run time). */
export type Expr<U extends Unit> = Node & { readonly [exprUnit]?: U };

const tag = <U extends Unit>(node: Node): Expr<U> => node as Expr<U>;

/** A constant (only 0 and 1 appear in the model: other numbers are named constants or inputs). */
export const num = <U extends Unit>(_unit: U, v: 0 | 1): Expr<U> => tag({ k: 'num', v });
/** A named model constant (a tolerance, a threshold). */
export const constant = <U extends Unit>(_unit: U, id: ConstantId): Expr<U> => tag({ k: 'const', id });
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
export const min = <U extends Unit>(a: Expr<U>, b: NoInfer<Expr<U>>): Expr<U> => tag({ k: 'min', a, b });
export const max = <U extends Unit>(a: Expr<U>, b: NoInfer<Expr<U>>): Expr<U> => tag({ k: 'max', a, b });
export const abs = <U extends Unit>(a: Expr<U>): Expr<U> => tag({ k: 'abs', a });

/** Scales a quantity by a ratio; the unit of the quantity is kept. */
export function mul<U extends Unit>(a: Expr<U>, b: Expr<'ratio'>): Expr<U>;
/** GW times USD B per GW (of cost, or of rent per year) is USD B. */
export function mul(a: Expr<'gw'>, b: Expr<'usdBPerGw'>): Expr<'usdB'>;
/** ARR times a valuation multiple is a valuation in USD B. */
export function mul(a: Expr<'usdB'>, b: Expr<'multiple'>): Expr<'usdB'>;
/** A half-year figure times the half-years in a year is a yearly one. */
export function mul(a: Expr<'usdB'>, b: Expr<'years'>): Expr<'usdB'>;
export function mul(a: Node, b: Node): Node {
  return { k: 'mul', a, b };
}

/** Two quantities of one unit divide into a ratio. */
export function div<U extends Unit>(a: Expr<U>, b: NoInfer<Expr<U>>): Expr<'ratio'>;
/** A quantity divided by a ratio keeps its unit. */
export function div<U extends Unit>(a: Expr<U>, b: Expr<'ratio'>): Expr<U>;
/** A number of years divides a GW target into GW per year. */
export function div(a: Expr<'gw'>, b: Expr<'years'>): Expr<'gw'>;
/** An amount spread over a number of years (straight-line depreciation). */
export function div(a: Expr<'usdB'>, b: Expr<'years'>): Expr<'usdB'>;
/** A change of a ratio spread over a number of years: the yearly step. */
export function div(a: Expr<'ratio'>, b: Expr<'years'>): Expr<'ratio'>;
export function div(a: Node, b: Node): Node {
  return { k: 'div', a, b };
}

/** Reinterprets a ratio as a valuation multiple (valuation ÷ ARR). */
export const asMultiple = (e: Expr<'ratio'>): Expr<'multiple'> => tag(e);
/** The difference of two calendar years is a number of years. */
export const yearsBetween = (later: Expr<'year'>, earlier: Expr<'year'>): Expr<'years'> =>
  tag({ k: 'sub', a: later, b: earlier });

/** Recognized revenue between two run rates (FACTS.md: a year's revenue lies between the ARRs that bound it). */
export const recognized = (a0: Expr<'usdB'>, a1: Expr<'usdB'>): Expr<'usdB'> =>
  tag({ k: 'recognized', a0, a1 });

/** `then` when `l op r` holds, else `otherwise`. */
export const when = <U extends Unit, V extends Unit>(
  l: Expr<V>,
  op: Comparison,
  r: NoInfer<Expr<V>>,
  then: Expr<U>,
  otherwise: NoInfer<Expr<U>>,
): Expr<U> => tag({ k: 'if', op, l, r, then, else: otherwise });

/** The option of a choice input that the scenario picks, in the order of the input's `choices`. */
export const choose = <U extends Unit>(id: InputId, options: readonly Expr<U>[]): Expr<U> =>
  tag({ k: 'choice', input: id, options });

/** Sum of a line over the trailing `span` years, this year included. */
export const trailingSum = <U extends Unit>(id: LineId, _unit: U, span: Expr<'years'>): Expr<U> =>
  tag({ k: 'window', id, span });

/** The direct sub-expressions of a node. */
export const children = (node: Node): readonly Node[] => {
  switch (node.k) {
    case 'add':
    case 'sub':
    case 'mul':
    case 'div':
    case 'min':
    case 'max':
      return [node.a, node.b];
    case 'abs':
      return [node.a];
    case 'recognized':
      return [node.a0, node.a1];
    case 'if':
      return [node.l, node.r, node.then, node.else];
    case 'choice':
      return [{ k: 'input', id: node.input }, ...node.options];
    case 'window':
      return [node.span];
    default:
      return [];
  }
};

/**
 * Every line a node reads, with how many years back. A `window` counts as a same-year read: the years it reaches
 * back to before its line starts add nothing (no spending before the line starts), so they need no value.
 */
export const lineReads = (node: Node): readonly { readonly id: LineId; readonly lag: number }[] => {
  const own =
    node.k === 'line'
      ? [{ id: node.id, lag: node.lag }]
      : node.k === 'window'
        ? [{ id: node.id, lag: 0 }]
        : [];
  return [...own, ...children(node).flatMap(lineReads)];
};

/** Every line id a node reads in the same year: what must be computed first. */
export const sameYearDependencies = (node: Node, into: Set<LineId> = new Set()): Set<LineId> => {
  if (node.k === 'line' && node.lag === 0) into.add(node.id);
  if (node.k === 'window') into.add(node.id);
  for (const child of children(node)) sameYearDependencies(child, into);
  return into;
};
