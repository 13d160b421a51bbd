import { type CellBox, columnName } from './a1.js';
import { type CustomFunction, customFunctionValue } from './fake-custom-functions.js';

/** What a cell holds once Excel has parsed the input written to it. */
export type FakeCellContent =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'formula'; readonly formula: string };

/** Font settings a cell carries; `null` means Excel's default (Calibri 11, automatic colour). */
export interface FakeFont {
  bold: boolean;
  italic: boolean;
  color: string | null;
  size: number | null;
}

/** One non-empty cell (content, format or both). */
export interface FakeCell {
  content: FakeCellContent | null;
  numberFormat: string;
  font: FakeFont;
  fill: string | null;
  /** `format.horizontalAlignment` other than "General", e.g. "Right". */
  alignment: string | null;
}

/** A list data validation as `dataValidation.rule = { list: … }` set it. */
export interface FakeValidation {
  readonly list: { readonly inCellDropDown: boolean; readonly source: string };
}

/** One colour-scale criterion as Office.js takes it: a type, a formula (null for lowest/highest) and a colour. */
export interface FakeColorCriterion {
  readonly type: string;
  readonly formula?: string | null;
  readonly color: string;
}

/** A conditional format on a range, as `conditionalFormats.add(type)` and its settings left it. */
export interface FakeConditionalFormat {
  readonly type: string;
  readonly box: CellBox;
  criteria: {
    readonly minimum: FakeColorCriterion;
    readonly midpoint?: FakeColorCriterion;
    readonly maximum: FakeColorCriterion;
  } | null;
}

/** A chart series: the references its values and categories were set from. */
export interface FakeSeries {
  name: string;
  values: string | null;
  xValues: string | null;
  /** A series drawn as another type than its chart (a combination chart), or null for the chart's own. */
  chartType?: string | null;
  /** Its fill: null (the default), 'none' (cleared) or an #RRGGBB colour. */
  fill?: string | null;
  /** Its line colour (#RRGGBB), or null (the default). */
  lineColor?: string | null;
}

/** The category axis as the add-in shaped it (Excel's defaults until set). */
export interface FakeCategoryAxis {
  reversePlotOrder: boolean;
  tickLabelPosition: string;
  /** Where the value axis crosses this one. */
  position: string;
}

/** A chart as the add-in shaped it. */
export interface FakeChart {
  readonly id: number;
  name: string;
  chartType: string;
  title: string;
  series: FakeSeries[];
  /**
   * Bar and column charts only: how far bars overlap (−100 … 100) and the gap between categories (0 … 500). Set
   * through any series, they belong to its chart group (one group per chart here), as in Excel.
   */
  overlap: number;
  gapWidth: number;
  categoryAxis: FakeCategoryAxis;
  /** How lines cross empty cells: Excel's default leaves a gap (`NotPlotted`). */
  displayBlanksAs: string;
  from: string | null;
  to: string | null;
}

/** A sheet's print setup as `Worksheet.pageLayout` set it; margins in inches. */
export interface FakePageLayoutState {
  orientation: 'Portrait' | 'Landscape';
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** 1-based rows and columns repeated on every page, or null. */
  printTitleRows: { first: number; last: number } | null;
  printTitleColumns: { first: number; last: number } | null;
  /** The print area's last 1-based row and column (from A1), or null for the whole sheet. */
  printArea: { lastRow: number; lastColumn: number } | null;
  footer: { left: string; center: string; right: string };
}

/** A new sheet's print setup: Excel's defaults (portrait, 100 %, "Normal" margins, no titles, no footer). */
export const defaultPageLayout = (): FakePageLayoutState => ({
  orientation: 'Portrait',
  zoom: { scale: 100 },
  margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  printTitleRows: null,
  printTitleColumns: null,
  printArea: null,
  footer: { left: '', center: '', right: '' },
});

/** One worksheet; cells are keyed "row,column" (0-based) so only used cells cost memory. */
export interface FakeSheet {
  readonly id: number;
  name: string;
  readonly cells: Map<string, FakeCell>;
  readonly columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number };
  readonly validations: Map<string, FakeValidation>;
  readonly conditionalFormats: FakeConditionalFormat[];
  readonly customProperties: Map<string, string>;
  readonly charts: FakeChart[];
  pageLayout: FakePageLayoutState;
  /** Protected (Review › Protect Sheet): its cells, formats, panes and charts refuse every write. */
  protected: boolean;
  /** Names scoped to this sheet, e.g. the copies Excel makes of workbook names when a sheet is copied. */
  readonly names: FakeName[];
}

/** A workbook-level name; `target` follows its sheet through renames, as Excel's references do. */
export interface FakeName {
  readonly name: string;
  readonly comment: string;
  readonly target: { readonly sheetId: number; readonly box: CellBox } | { readonly formula: string };
}

/** The whole in-memory workbook. */
export interface FakeWorkbook {
  readonly sheets: FakeSheet[];
  readonly names: FakeName[];
  activeSheetId: number;
  nextId: number;
  /** Workbook structure protected (Review › Protect Workbook): no sheet may be added, deleted, renamed or moved. */
  structureProtected: boolean;
  /** Custom functions registered through the `CustomFunctions` stand-in, by "NAMESPACE.ID". */
  readonly customFunctions: Map<string, CustomFunction>;
  /** Calls of `application.calculate`, so tests can see the workbook was recalculated after a suspended write. */
  calculations: number;
}

export const cellKey = (row: number, column: number): string => `${row},${column}`;

export const emptyCell = (): FakeCell => ({
  content: null,
  numberFormat: 'General',
  font: { bold: false, italic: false, color: null, size: null },
  fill: null,
  alignment: null,
});

/** Whether a cell differs from a never-touched one (such cells are dropped to keep the state canonical). */
export const isBlank = (cell: FakeCell): boolean =>
  cell.content === null &&
  cell.numberFormat === 'General' &&
  !cell.font.bold &&
  !cell.font.italic &&
  cell.font.color === null &&
  cell.font.size === null &&
  cell.fill === null &&
  cell.alignment === null;

export const newSheet = (workbook: FakeWorkbook, name: string): FakeSheet => ({
  id: workbook.nextId++,
  name,
  cells: new Map(),
  columnWidths: new Map(),
  freeze: { rows: 0, columns: 0 },
  validations: new Map(),
  conditionalFormats: [],
  customProperties: new Map(),
  charts: [],
  pageLayout: defaultPageLayout(),
  protected: false,
  names: [],
});

/** A1 address of a "row,column" key. */
export const keyAddress = (key: string): string => {
  const [row = 0, column = 0] = key.split(',').map(Number);
  return `${columnName(column)}${row + 1}`;
};

/** A cell's contents in the form `range.formulas` returns them. */
export const formulaOf = (content: FakeCellContent | null): string | number | boolean => {
  if (content === null) return '';
  switch (content.kind) {
    case 'text':
      return content.text;
    case 'formula':
      return content.formula;
    default:
      return content.value;
  }
};

/**
 * The fake does not calculate Excel formulas: a formula cell's value reads as Excel's "#CALC!" error text, unless
 * the formula calls a registered custom function with literal arguments, which the fake does run.
 */
export const NOT_CALCULATED = '#CALC!';

/** A cell's contents in the form `range.values` returns them. */
export const displayedValue = (
  content: FakeCellContent | null,
  customFunctions: ReadonlyMap<string, CustomFunction> = new Map(),
): string | number | boolean =>
  content?.kind === 'formula'
    ? (customFunctionValue(content.formula, customFunctions) ?? NOT_CALCULATED)
    : formulaOf(content);
