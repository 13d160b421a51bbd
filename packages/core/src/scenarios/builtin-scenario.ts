import { userErrors } from '../errors/messages.js';
import { BUILTIN_SCENARIOS, isBuiltinScenarioName } from './builtins.js';
import { withHorizon } from './horizon.js';
import type { Scenario } from './scenario.js';

/**
 * A built-in scenario by name, with an optional horizon override.
 * @example builtinScenario('bear', 12).horizon // 12
 */
export const builtinScenario = (name: string, horizon?: number): Scenario => {
  if (typeof name !== 'string') throw new TypeError(`builtinScenario() needs a name, got ${typeof name}`);
  if (!isBuiltinScenarioName(name)) throw userErrors.unknownScenario(name, Object.keys(BUILTIN_SCENARIOS));
  const scenario = BUILTIN_SCENARIOS[name];
  return horizon === undefined ? scenario : withHorizon(scenario, horizon);
};
