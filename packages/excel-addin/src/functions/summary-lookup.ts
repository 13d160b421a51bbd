import { LookupError, shown, someOf } from './lookup-error.js';
import { textArgument } from './optional-text.js';
import { findScenario, scenarioEvaluation } from './scenario-lookup.js';

/**
 * `=AIFIN.SUMMARY(field, [scenario])` without the Excel runtime: a summary figure over the scenario's own horizon,
 * as the task pane builds it. Fields are whatever the model's summary holds, matched case-insensitively; a year not
 * reached within the horizon is #N/A. Throws {@link LookupError} for bad arguments.
 * @example summaryLookup('breakevenYear', 'bull') // e.g. 2029
 */
export const summaryLookup = (field: unknown, scenario?: unknown): number => {
  const wanted = textArgument('field', field).toLowerCase();
  const evaluation = scenarioEvaluation(findScenario(scenario));
  const summary = evaluation.summary as unknown as Readonly<Record<string, unknown>>;
  const fields = Object.keys(summary).filter(
    (key) => typeof summary[key] === 'number' || summary[key] === null,
  );
  const key = fields.find((f) => f.toLowerCase() === wanted);
  if (!key)
    throw new LookupError(
      'notAvailable',
      `field ${shown(field)} is not a summary figure: use ${someOf(fields, 10)}.`,
    );
  const value = summary[key];
  if (typeof value !== 'number')
    throw new LookupError(
      'notAvailable',
      `field "${key}" is not reached by ${evaluation.years[evaluation.years.length - 1]} in scenario "${evaluation.scenario}".`,
    );
  return value;
};
