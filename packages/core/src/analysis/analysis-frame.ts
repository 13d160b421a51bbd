import { assertModel } from '../internal/analysis/assert-analysis-request.js';
import { assertEvaluationRequest } from '../internal/model/assert-evaluation-request.js';
import type { Model } from '../model/compile-model.js';
import type { EvaluationRequest } from '../model/evaluate.js';
import type { ScalarFrame } from '../model/scalar.js';

/**
 * Caller-owned buffers for many evaluations of one scenario: its input slots (changed in place), the fact slots,
 * and the line values the kernel writes. Made once per analysis, so an evaluation allocates nothing.
 */
export interface AnalysisFrame extends ScalarFrame {
  readonly yearCount: number;
  /** The scenario's own input slots, to restore after changing `inputs`. */
  readonly baseInputs: Float64Array;
  /** Runs the kernel on the current `inputs` and `facts` into `values`. */
  readonly run: () => void;
}

/**
 * Buffers for evaluating a scenario many times with a model instance.
 * @example const frame = analysisFrame(BUILTIN_MODEL, base); frame.inputs[slot] = 0.2; frame.run();
 */
export const analysisFrame = (model: Model, request: EvaluationRequest): AnalysisFrame => {
  // Checked as evaluate() checks it, with the same typed errors: a kernel trusts what it is given.
  assertModel(model, 'analysisFrame()');
  assertEvaluationRequest(request);
  // The model's own years: a model rolled forward by an ARR actual has one more year of history.
  const years = model.yearsFor(request.horizon);
  const baseInputs = model.inputSlots(request.inputs);
  const inputs = Float64Array.from(baseInputs);
  const facts = Float64Array.from(model.factDefaults);
  const values = new Float64Array(model.lines.length * model.stride);
  const yearCount = years.length;
  return {
    model,
    years,
    inputs,
    facts,
    values,
    yearCount,
    baseInputs,
    run: () => model.evaluateInto(inputs, facts, yearCount, values),
  };
};
