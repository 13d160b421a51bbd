import { BUILTIN_FACT_SET } from '../facts/fact-set.js';
import { assertEvaluationRequest } from '../internal/model/assert-evaluation-request.js';
import { slotFacts } from '../internal/model/slot-facts.js';
import { actualsOf } from './actuals.js';
import { type Check, checksFor, runChecks } from './checks.js';
import { compileModel, isCompiledModel, type LineValues, type Model, modelScratch } from './compile-model.js';
import type { InputValues } from './inputs.js';
import { buildLines } from './lines.js';
import type { ScalarFrame } from './scalar.js';
import { type Summary, summarize } from './summary.js';

/** What evaluation needs of a scenario (a `Scenario` is one). */
export interface EvaluationRequest {
  readonly name: string;
  /** Projected years after the last actual year (1–15). */
  readonly horizon: number;
  readonly inputs: InputValues;
}

/** A scenario evaluated: the numbers every renderer and the JSON output share. */
export interface Evaluation {
  readonly scenario: string;
  /** The inputs evaluated (a choice input holds its option's index). */
  readonly inputs: InputValues;
  readonly years: readonly number[];
  /** The last year of history (2025, or the year of the latest ARR actual); projections start the year after. */
  readonly lastActualYear: number;
  /** Each line's yearly values, aligned with `years`; null before the line's first modelled year. */
  readonly lines: LineValues;
  readonly summary: Summary;
  readonly checks: readonly Check[];
}

/**
 * The model of the built-in facts, every vintage (the article of 2026-02-20 and the reporting since). Frozen; its only
 * state is the scratch it evaluates into, which no call keeps between calls and no caller can reach.
 */
export const BUILTIN_MODEL: Model = builtinModel();

function builtinModel(): Model {
  const actuals = actualsOf(BUILTIN_FACT_SET);
  const lines = buildLines(actuals);
  const checks = checksFor(actuals);
  return compileModel({
    lines,
    facts: slotFacts(BUILTIN_FACT_SET, lines, checks),
    lastActualYear: actuals.lastActualYear,
    checks,
  });
}

/**
 * Evaluates a scenario over its horizon with a model instance (default: the built-in facts).
 * @example const { summary } = evaluate(BUILTIN_SCENARIOS.base); summary.breakevenYear
 */
export const evaluate = (scenario: EvaluationRequest, model: Model = BUILTIN_MODEL): Evaluation => {
  assertEvaluationRequest(scenario);
  if (!isCompiledModel(model))
    throw new TypeError('evaluate() needs a model made by compileModel() or modelForFacts()');
  const years = model.yearsFor(scenario.horizon);
  const lines = model.evaluateLines(scenario.inputs, scenario.horizon);
  const frame: ScalarFrame = { model, years, ...modelScratch(model) };
  return {
    scenario: scenario.name,
    inputs: scenario.inputs,
    years,
    lastActualYear: model.lastActualYear,
    lines,
    summary: summarize(frame),
    checks: runChecks(frame),
  };
};
