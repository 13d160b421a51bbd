import {
  BUILTIN_SCENARIO_NAMES,
  BUILTIN_SCENARIOS,
  type Evaluation,
  evaluate,
  MAX_HORIZON,
  type Scenario,
  withHorizon,
} from '@aifin/core';
import { LookupError, shown } from './lookup-error.js';
import { textArgument } from './optional-text.js';

/** The scenario `=AIFIN.LINE` and `=AIFIN.SUMMARY` use when the argument is omitted. */
export const DEFAULT_SCENARIO = 'base';

/**
 * A built-in scenario by name (case-insensitive), or #N/A naming the argument. The JavaScript-only runtime the
 * functions run in cannot read the workbook, so scenarios defined only on the Assumptions sheet are not known here.
 * @example findScenario(null).name // 'base'
 */
export const findScenario = (scenario: unknown): Scenario => {
  const name = textArgument('scenario', scenario, DEFAULT_SCENARIO).toLowerCase();
  const found = BUILTIN_SCENARIO_NAMES.find((n) => n === name);
  if (!found)
    throw new LookupError(
      'notAvailable',
      `scenario ${shown(scenario)} is not built in: use ${BUILTIN_SCENARIO_NAMES.join(', ')}.`,
    );
  return BUILTIN_SCENARIOS[found];
};

// A recalculation calls the functions once per cell: evaluate each scenario once per horizon, not once per cell.
const cache = new Map<string, Evaluation>();

const cached = (scenario: Scenario): Evaluation => {
  const key = `${scenario.name}/${scenario.horizon}`;
  let evaluation = cache.get(key);
  if (!evaluation) {
    evaluation = evaluate(scenario);
    cache.set(key, evaluation);
  }
  return evaluation;
};

/**
 * The scenario evaluated over its own horizon: what the task pane builds and what `=AIFIN.SUMMARY` reads.
 * @example scenarioEvaluation(findScenario('bull')).summary.breakevenYear
 */
export const scenarioEvaluation = (scenario: Scenario): Evaluation => cached(scenario);

/**
 * The scenario evaluated over the longest horizon, so `=AIFIN.LINE` answers every year the model can project.
 * A year's value does not depend on the horizon (a test checks it against `evaluate()` at the scenario's own).
 */
export const longestEvaluation = (scenario: Scenario): Evaluation =>
  cached(withHorizon(scenario, MAX_HORIZON));
