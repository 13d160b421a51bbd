import { assertScenario } from '../scenarios/assert-scenario.js';
import type { Scenario } from '../scenarios/scenario.js';
import { modelYears } from './calendar.js';
import { type Check, runChecks } from './checks.js';
import { evaluateLines, type LineValues } from './evaluate-lines.js';
import { type Summary, summarize } from './summary.js';

/** A scenario evaluated: the numbers every renderer and the JSON output share. */
export interface Evaluation {
  readonly scenario: string;
  readonly years: readonly number[];
  /** Each line's yearly values, aligned with `years`; null before the line's first modelled year. */
  readonly lines: LineValues;
  readonly summary: Summary;
  readonly checks: readonly Check[];
}

/**
 * Evaluates a scenario over its horizon.
 * @example const { summary } = evaluate(BUILTIN_SCENARIOS.base); summary.breakevenYear
 */
export const evaluate = (scenario: Scenario): Evaluation => {
  assertScenario(scenario);
  const years = modelYears(scenario.horizon);
  const lines = evaluateLines(scenario.inputs, scenario.horizon);
  return {
    scenario: scenario.name,
    years,
    lines,
    summary: summarize(years, lines),
    checks: runChecks(years, lines),
  };
};
