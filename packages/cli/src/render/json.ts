import {
  describeInputs,
  type Evaluation,
  FACTS,
  type Fact,
  type InputDocument,
  type InputId,
  type Scenario,
} from '@aifin/core';

/**
 * The JSON document of one scenario, shared by `aifin project --json` and the exported .json: the evaluation
 * (`lines` aligned with `years`, null where a line is not modelled in that year) and the facts it rests on.
 */
export interface JsonDocument extends Omit<Evaluation, 'inputs'> {
  /** Every input with its value, range, unit, label, rationale and source (a choice by its option name). */
  readonly inputs: Readonly<Record<InputId, InputDocument>>;
  readonly facts: readonly Fact[];
}

/** @example toJsonDocument(evaluate(base), base).lines['arr.total'] */
export const toJsonDocument = (evaluation: Evaluation, scenario: Scenario): JsonDocument => ({
  scenario: evaluation.scenario,
  inputs: describeInputs(scenario),
  years: evaluation.years,
  lines: evaluation.lines,
  summary: evaluation.summary,
  checks: evaluation.checks,
  facts: FACTS,
});

/** The document as pretty-printed JSON with a final newline. @example renderJson(evaluate(scenario), scenario) */
export const renderJson = (evaluation: Evaluation, scenario: Scenario): string =>
  `${JSON.stringify(toJsonDocument(evaluation, scenario), null, 2)}\n`;
