import {
  BUILTIN_FACT_SET,
  describeInputs,
  type Evaluation,
  type FactSet,
  type InputDocument,
  type InputId,
  type Observation,
  type Scenario,
} from '@aifin/core';

/**
 * The JSON document of one scenario, shared by `aifin project --json` and the exported .json: the evaluation
 * (`lines` aligned with `years`, null where a line is not modelled in that year) and the facts it rests on: the
 * vintage in use of each, with its `asOf`.
 */
export interface JsonDocument extends Omit<Evaluation, 'inputs'> {
  /** Every input with its value, range, unit, label, rationale and source (a choice by its option name). */
  readonly inputs: Readonly<Record<InputId, InputDocument>>;
  /** The `--as-of` date the facts are taken as known on, or the latest date among them when none was given. */
  readonly factsAsOf: string;
  readonly facts: readonly Observation[];
}

/** @example toJsonDocument(evaluate(base), base).lines['arr.total'] */
export const toJsonDocument = (
  evaluation: Evaluation,
  scenario: Scenario,
  facts: FactSet = BUILTIN_FACT_SET,
): JsonDocument => ({
  scenario: evaluation.scenario,
  inputs: describeInputs(scenario),
  years: evaluation.years,
  lastActualYear: evaluation.lastActualYear,
  lines: evaluation.lines,
  summary: evaluation.summary,
  checks: evaluation.checks,
  factsAsOf: facts.asOf ?? facts.latest,
  facts: facts.facts,
});

/** The document as pretty-printed JSON with a final newline. @example renderJson(evaluate(scenario), scenario) */
export const renderJson = (
  evaluation: Evaluation,
  scenario: Scenario,
  facts: FactSet = BUILTIN_FACT_SET,
): string => `${JSON.stringify(toJsonDocument(evaluation, scenario, facts), null, 2)}\n`;
