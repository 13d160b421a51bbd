import { BUILTIN_SCENARIOS, buildWorkbookPlan, type SheetName, withHorizon } from '@aifin/core';
import { buildModelInWorkbook } from '../src/office/build-model.js';
import { installFakeOffice } from '../test/fake-excel/index.js';

/** One measured build: round trips and the request size of each, as the fake host recorded them. */
export interface BuildMeasure {
  readonly horizon: number;
  readonly sheets: 'all' | 'model-only';
  readonly build: 'new workbook' | 'rebuild';
  readonly syncs: number;
  readonly bytesPerSync: readonly number[];
  readonly maxBytes: number;
  readonly totalBytes: number;
  /** What the renderer estimated for its writes (`BuildResult.payloadBytes`). */
  readonly estimatedBytes: number;
  readonly milliseconds: number;
}

const MODEL_ONLY: readonly SheetName[] = [];

/** Builds the built-in plan into a fake host for each horizon and sheet choice, twice (new workbook, rebuild). */
export const measureBuilds = async (horizons: readonly number[]): Promise<BuildMeasure[]> => {
  const rows: BuildMeasure[] = [];
  for (const horizon of horizons)
    for (const sheets of ['all', 'model-only'] as const) {
      const plan = buildWorkbookPlan({
        scenarios: Object.values(BUILTIN_SCENARIOS).map((s) => withHorizon(s, horizon)),
        selected: 'base',
        ...(sheets === 'model-only' ? { include: MODEL_ONLY } : {}),
      });
      const host = installFakeOffice(globalThis);
      for (const build of ['new workbook', 'rebuild'] as const) {
        host.clearRecording();
        const start = performance.now();
        const result = await buildModelInWorkbook(plan);
        const milliseconds = performance.now() - start;
        if (!result.ok) throw new Error(`build failed: ${result.message}`);
        const bytesPerSync = host.syncs.map((s) => s.payloadBytes);
        rows.push({
          horizon,
          sheets,
          build,
          syncs: host.syncs.length,
          bytesPerSync,
          maxBytes: Math.max(...bytesPerSync),
          totalBytes: bytesPerSync.reduce((a, b) => a + b, 0),
          estimatedBytes: result.payloadBytes,
          milliseconds,
        });
      }
    }
  return rows;
};
