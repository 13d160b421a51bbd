import { INPUT_IDS, type InputId } from '../model/inputs.js';
import { isBuiltinScenarioName } from './builtins.js';
import type { Scenario } from './scenario.js';

/** The name of the scenario the task pane's what-if panel builds. */
export const WHAT_IF_NAME = 'what-if';

/**
 * A scenario from another one with some inputs changed (the task pane's what-if panel): its own column on the
 * Assumptions sheet, each changed input saying where it was set.
 * @example whatIfScenario(BUILTIN_SCENARIOS.base, { growthFade: 0.2 }).inputs.growthFade // 0.2
 */
export const whatIfScenario = (
  from: Scenario,
  changes: Readonly<Partial<Record<InputId, number>>>,
): Scenario => {
  const changed = INPUT_IDS.filter((id) => changes[id] !== undefined && changes[id] !== from.inputs[id]);
  const inputs = { ...from.inputs };
  const rationale = { ...from.rationale };
  for (const id of changed) {
    inputs[id] = changes[id] as number;
    rationale[id] = `Set in the what-if panel (${from.name}: ${from.inputs[id]}).`;
  }
  return {
    ...from,
    name: WHAT_IF_NAME,
    description: `${from.name} with ${changed.length} input${changed.length === 1 ? '' : 's'} changed in the what-if panel`,
    extends: isBuiltinScenarioName(from.name) ? from.name : from.extends,
    inputs,
    rationale,
    overrides: changed,
  };
};
