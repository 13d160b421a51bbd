import { BUILTIN_FACT_SET, BUILTIN_SCENARIOS, evaluate, INPUT_IDS, INPUTS, UNIT_LABELS } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { renderJson } from './json.js';

/** The JSON document leaves the raw inputs out (a choice is an index there). */
const withoutInputs = <T extends { inputs: unknown }>({ inputs: _, ...rest }: T) => rest;

describe('renderJson', () => {
  it('is evaluate() plus the facts, with lines aligned to years and null where not modelled', () => {
    const scenario = { ...BUILTIN_SCENARIOS.bull, horizon: 9 };
    const evaluation = evaluate(scenario);
    const { inputs, ...doc } = JSON.parse(renderJson(evaluation, scenario));
    expect(Object.keys(doc)).toEqual([
      'scenario',
      'years',
      'lastActualYear',
      'lines',
      'summary',
      'checks',
      'factsAsOf',
      'facts',
    ]);
    expect(doc).toEqual(
      JSON.parse(
        JSON.stringify({
          ...withoutInputs(evaluation),
          factsAsOf: '2026-06-30', // the latest built-in vintage: the public collection's close
          facts: BUILTIN_FACT_SET.facts,
        }),
      ),
    );
    for (const series of Object.values(doc.lines) as unknown[][])
      expect(series).toHaveLength(doc.years.length);
    expect(doc.lines['costs.total'][0]).toBeNull();
  });

  it('carries every input with its value, range, unit, label, rationale and source', () => {
    const doc = JSON.parse(renderJson(evaluate(BUILTIN_SCENARIOS.base), BUILTIN_SCENARIOS.base));
    expect(Object.keys(doc.inputs)).toEqual([...INPUT_IDS]);
    expect(doc.inputs.growthFade).toMatchObject({
      value: 0.2,
      low: 0.1,
      high: expect.closeTo(0.3, 12),
      unit: UNIT_LABELS.ratio,
      label: INPUTS.growthFade.label,
      rationale: BUILTIN_SCENARIOS.base.rationale.growthFade,
      source: 'assumption',
    });
    expect(doc.inputs.contingentPaid).toMatchObject({
      low: 0.5,
      high: 1,
      source: 'assumption (builds on PG7_AMAZON_CONTINGENT)',
    });
    // A choice has no numeric range: it is shown by its option's name and held there.
    expect(doc.inputs.loss2025Basis).toMatchObject({ value: 'F9', low: null, high: null });
  });
});
