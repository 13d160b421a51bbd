import { describe, expect, it } from 'vitest';
import { AifinError } from '../../errors/aifin-error.js';
import { userErrorOf } from '../../errors/user-error-of.test-support.js';
import { evaluate } from '../../model/evaluate.js';
import { INPUT_IDS, INPUTS } from '../../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import type { Scenario } from '../../scenarios/scenario.js';
import { assertEvaluationRequest } from './assert-evaluation-request.js';

const base = BUILTIN_SCENARIOS.base;
/** A scenario as a careless caller might build it: any field, any value. */
const withField = (field: string, value: unknown): Scenario => ({ ...base, [field]: value }) as Scenario;
const withInput = (id: string, value: unknown): Scenario =>
  ({ ...base, inputs: { ...base.inputs, [id]: value } }) as Scenario;

describe('assertEvaluationRequest (evaluate’s edge)', () => {
  it('passes every built-in, and evaluate() still works', () => {
    for (const scenario of Object.values(BUILTIN_SCENARIOS))
      expect(() => assertEvaluationRequest(scenario)).not.toThrow();
    expect(evaluate(base).years).toHaveLength(8);
  });

  it.each([
    ['a string "5" (used to give 35 years)', '5'],
    ['1e9 (used to abort the process out of memory)', 1e9],
    ['0', 0],
    ['16', 16],
    ['2.5', 2.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['null', null],
    ['missing', undefined],
  ])('refuses a horizon of %s with a typed user error', (_, horizon) => {
    const error = userErrorOf(() => evaluate(withField('horizon', horizon)));
    expect(error.code).toBe('HORIZON_INVALID');
    expect(error.message).toMatch(/^horizon = .*: must be a whole number of years from 1 to 15$/);
  });

  it('refuses an unknown input, naming it', () => {
    const error = userErrorOf(() => evaluate(withInput('growthFad', 0.1)));
    expect(error.code).toBe('SCENARIO_INVALID');
    expect(error.message).toBe('scenario "base": inputs.growthFad = 0.1: is not a known input');
  });

  it.each(
    INPUT_IDS.flatMap(
      (id) =>
        [
          [id, Number.NaN, 'must be a finite number'],
          [id, Number.POSITIVE_INFINITY, 'must be a finite number'],
          [id, '1', 'must be a finite number'],
          [id, undefined, 'must be a finite number'],
          [id, INPUTS[id].max + 1, 'must be between'],
          [id, INPUTS[id].min - 1, 'must be between'],
        ] as const,
    ),
  )('refuses inputs.%s = %s', (id, value, problem) => {
    const error = userErrorOf(() => evaluate(withInput(id, value)));
    expect(error.code).toBe('SCENARIO_INVALID');
    expect(error.message).toContain(`inputs.${id} = `);
    expect(error.message).toContain(problem);
  });

  it('keeps programmer errors apart: no scenario, or no inputs object, is a TypeError', () => {
    for (const bad of [undefined, null, 42, 'base', [base]]) {
      expect(() => evaluate(bad as unknown as Scenario)).toThrow(TypeError);
      expect(() => evaluate(bad as unknown as Scenario)).not.toThrow(AifinError);
    }
    expect(() => evaluate(withField('inputs', null))).toThrow(TypeError);
  });
});
