import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { MAX_SCENARIO_TEXT, SCENARIO_NAME_PATTERN, ScenarioFileSchema } from './schema.js';

const parse = (data: unknown) => v.safeParse(ScenarioFileSchema, data);
const firstMessage = (data: unknown): string | undefined => parse(data).issues?.[0]?.message;

describe('ScenarioFileSchema', () => {
  it('accepts a minimal file, and a full one with both kinds of override', () => {
    expect(parse({ name: 'x' })).toMatchObject({ success: true, output: { name: 'x' } });
    const full = {
      name: 'cheap-compute_2',
      extends: 'bear',
      description: 'Cheaper chips',
      horizon: 15,
      inputs: {
        computePriceRise2026: -0.2,
        growthFade: { value: 0.1, rationale: 'why' },
        openingCash: { value: 0 },
      },
    };
    expect(parse(full)).toMatchObject({ success: true, output: full });
  });

  it('reads a choice input by its option name and gives the model its index', () => {
    expect(parse({ name: 'x', inputs: { loss2025Basis: '2xF8' } })).toMatchObject({
      success: true,
      output: { inputs: { loss2025Basis: 1 } },
    });
    expect(
      parse({ name: 'x', inputs: { loss2025Basis: { value: 'F9', rationale: 'latest' } } }),
    ).toMatchObject({
      success: true,
      output: { inputs: { loss2025Basis: { value: 0 } } },
    });
    expect(firstMessage({ name: 'x', inputs: { loss2025Basis: '3xF8' } })).toBe(
      'must be one of F9, 2xF8, or { value, rationale }',
    );
    expect(parse({ name: 'x', inputs: { loss2025Basis: 1 } }).success).toBe(false);
  });

  it('takes whole years only, within bounds, for a useful life', () => {
    expect(parse({ name: 'x', inputs: { usefulLife: 4 } }).success).toBe(true);
    for (const usefulLife of [0, 4.5, 31, -1])
      expect(parse({ name: 'x', inputs: { usefulLife } }).success).toBe(false);
  });

  it('rejects bad names, including the built-in ones', () => {
    for (const name of ['', '-x', '_x', 'a.b', '../etc', 'a b', 'é', 'x'.repeat(65)])
      expect(parse({ name }).success, JSON.stringify(name)).toBe(false);
    expect(parse({ name: 'x'.repeat(64) }).success).toBe(true);
    expect(SCENARIO_NAME_PATTERN.test('9lives')).toBe(true);
    expect(firstMessage({ name: 'bull' })).toBe('is a built-in scenario name: choose another');
    expect(parse({ name: 42 }).success).toBe(false);
    expect(parse({}).success).toBe(false);
  });

  it('rejects unknown fields, unknown parents and unknown inputs', () => {
    expect(parse({ name: 'x', growth: 2 }).success).toBe(false);
    expect(firstMessage({ name: 'x', extends: 'crash' })).toBe('must be one of bear, base, bull, plan');
    expect(parse({ name: 'x', inputs: { growthFad: 0.2 } }).success).toBe(false);
    expect(parse({ name: 'x', inputs: { growthFade: { value: 0.2, why: 'no' } } }).success).toBe(false);
  });

  it('holds input values to their range, finite, and horizons to whole years 1–15', () => {
    expect(firstMessage({ name: 'x', inputs: { growthFade: 1.5 } })).toBe('must be between 0 and 1');
    for (const value of [-0.01, Number.NaN, Number.POSITIVE_INFINITY, '0.2'])
      expect(parse({ name: 'x', inputs: { growthFade: value } }).success, String(value)).toBe(false);
    expect(parse({ name: 'x', inputs: { growthFade: 0 } }).success).toBe(true);
    expect(parse({ name: 'x', inputs: { growthFade: 1 } }).success).toBe(true);
    for (const horizon of [0, 16, 2.5, '5'])
      expect(parse({ name: 'x', horizon }).success, String(horizon)).toBe(false);
    expect(parse({ name: 'x', horizon: 1 }).success).toBe(true);
  });

  it('limits free text', () => {
    expect(parse({ name: 'x', description: 'd'.repeat(MAX_SCENARIO_TEXT) }).success).toBe(true);
    expect(parse({ name: 'x', description: 'd'.repeat(MAX_SCENARIO_TEXT + 1) }).success).toBe(false);
    const longReason = { value: 0.1, rationale: 'r'.repeat(MAX_SCENARIO_TEXT + 1) };
    expect(parse({ name: 'x', inputs: { growthFade: longReason } }).success).toBe(false);
  });
});
