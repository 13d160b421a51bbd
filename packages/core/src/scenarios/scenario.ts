import { deepFreeze } from '../internal/deep-freeze.js';
import type { InputId, InputValues } from '../model/inputs.js';
import type { Correlation } from './correlation.js';
import type { InputRange } from './input-ranges.js';

/** The names of the built-in scenarios, in the order the workbook shows them. */
export const BUILTIN_SCENARIO_NAMES = /* @__PURE__ */ deepFreeze(['bear', 'base', 'bull', 'plan'] as const);
/** The name of a built-in scenario: one of `BUILTIN_SCENARIO_NAMES`. */
export type BuiltinScenarioName = (typeof BUILTIN_SCENARIO_NAMES)[number];

/** A complete set of inputs with the reasons behind them: what the model evaluates. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** The built-in this scenario starts from, or null for a built-in itself. */
  readonly extends: BuiltinScenarioName | null;
  /** Projected years after 2025 (1–15). */
  readonly horizon: number;
  readonly inputs: InputValues;
  /** One line per input: why this value. */
  readonly rationale: Readonly<Record<InputId, string>>;
  /** The inputs a scenario file set (empty for a built-in), in input order. */
  readonly overrides: readonly InputId[];
  /** Ranges a scenario file gave (`{ value, low, high }`); every other input's range follows its rule. */
  readonly ranges?: Readonly<Partial<Record<InputId, InputRange>>>;
  /** Rank correlations a scenario file asked for (`correlations:`); absent, a simulation uses the built-ins'. */
  readonly correlations?: readonly Correlation[];
}
