import { describe, expect, it } from 'vitest';
import { resolveFactSet } from '../facts/fact-set.js';
import { parseFactsText } from '../facts/parse-facts-text.js';
import { BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { BUILTIN_MODEL, evaluate } from './evaluate.js';
import { modelForFacts } from './model-for-facts.js';

const restatedF9 = parseFactsText(
  'facts: [{ id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: WSJ } }]',
  'f9.yaml',
);
const observations = [...BUILTIN_OBSERVATIONS, ...restatedF9];
const operatingIncome2025 = (asOf: string | null): number | null | undefined => {
  const evaluation = evaluate(BUILTIN_SCENARIOS.base, modelForFacts(resolveFactSet(observations, asOf)));
  return evaluation.lines.operatingIncome[evaluation.years.indexOf(2025)];
};

describe('modelForFacts', () => {
  it('calibrates 2025 to a restated F9 while the audited accounts are not yet known', () => {
    expect(operatingIncome2025('2026-05-15')).toBeCloseTo(-13.5, 9);
  });

  it('calibrates 2025 to the audited accounts once they are known, whatever F9 says', () => {
    expect(operatingIncome2025(null)).toBeCloseTo(-20.92, 1);
  });

  it('restores the article figure (−9) as of a date before the restatement', () => {
    expect(operatingIncome2025('2026-04-30')).toBeCloseTo(-9, 9);
  });

  it('compiles each fact set once and reuses the built-in instance for the built-in numbers', () => {
    const set = resolveFactSet(observations);
    expect(modelForFacts(set)).toBe(modelForFacts(set));
    expect(modelForFacts(resolveFactSet(observations))).toBe(modelForFacts(set));
    expect(modelForFacts(resolveFactSet(BUILTIN_OBSERVATIONS))).toBe(BUILTIN_MODEL);
    expect(modelForFacts(resolveFactSet(observations, '2026-04-30'))).not.toBe(BUILTIN_MODEL);
  });

  it('holds a slot for no public fact it does not read, so a simulation draws only what the model reads', () => {
    const earlier = modelForFacts(resolveFactSet(observations, '2026-04-30'));
    const ids = (model: typeof earlier) => new Set(model.factSlots.map((slot) => slot.id));
    const read = (model: typeof earlier) =>
      new Set(JSON.stringify([model.lines, model.checks]).match(/"id":"P[A-Z0-9_]+"/g) ?? []);
    for (const model of [earlier, BUILTIN_MODEL]) {
      // Every public fact with a slot is one the model reads; PB30 (a run-rate no line reads) has none.
      for (const id of ids(model))
        if (id.startsWith('P')) expect(read(model).has(`"id":"${id}"`), id).toBe(true);
      expect(ids(model).has('PB30')).toBe(false);
      expect(ids(model).size).toBeLessThan(60);
    }
    expect(resolveFactSet(observations, '2026-04-30').facts.some((f) => f.id === 'PB30')).toBe(true);
  });

  it('gives the same numbers as the built-in model when a file adds a fact no line reads', () => {
    const added = parseFactsText(
      'facts: [{ id: X1, company: Anthropic, metric: funding, value: 13, asOf: 2026-09-01, source: { publisher: A } }]',
      'x.yaml',
    );
    const withFile = evaluate(
      BUILTIN_SCENARIOS.base,
      modelForFacts(resolveFactSet([...BUILTIN_OBSERVATIONS, ...added])),
    );
    expect(withFile.lines).toEqual(evaluate(BUILTIN_SCENARIOS.base).lines);
  });
});
