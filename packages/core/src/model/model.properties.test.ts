import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../scenarios/builtins.js';
import { BUILTIN_SCENARIO_NAMES } from '../scenarios/scenario.js';
import { MAX_HORIZON, MIN_HORIZON } from './calendar.js';
import { evaluateLines } from './evaluate-lines.js';
import { INPUT_IDS, INPUTS, type InputId, type InputValues } from './inputs.js';

/** Any inputs a valid scenario file could set: each within its declared bounds. */
const inputsArb: fc.Arbitrary<InputValues> = fc.record(
  Object.fromEntries(
    INPUT_IDS.map((id) => [id, fc.double({ min: INPUTS[id].min, max: INPUTS[id].max, noNaN: true })]),
  ) as Record<InputId, fc.Arbitrary<number>>,
);
const horizonArb = fc.integer({ min: MIN_HORIZON, max: MAX_HORIZON });

/** The year cash first goes negative, or Infinity when it never does within the horizon. */
const runwayEnd = (inputs: InputValues, horizon: number): number => {
  const index = evaluateLines(inputs, horizon)['flag.cashNegative'].indexOf(1);
  return index < 0 ? Number.POSITIVE_INFINITY : index;
};

describe('model invariants', () => {
  it('mix shares sum to 1 and segments sum to total ARR in every year', () => {
    fc.assert(
      fc.property(inputsArb, horizonArb, (inputs, horizon) => {
        const lines = evaluateLines(inputs, horizon);
        lines['arr.total'].forEach((total, i) => {
          const shares =
            (lines['mix.enterprise'][i] ?? 0) + (lines['mix.api'][i] ?? 0) + (lines['mix.consumer'][i] ?? 0);
          expect(Math.abs(shares - 1)).toBeLessThanOrEqual(1e-12);
          const parts =
            (lines['arr.enterprise'][i] ?? 0) + (lines['arr.api'][i] ?? 0) + (lines['arr.consumer'][i] ?? 0);
          expect(Math.abs(parts - (total ?? 0))).toBeLessThanOrEqual(1e-12 * (total ?? 0));
        });
      }),
    );
  });

  it('a year’s revenue lies between the ARRs that bound it', () => {
    fc.assert(
      fc.property(inputsArb, horizonArb, (inputs, horizon) => {
        const lines = evaluateLines(inputs, horizon);
        const arr = [inputs.arrEnd2022, ...lines['arr.total'].map((v) => v ?? Number.NaN)];
        lines['revenue.total'].forEach((revenue, i) => {
          const [a0, a1] = [arr[i] ?? Number.NaN, arr[i + 1] ?? Number.NaN];
          const slack = 1e-9 * Math.max(a0, a1);
          expect(revenue ?? Number.NaN).toBeGreaterThanOrEqual(Math.min(a0, a1) - slack);
          expect(revenue ?? Number.NaN).toBeLessThanOrEqual(Math.max(a0, a1) + slack);
        });
      }),
    );
  });

  it('a higher burn never lengthens the runway', () => {
    fc.assert(
      fc.property(
        inputsArb,
        horizonArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (inputs, horizon, extra) => {
          const costlier = {
            ...inputs,
            otherCostGrowth: Math.min(INPUTS.otherCostGrowth.max, inputs.otherCostGrowth + extra),
          };
          expect(runwayEnd(costlier, horizon)).toBeLessThanOrEqual(runwayEnd(inputs, horizon));
          const dearerBuild = {
            ...inputs,
            stargateCostPerGw: Math.min(INPUTS.stargateCostPerGw.max, inputs.stargateCostPerGw * (1 + extra)),
          };
          expect(runwayEnd(dearerBuild, horizon)).toBeLessThanOrEqual(runwayEnd(inputs, horizon));
        },
      ),
    );
  });

  it('every value is finite once a line starts', () => {
    fc.assert(
      fc.property(inputsArb, horizonArb, (inputs, horizon) => {
        for (const series of Object.values(evaluateLines(inputs, horizon))) {
          for (const value of series) if (value !== null) expect(Number.isFinite(value)).toBe(true);
        }
      }),
    );
  });

  it('orders the built-ins bear ≤ base ≤ bull in total ARR in every year of every horizon', () => {
    for (let horizon = MIN_HORIZON; horizon <= MAX_HORIZON; horizon++) {
      const [bear, base, bull] = BUILTIN_SCENARIO_NAMES.map(
        (n) => evaluateLines(BUILTIN_SCENARIOS[n].inputs, horizon)['arr.total'],
      );
      base?.forEach((value, i) => {
        expect(bear?.[i] ?? Number.NaN).toBeLessThanOrEqual(value ?? Number.NaN);
        expect(value ?? Number.NaN).toBeLessThanOrEqual(bull?.[i] ?? Number.NaN);
      });
    }
  });
});
