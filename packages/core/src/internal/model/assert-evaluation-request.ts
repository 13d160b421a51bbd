import { userErrors } from '../../errors/messages.js';
import { MAX_HORIZON, MIN_HORIZON } from '../../model/calendar.js';
import type { EvaluationRequest } from '../../model/evaluate.js';
import { INPUT_IDS, INPUTS, isInputId } from '../../model/inputs.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a scenario (any evaluation request) handed to the public API before a kernel trusts it. A value a user could have typed wrong — a
 * horizon that is not a whole number from 1 to 15 (a string "5", 1e9), an unknown input, an input that is not a
 * finite number within its bounds — throws a typed `AifinError` naming the field and the value. Something only a
 * program gets wrong (no scenario object at all, no inputs object) throws a `TypeError`. The bounds come from
 * `INPUTS`, so every input, present and future, is covered.
 * @example assertEvaluationRequest({ ...BUILTIN_SCENARIOS.base, horizon: '5' as never }) // throws AifinError HORIZON_INVALID
 */
export function assertEvaluationRequest(scenario: unknown): asserts scenario is EvaluationRequest {
  if (!isRecord(scenario)) throw new TypeError(`evaluate() needs a Scenario object, got ${typeof scenario}`);
  if (!isRecord(scenario.inputs)) throw new TypeError('evaluate() needs a Scenario with an inputs object');
  const { horizon, inputs } = scenario;
  if (
    typeof horizon !== 'number' ||
    !Number.isInteger(horizon) ||
    horizon < MIN_HORIZON ||
    horizon > MAX_HORIZON
  )
    throw userErrors.horizon(horizon);
  const name = typeof scenario.name === 'string' ? scenario.name : '(unnamed)';
  for (const key of Object.keys(inputs))
    if (!isInputId(key))
      throw userErrors.invalidScenario(name, `inputs.${key}`, inputs[key], 'is not a known input');
  for (const id of INPUT_IDS) {
    const value = inputs[id];
    const { min, max, integer, choices } = INPUTS[id];
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw userErrors.invalidScenario(name, `inputs.${id}`, value, 'must be a finite number');
    // A choice is its option's index; a count of years or a calendar year is whole.
    if ((integer || choices) && !Number.isInteger(value))
      throw userErrors.invalidScenario(name, `inputs.${id}`, value, 'must be a whole number');
    if (value < min || value > max)
      throw userErrors.invalidScenario(name, `inputs.${id}`, value, `must be between ${min} and ${max}`);
  }
}
