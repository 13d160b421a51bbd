import type { ChartPlan, ColorScale, PrintSetup, StyleSpec } from '@aifin/core/workbook';

/**
 * One step of a build, as plain data. The renderer first turns the plan and what the workbook holds into a list of
 * commands (pure, testable, measurable), then `queueCommand` turns each into Office.js calls. The JSON size of a
 * command is the estimate of what it adds to a request.
 */
export type ExcelCommand =
  | { readonly op: 'suspendCalculation' }
  | { readonly op: 'renameSheet'; readonly from: string; readonly to: string }
  | { readonly op: 'addSheet'; readonly name: string }
  | { readonly op: 'resetSheet'; readonly name: string; readonly charts: readonly string[] }
  | { readonly op: 'deleteSheet'; readonly name: string }
  | { readonly op: 'positionSheet'; readonly name: string; readonly position: number }
  | {
      readonly op: 'writeGrid';
      readonly sheet: string;
      readonly address: string;
      readonly numberFormat: readonly (readonly string[])[];
      readonly formulas: readonly (readonly (string | number)[])[];
    }
  | { readonly op: 'style'; readonly sheet: string; readonly address: string; readonly spec: StyleSpec }
  | { readonly op: 'columnWidth'; readonly sheet: string; readonly address: string; readonly points: number }
  | { readonly op: 'freeze'; readonly sheet: string; readonly rows: number; readonly columns: number }
  | { readonly op: 'validation'; readonly sheet: string; readonly address: string; readonly source: string }
  | { readonly op: 'colorScale'; readonly sheet: string; readonly scale: ColorScale }
  | { readonly op: 'pageLayout'; readonly sheet: string; readonly print: PrintSetup }
  | { readonly op: 'deleteName'; readonly name: string }
  | { readonly op: 'addName'; readonly name: string; readonly formula: string; readonly comment: string }
  | { readonly op: 'chart'; readonly chart: ChartPlan }
  | { readonly op: 'calculate' }
  | { readonly op: 'activate'; readonly sheet: string };
