import { INPUT_IDS, INPUTS, type InputId } from '../model/inputs.js';
import { UNIT_LABELS } from '../units.js';
import { inputRanges } from './input-ranges.js';
import type { Scenario } from './scenario.js';

/** One input as a reader (or a program) sees it: its value, range, unit, label, reason and source. */
export interface InputDocument {
  /** The number, or a choice input's option name ("F9"). */
  readonly value: number | string;
  /** The range's ends; null for a choice input, which has no numeric range (it is held at its option). */
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string;
  readonly label: string;
  readonly rationale: string;
  /** Why the range is what it is; null for a choice input. */
  readonly rangeReason: string | null;
  /** Always an assumption, naming the fact it builds on where there is one. */
  readonly source: string;
}

/**
 * Every input of a scenario with its range, for `aifin project --json` and the exported JSON.
 * @example describeInputs(BUILTIN_SCENARIOS.base).growthFade // { value: 0.3, low: 0.2, high: 0.4, … }
 */
export const describeInputs = (scenario: Scenario): Readonly<Record<InputId, InputDocument>> => {
  const ranges = inputRanges(scenario);
  return Object.fromEntries(
    INPUT_IDS.map((id) => {
      const def = INPUTS[id];
      const value = scenario.inputs[id];
      const range = ranges[id];
      const doc: InputDocument = {
        value: def.choices ? (def.choices[value] ?? String(value)) : value,
        low: range?.low ?? null,
        high: range?.high ?? null,
        unit: UNIT_LABELS[def.unit],
        label: def.label,
        rationale: scenario.rationale[id],
        rangeReason: range?.reason ?? null,
        source: def.basis === null ? 'assumption' : `assumption (builds on ${def.basis})`,
      };
      return [id, doc];
    }),
  ) as Record<InputId, InputDocument>;
};
