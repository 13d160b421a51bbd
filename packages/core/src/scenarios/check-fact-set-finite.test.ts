import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import type { Observation } from '../facts/fact.js';
import { BUILTIN_FACT_SET, resolveFactSet } from '../facts/fact-set.js';
import { parseFactsText } from '../facts/parse-facts-text.js';
import { BUILTIN_OBSERVATIONS } from '../facts/vintages.js';
import { evaluate } from '../model/evaluate.js';
import { modelForFacts } from '../model/model-for-facts.js';
import { BUILTIN_SCENARIOS } from './builtins.js';
import { checkFactSetFinite } from './check-fact-set-finite.js';

/** The built-in facts with some revised in a facts file, as `--facts` reads them. */
function setWith(entries: Readonly<Record<string, number>>): ReturnType<typeof resolveFactSet> {
  const text = `facts:\n${Object.entries(entries)
    .map(([id, value]) => `  - { id: ${id}, value: ${value}, asOf: 2026-05-01, source: { publisher: A } }`)
    .join('\n')}\n`;
  return resolveFactSet([...BUILTIN_OBSERVATIONS, ...parseFactsText(text, 'f.yaml')]);
}

/** Whether any evaluation of a built-in scenario under a set holds a value that is not finite. */
function anyNonFinite(set: ReturnType<typeof resolveFactSet>): boolean {
  const model = modelForFacts(set);
  return Object.values(BUILTIN_SCENARIOS).some((scenario) => {
    const { lines, summary, checks } = evaluate({ ...scenario, horizon: 15 }, model);
    const numbers = [
      ...Object.values(lines).flat(),
      ...Object.values(summary),
      ...checks.flatMap((c) => [c.measured, c.bound]),
    ];
    return numbers.some((n) => typeof n === 'number' && !Number.isFinite(n));
  });
}

describe('checkFactSetFinite', () => {
  it('accepts the built-in facts and an ordinary revision', () => {
    expect(() => checkFactSetFinite(BUILTIN_FACT_SET)).not.toThrow();
    expect(() => checkFactSetFinite(setWith({ F9: 13.5, F7: 25 }))).not.toThrow();
  });

  it('refuses every mix fact at 0, naming the three facts and where NaN shows', () => {
    const set = setWith({ F10: 0, F11: 0, F12: 0 });
    expect(anyNonFinite(set)).toBe(true);
    const error = userErrorOf(() => checkFactSetFinite(set));
    expect(error.code).toBe('FACTS_INVALID');
    expect(error.message).toBe(
      'facts F10 = 0 (f.yaml), F11 = 0 (f.yaml), F12 = 0 (f.yaml): the model would compute NaN for mix.enterprise in 2026 (scenario "bear"): revise them',
    );
  });

  // F7 (ARR) runs through every run rate; F9 is not read once the audited accounts are known, so
  // a restated F9 beside them is harmless. (Figures the 2025 calibration absorbs, such as audited R&D, stay finite.)
  it.each(['F7'])('refuses %s at 1e308, naming it alone', (id) => {
    const set = setWith({ [id]: 1e308, F9: 13.5 });
    expect(anyNonFinite(set)).toBe(true);
    const error = userErrorOf(() => checkFactSetFinite(set));
    expect(error.message).toMatch(
      new RegExp(`^fact ${id} = 1e\\+308 \\(f\\.yaml\\): the model would compute `),
    );
    expect(error.message).not.toContain('F9 = 13.5');
  });

  it('names only the fact that matters among harmless revisions', () => {
    const error = userErrorOf(() => checkFactSetFinite(setWith({ F9: 12, F7: 1e308, F13: 0.5 })));
    expect(error.message).toMatch(
      /^fact F7 = 1e\+308 \(f\.yaml\): the model would compute (-?Infinity|NaN) for /,
    );
  });

  it('checks the scenarios it is given, at their horizon and at 15 years', () => {
    const set = setWith({ F10: 0, F11: 0, F12: 0 });
    const one = [{ ...BUILTIN_SCENARIOS.base, name: 'mine\u001b[2J', horizon: 1 }];
    expect(userErrorOf(() => checkFactSetFinite(set, one)).message).toContain('(scenario "mine\\u001b[2J")');
  });

  it('reports what is not a fact set as a programmer error', () => {
    for (const bad of [null, undefined, {}, { facts: 'F9' }, [] as Observation[]])
      expect(() => checkFactSetFinite(bad as never)).toThrow(TypeError);
  });
});
