import { type Evaluation, FACTS, type Fact } from '@aifin/core';

/**
 * The JSON document of one scenario, shared by `aifin project --json` and the exported .json: the evaluation
 * (`lines` aligned with `years`, null where a line is not modelled in that year) and the facts it rests on.
 */
export interface JsonDocument extends Omit<Evaluation, 'inputs'> {
  readonly facts: readonly Fact[];
}

/** @example toJsonDocument(evaluate(BUILTIN_SCENARIOS.base)).lines['arr.total'] */
export const toJsonDocument = (evaluation: Evaluation): JsonDocument => ({
  scenario: evaluation.scenario,
  years: evaluation.years,
  lines: evaluation.lines,
  summary: evaluation.summary,
  checks: evaluation.checks,
  facts: FACTS,
});

/** The document as pretty-printed JSON with a final newline. @example renderJson(evaluate(scenario)) */
export const renderJson = (evaluation: Evaluation): string =>
  `${JSON.stringify(toJsonDocument(evaluation), null, 2)}\n`;
