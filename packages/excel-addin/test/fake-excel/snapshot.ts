import { columnName } from './a1.js';
import { nameFormula } from './fake-named-items.js';
import {
  type FakeCell,
  type FakeChart,
  type FakePageLayoutState,
  type FakeValidation,
  type FakeWorkbook,
  keyAddress,
} from './workbook-state.js';

/** One sheet as plain JSON: cells and validations keyed by A1 address, column widths by letter (points). */
export interface SheetSnapshot {
  readonly name: string;
  readonly customProperties: Readonly<Record<string, string>>;
  readonly cells: Readonly<Record<string, FakeCell>>;
  readonly columnWidths: Readonly<Record<string, number>>;
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly validations: Readonly<Record<string, FakeValidation>>;
  readonly charts: readonly Omit<FakeChart, 'id'>[];
  readonly pageLayout: FakePageLayoutState;
  readonly protected: boolean;
  /** Sheet-scoped names. */
  readonly names: readonly { readonly name: string; readonly formula: string; readonly comment: string }[];
}

/** The whole workbook as plain JSON, in sheet order; equal workbooks give equal snapshots. */
export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly names: readonly { readonly name: string; readonly formula: string; readonly comment: string }[];
  readonly activeSheet: string | null;
  readonly calculations: number;
  readonly structureProtected: boolean;
}

const byAddress = <V>(map: ReadonlyMap<string, V>): Record<string, V> =>
  Object.fromEntries(
    [...map]
      .sort(([a], [b]) => {
        const [ar = 0, ac = 0] = a.split(',').map(Number);
        const [br = 0, bc = 0] = b.split(',').map(Number);
        return ar - br || ac - bc;
      })
      .map(([key, value]) => [keyAddress(key), structuredClone(value)]),
  );

/** Copies the live state into plain JSON (chart ids left out: they only say in which order charts were made). */
export const snapshotWorkbook = (workbook: FakeWorkbook): WorkbookSnapshot => ({
  sheets: workbook.sheets.map((sheet) => ({
    name: sheet.name,
    customProperties: Object.fromEntries(sheet.customProperties),
    cells: byAddress(sheet.cells),
    columnWidths: Object.fromEntries(
      [...sheet.columnWidths].sort(([a], [b]) => a - b).map(([c, w]) => [columnName(c), w]),
    ),
    freeze: { ...sheet.freeze },
    validations: byAddress(sheet.validations),
    charts: sheet.charts.map(({ id: _id, ...chart }) => structuredClone(chart)),
    pageLayout: structuredClone(sheet.pageLayout),
    protected: sheet.protected,
    names: sheet.names.map((n) => ({ name: n.name, formula: nameFormula(workbook, n), comment: n.comment })),
  })),
  names: workbook.names.map((n) => ({ name: n.name, formula: nameFormula(workbook, n), comment: n.comment })),
  activeSheet: workbook.sheets.find((s) => s.id === workbook.activeSheetId)?.name ?? null,
  calculations: workbook.calculations,
  structureProtected: workbook.structureProtected,
});
