import { describe, expect, it } from 'vitest';
import { analysisFrame } from '../../analysis/analysis-frame.js';
import { type Metric, parseMetric } from '../../analysis/metric.js';
import { sensitivityGrid, tornado } from '../../analysis/sensitivity.js';
import { sensitivityStudy } from '../../analysis/sensitivity-study.js';
import { type SimulationRequest, simulationPlan, variedSlots } from '../../analysis/simulation-plan.js';
import { AifinError } from '../../errors/aifin-error.js';
import { userErrorOf } from '../../errors/user-error-of.test-support.js';
import { FACTS } from '../../facts/facts.js';
import { BUILTIN_MODEL, evaluate } from '../../model/evaluate.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { inputRanges } from '../../scenarios/input-ranges.js';
import type { Scenario } from '../../scenarios/scenario.js';

const base = BUILTIN_SCENARIOS.base;
const metric = parseMetric('cash.end@2030', 5) as Extract<Metric, { kind: 'line' }>;
const ranges = inputRanges(base);
const x = { input: 'growthFade', values: [0.1, 0.3] } as const;
const y = { input: 'openingCash', values: [base.inputs.openingCash] } as const;
const request = (scenario: unknown): SimulationRequest =>
  ({
    scenarios: [{ scenario, weight: 1 }],
    facts: FACTS,
    holdFacts: false,
    distribution: 'pert',
    sampling: 'lhs',
    seed: 1,
    paths: 100,
    model: BUILTIN_MODEL,
  }) as SimulationRequest;

/** Every public analysis entry point, run on one scenario with otherwise good arguments. */
const ENTRY_POINTS: readonly (readonly [string, (scenario: Scenario) => unknown])[] = [
  ['analysisFrame', (s) => analysisFrame(BUILTIN_MODEL, s)],
  ['tornado', (s) => tornado(s, metric, ranges, BUILTIN_MODEL)],
  ['sensitivityGrid', (s) => sensitivityGrid(s, metric, x, y, BUILTIN_MODEL)],
  ['sensitivityStudy', (s) => sensitivityStudy(s, BUILTIN_MODEL)],
  ['variedSlots', (s) => variedSlots({ scenario: s, facts: FACTS, holdFacts: false, model: BUILTIN_MODEL })],
  ['simulationPlan', (s) => simulationPlan(request(s))],
];

/** Scenarios a caller might hand over, wrong as a user's file could be. */
const BAD_SCENARIOS: readonly (readonly [string, Scenario])[] = [
  ['a horizon given as text', { ...base, horizon: '5' as never }],
  ['a horizon of 1e9', { ...base, horizon: 1e9 }],
  ['an input that is NaN', { ...base, inputs: { ...base.inputs, growthFade: Number.NaN } }],
  ['an input outside its bounds', { ...base, inputs: { ...base.inputs, growthFade: 7 } }],
  ['an input given as text', { ...base, inputs: { ...base.inputs, openingCash: '20' as never } }],
  ['an unknown input', { ...base, inputs: { ...base.inputs, bogus: 1 } as never }],
  ['a missing input', { ...base, inputs: { ...base.inputs, growthFade: undefined as never } }],
  ['a choice between options that is not whole', { ...base, inputs: { ...base.inputs, loss2025Basis: 0.5 } }],
];

describe('every public analysis entry point checks its scenario as evaluate() does', () => {
  it.each(ENTRY_POINTS)('%s accepts a built-in scenario', (_, run) => {
    expect(() => run(base)).not.toThrow();
  });

  for (const [name, run] of ENTRY_POINTS)
    it.each(BAD_SCENARIOS)(`${name} refuses %s with evaluate()'s typed error`, (_, scenario) => {
      const expected = userErrorOf(() => evaluate(scenario));
      const error = userErrorOf(() => run(scenario));
      expect({ code: error.code, message: error.message }).toEqual({
        code: expected.code,
        message: expected.message,
      });
    });

  it.each(ENTRY_POINTS)('%s reports a missing scenario or inputs object as a TypeError', (_, run) => {
    for (const bad of [null, undefined, 'base', { ...base, inputs: null }])
      expect(() => run(bad as never)).toThrow(TypeError);
  });

  it('refuses a model that compileModel did not make, as a TypeError', () => {
    const fake = { ...BUILTIN_MODEL } as typeof BUILTIN_MODEL;
    expect(() => analysisFrame(fake, base)).toThrow(TypeError);
    expect(() => tornado(base, metric, ranges, fake)).toThrow(TypeError);
    expect(() => sensitivityStudy(base, null as never)).toThrow(TypeError);
    expect(() => simulationPlan({ ...request(base), model: {} } as never)).toThrow(TypeError);
  });
});

