import type { Fact, FactId, Qualifier } from '../../facts/fact.js';
import type { Model } from '../../model/compile-model.js';
import { children, type Node } from '../../model/expr.js';
import { deepFreeze } from '../deep-freeze.js';

/** How far a figure may sit from what the source states, by the source's own qualifier (shares of the value). */
export interface QualifierSpread {
  readonly below: number;
  readonly above: number;
  readonly reason: string;
}

/**
 * The stated spread of each qualifier. A simulation draws a fact within it; `--hold-facts` keeps facts at their
 * reported values instead.
 */
export const QUALIFIER_SPREADS: Readonly<Record<Qualifier, QualifierSpread>> = /* @__PURE__ */ deepFreeze({
  exact: { below: 0, above: 0, reason: 'Stated as a figure: held.' },
  approx: { below: 0.1, above: 0.1, reason: '"About": within ±10 %.' },
  'at-least': {
    below: 0,
    above: 0.25,
    reason: '"At least" / "more than": the figure is a floor, up to 25 % more.',
  },
  'at-most': {
    below: 0.25,
    above: 0,
    reason: '"Up to": the figure is a ceiling, up to 25 % less.',
  },
  estimate: { below: 0.2, above: 0.2, reason: 'An estimate: within ±20 %.' },
  projection: {
    below: 0.2,
    above: 0.2,
    reason: 'A projection from a company plan: plans are revised both ways, within ±20 %.',
  },
  target: {
    below: 0.4,
    above: 0,
    reason: 'A target: large build-outs fall short more often than they overshoot, up to 40 % less.',
  },
  expectation: { below: 0.15, above: 0.15, reason: 'An expectation: within ±15 %.' },
});

/** A fact slot a simulation varies: its slot in the model's fact buffer and its low / value / high. */
export interface FactRange {
  readonly id: FactId;
  readonly slot: number;
  readonly low: number;
  readonly value: number;
  readonly high: number;
  readonly reason: string;
}

/**
 * The ids of the facts whose value some line of the model reads. A facts file may carry thousands of facts the
 * model never reads (other companies, other metrics): drawing them would cost time and change nothing.
 * @example factsReadByModel(BUILTIN_MODEL).has('F7') // true
 */
export function factsReadByModel(model: Model): ReadonlySet<string> {
  const read = new Set<string>();
  const visit = (node: Node): void => {
    if (node.k === 'fact' && node.field === 'value') read.add(node.id);
    for (const child of children(node)) visit(child);
  };
  for (const line of model.lines) {
    visit(line.formula);
    for (const node of Object.values(line.at ?? {})) visit(node);
  }
  return read;
}

/**
 * The fact values a simulation varies: each fact's value slot that the model reads, with a non-zero spread. Years are never varied, and
 * revenue-mix shares are held: they are parts of one whole (the Checks sheet tests that they sum to 100 %), so
 * drawing them independently would break the whole rather than express doubt about it.
 * @example factRanges(BUILTIN_MODEL, FACTS).find((r) => r.id === 'F1') // { low: 100, value: 100, high: 125, … }
 */
export const factRanges = (
  model: Model,
  facts: readonly Pick<Fact, 'id' | 'kind' | 'qualifier'>[],
): readonly FactRange[] => {
  const byId = new Map(facts.map((fact) => [fact.id, fact]));
  const read = factsReadByModel(model);
  const ranges: FactRange[] = [];
  model.factSlots.forEach((slot, index) => {
    const fact = byId.get(slot.id);
    if (slot.field !== 'value' || fact === undefined || fact.kind === 'revenue-mix' || !read.has(slot.id))
      return;
    const spread = QUALIFIER_SPREADS[fact.qualifier];
    if (spread.below === 0 && spread.above === 0) return;
    const value = model.factDefaults[index] as number;
    const size = Math.abs(value);
    ranges.push({
      id: slot.id,
      slot: index,
      low: value - spread.below * size,
      value,
      high: value + spread.above * size,
      reason: spread.reason,
    });
  });
  return ranges;
};
