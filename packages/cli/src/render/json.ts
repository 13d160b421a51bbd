import { BUILTIN_FACT_SET, type Evaluation, type FactSet, type Observation } from '@aifin/core';

/**
 * The JSON document of one scenario, shared by `aifin project --json` and the exported .json: the evaluation
 * (`lines` aligned with `years`, null where a line is not modelled in that year) and the facts it rests on: the
 * vintage in use of each, with its `asOf`.
 */
export interface JsonDocument extends Omit<Evaluation, 'inputs'> {
  /** The `--as-of` date the facts are taken as known on, or the latest date among them when none was given. */
  readonly factsAsOf: string;
  readonly facts: readonly Observation[];
}

/** @example toJsonDocument(evaluate(BUILTIN_SCENARIOS.base)).lines['arr.total'] */
export const toJsonDocument = (evaluation: Evaluation, facts: FactSet = BUILTIN_FACT_SET): JsonDocument => ({
  scenario: evaluation.scenario,
  years: evaluation.years,
  lastActualYear: evaluation.lastActualYear,
  lines: evaluation.lines,
  summary: evaluation.summary,
  checks: evaluation.checks,
  factsAsOf: facts.asOf ?? facts.latest,
  facts: facts.facts,
});

/** The document as pretty-printed JSON with a final newline. @example renderJson(evaluate(scenario)) */
export const renderJson = (evaluation: Evaluation, facts: FactSet = BUILTIN_FACT_SET): string =>
  `${JSON.stringify(toJsonDocument(evaluation, facts), null, 2)}\n`;