describe('the analysis arguments beside the scenario', () => {
  const analysisError = (run: () => unknown): string => {
    const error = userErrorOf(run);
    expect(error).toBeInstanceOf(AifinError);
    expect(error.code).toBe('ANALYSIS_INVALID');
    return error.message;
  };

  it('a metric: unknown, or a year outside the model’s, is the user’s; not a metric at all is a TypeError', () => {
    expect(analysisError(() => tornado(base, { ...metric, year: 2099 }, ranges))).toBe(
      'metric = "cash.end@2030": the year must be within the model\'s years, 2023–2030',
    );
    expect(analysisError(() => tornado(base, { ...metric, id: 'nope' as never }, ranges))).toMatch(
      /^metric = "nope": use a summary figure/,
    );
    expect(
      analysisError(() => tornado(base, { kind: 'summary', key: 'x' as never, text: 'x' }, ranges)),
    ).toMatch(/^metric = "x"/);
    for (const bad of [null, 'cash.end@2030', { kind: 'other', text: 'x' }, { ...metric, year: '2030' }])
      expect(() => tornado(base, bad as never, ranges)).toThrow(TypeError);
  });

  it.each([
    ['an unknown input', { input: 'nope', values: [1] }, /^x = "nope": unknown input/],
    ['a choice input', { input: 'loss2025Basis', values: [0, 1] }, /^x = "loss2025Basis": is a choice/],
    [
      'a value outside the bounds',
      { input: 'growthFade', values: [0.1, 7] },
      /^x = "growthFade=7": the range must lie within/,
    ],
    [
      'a NaN value',
      { input: 'growthFade', values: [Number.NaN] },
      /^x = "growthFade=NaN": the range must lie/,
    ],
    [
      'an infinite value',
      { input: 'growthFade', values: [Number.POSITIVE_INFINITY] },
      /^x = "growthFade=Infinity"/,
    ],
  ])('a grid axis with %s is the user’s error', (_, axis, message) => {
    expect(analysisError(() => sensitivityGrid(base, metric, axis as never, y))).toMatch(message);
  });

  it('a grid with one input on both axes, or an axis that is not one, is refused', () => {
    expect(analysisError(() => sensitivityGrid(base, metric, x, x))).toMatch(
      /^x and y both vary "growthFade"/,
    );
    for (const bad of [
      null,
      { input: 'growthFade' },
      { input: 'growthFade', values: ['0.1'] },
      { input: 3, values: [] },
    ])
      expect(() => sensitivityGrid(base, metric, bad as never, y)).toThrow(TypeError);
  });

  it('tornado ranges: reversed or out of bounds is the user’s error; not ranges is a TypeError', () => {
    const reversed = { ...ranges, growthFade: { low: 0.4, high: 0.2, reason: '' } };
    expect(analysisError(() => tornado(base, metric, reversed))).toMatch(
      /^range = "growthFade=0\.4:0\.2": FROM must be below TO/,
    );
    const outside = { ...ranges, growthFade: { low: -3, high: 0.2, reason: '' } };
    expect(analysisError(() => tornado(base, metric, outside))).toMatch(/^range = "growthFade=-3"/);
    for (const bad of [null, 'all', { ...ranges, growthFade: 0.2 }])
      expect(() => tornado(base, metric, bad as never)).toThrow(TypeError);
  });

  it('a simulation: an unknown distribution is the user’s error; wrong types are TypeErrors', () => {
    expect(analysisError(() => simulationPlan({ ...request(base), distribution: 'normal' } as never))).toBe(
      'distribution = "normal": use one of pert, triangular',
    );
    expect(() => simulationPlan({ ...request(base), holdFacts: 'yes' } as never)).toThrow(TypeError);
    expect(() => simulationPlan({ ...request(base), facts: 'F9' } as never)).toThrow(TypeError);
    expect(() => simulationPlan(null as never)).toThrow(TypeError);
    expect(() => variedSlots(null as never)).toThrow(TypeError);
    expect(() => sensitivityStudy(base, BUILTIN_MODEL, 'progress' as never)).toThrow(TypeError);
  });

  it('a run’s paths and seed: out of range is the user’s error; not numbers is a TypeError', () => {
    for (const paths of [0, -5, 1.5, Number.NaN, 2 ** 31])
      expect(analysisError(() => simulationPlan({ ...request(base), paths }))).toMatch(/^paths = /);
    expect(analysisError(() => simulationPlan({ ...request(base), seed: -1 }))).toMatch(/^seed = "-1"/);
    expect(analysisError(() => simulationPlan({ ...request(base), seed: 2 ** 32 }))).toMatch(/^seed = /);
    expect(() => simulationPlan({ ...request(base), paths: '100' as never })).toThrow(TypeError);
    expect(() => simulationPlan({ ...request(base), seed: '7' as never })).toThrow(TypeError);
  });
});
