import { INPUT_IDS, type InputId } from '../../model/inputs.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import type { InputRange } from '../../scenarios/input-ranges.js';
import type { Scenario } from '../../scenarios/scenario.js';
import type { ScenarioFile } from '../../scenarios/schema.js';

/** Applies a validated scenario file to the built-in it extends. */
export const resolveScenario = (data: ScenarioFile): Scenario => {
  const parentName = data.extends ?? 'base';
  const parent = BUILTIN_SCENARIOS[parentName];
  const inputs: Record<InputId, number> = { ...parent.inputs };
  const rationale: Record<InputId, string> = { ...parent.rationale };
  const overrides: InputId[] = [];
  const ranges: Partial<Record<InputId, InputRange>> = {};
  for (const id of INPUT_IDS) {
    const override = data.inputs?.[id];
    if (override === undefined) continue;
    overrides.push(id);
    inputs[id] = typeof override === 'number' ? override : override.value;
    rationale[id] =
      typeof override === 'number' || override.rationale === undefined
        ? `Set by scenario ${data.name} (no reason given).`
        : override.rationale;
    if (
      typeof override !== 'number' &&
      'low' in override &&
      override.low !== undefined &&
      override.high !== undefined
    )
      ranges[id] = { low: override.low, high: override.high, reason: `Range set by scenario ${data.name}.` };
  }
  return {
    name: data.name,
    description:
      data.description ??
      `${parent.name} with ${overrides.length} input${overrides.length === 1 ? '' : 's'} changed`,
    extends: parentName,
    horizon: data.horizon ?? parent.horizon,
    inputs,
    rationale,
    overrides,
    ...(Object.keys(ranges).length > 0 ? { ranges } : {}),
    ...(data.correlations === undefined ? {} : { correlations: data.correlations }),
  };
};
