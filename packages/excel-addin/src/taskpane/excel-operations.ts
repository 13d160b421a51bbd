import type { WorkbookPlan } from '@aifin/core';
import type { BuildOptions, BuildResult } from '../office/build-model.js';
import type { LiveRisk } from './live-risk-client.js';
import type { RunAnalysis } from './run-analysis.js';

/** Writes a workbook plan into the open workbook: `buildModelInWorkbook` in Excel, a fake in tests. */
export type BuildModel = (plan: WorkbookPlan, options?: BuildOptions) => Promise<BuildResult>;

/**
 * Everything the task pane asks of Excel. Components receive it as a prop, so they never touch Office.js and tests
 * can hand them a recording fake.
 * @example <App operations={{ buildModel: buildModelInWorkbook, unsupportedMessage: null }} />
 */
export interface ExcelOperations {
  readonly buildModel: BuildModel;
  /** Set when the host lacks the Excel API the renderer needs: the renderer's own words, shown at start-up. */
  readonly unsupportedMessage: string | null;
  /** Runs an analysis (sensitivity, simulation) off the UI thread (a Web Worker in the pane); absent, the pane offers none. */
  readonly runAnalysis?: RunAnalysis;
  /** Re-simulates the previewed scenario as its what-if inputs move (a long-lived Web Worker in the pane); absent, no live bands. */
  readonly liveRisk?: LiveRisk;
}
