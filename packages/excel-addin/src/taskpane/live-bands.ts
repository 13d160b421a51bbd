import type { SimulatedLine, SimulationResult } from '@aifin/core';

/** The lines the live bands show: the top line, the cash it throws off, and the cash left. */
export const LIVE_BAND_LINES = [
  { line: 'revenue.total', label: 'Revenue' },
  { line: 'freeCashFlow', label: 'Free cash flow' },
  { line: 'cash.end', label: 'Cash' },
] as const satisfies readonly { readonly line: SimulatedLine; readonly label: string }[];

/** One year of a line's bands, USD billions: the outer band P5–P95, the inner P25–P75, and the median. */
export interface BandYear {
  readonly year: number;
  readonly p5: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/**
 * A line's bands by year, from a simulation's percentiles; years where the line is not modelled are left out.
 * @example liveBands(result, 'cash.end')[0] // { year: 2023, p5: …, p25: …, p50: …, p75: …, p95: … }
 */
export function liveBands(result: SimulationResult, line: SimulatedLine): readonly BandYear[] {
  const { p5, p25, p50, p75, p95 } = result.percentiles[line];
  return result.years.flatMap((year, i) => {
    const values = [p5[i], p25[i], p50[i], p75[i], p95[i]];
    if (values.some((v) => v === null || v === undefined)) return [];
    const [a, b, c, d, e] = values as number[];
    return [
      { year, p5: a as number, p25: b as number, p50: c as number, p75: d as number, p95: e as number },
    ];
  });
}
