import { BUILTIN_FACT_SET, BUILTIN_SCENARIOS, evaluate } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { renderJson } from './json.js';

/** The JSON document leaves the raw inputs out (a choice is an index there). */
const withoutInputs = <T extends { inputs: unknown }>({ inputs: _, ...rest }: T) => rest;

describe('renderJson', () => {
  it('is evaluate() plus the facts, with lines aligned to years and null where not modelled', () => {
    const evaluation = evaluate({ ...BUILTIN_SCENARIOS.bull, horizon: 9 });
    const doc = JSON.parse(renderJson(evaluation));
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
          factsAsOf: '2026-02-20',
          facts: BUILTIN_FACT_SET.facts,
        }),
      ),
    );
    for (const series of Object.values(doc.lines) as unknown[][])
      expect(series).toHaveLength(doc.years.length);
    expect(doc.lines['costs.total'][0]).toBeNull();
  });
});
