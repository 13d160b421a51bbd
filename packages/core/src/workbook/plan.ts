import type { PrintSetup } from './print-setup.js';

/** The semantic style of a cell; renderers map it to fonts and fills through `CELL_STYLES`. */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'header'
  | 'section'
  | 'label'
  | 'input'
  | 'formula'
  | 'note'
  | 'status'
  | 'selector'
  | 'link'
  | 'headerActual'
  | 'periodActual'
  | 'periodEstimate'
  /** A number computed by aifin when the workbook was built: a value, not a formula, and not an input. */
  | 'computed';

/** A text cell. Renderers write it as text even when it starts with "=" (user strings never become formulas). */
export interface TextCell {
  readonly kind: 'text';
  readonly text: string;
  readonly style?: CellStyle;
}

/** A typed-in number: an input or a sourced fact. */
export interface NumberCell {
  readonly kind: 'number';
  readonly value: number;
  readonly format?: string;
  readonly style?: CellStyle;
}

/** A live formula (English A1, with its leading "="), and the value it evaluates to for the selected scenario. */
export interface FormulaCell {
  readonly kind: 'formula';
  readonly formula: string;
  readonly value: number | string | null;
  readonly format?: string;
  readonly style?: CellStyle;
}

export type Cell = TextCell | NumberCell | FormulaCell;

export type SheetName =
  | 'Cover'
  | 'Assumptions'
  | 'Revenue Mix'
  | 'Loss Model'
  | 'Checks'
  | 'Competitors'
  | 'Sources'
  | 'Scenarios'
  | 'Sensitivity'
  | 'Risk';

/** Every sheet the plan can lay out, in workbook order. */
export const SHEET_NAMES: readonly SheetName[] = [
  'Cover',
  'Assumptions',
  'Revenue Mix',
  'Loss Model',
  'Checks',
  'Competitors',
  'Sources',
  'Scenarios',
  'Sensitivity',
  'Risk',
];

/**
 * A list-type data validation: the cells at `ref` may only take the values in `source` (an A1 range formula such
 * as "=$F$6:$H$6"), or one of the literal `values` (a choice input's options).
 */
export type ListValidation =
  | { readonly ref: string; readonly source: string }
  | { readonly ref: string; readonly values: readonly string[] };

/**
 * A three-colour scale over a range (Excel's red–yellow–green): the lowest number gets `low`, the median `mid`,
 * the highest `high`; text cells in the range are left alone. Colours are RGB hex without "#".
 */
export interface ColorScale {
  readonly kind: 'colorScale';
  /** A1 range on the sheet, e.g. "C8:M18". */
  readonly ref: string;
  readonly low: string;
  readonly mid: string;
  readonly high: string;
}

/** One sheet: a grid of cells from A1 (rows may be shorter than `width`; missing cells are empty). */
export interface SheetPlan {
  readonly name: SheetName;
  readonly rows: readonly (readonly (Cell | null)[])[];
  /** Columns the grid spans: the widest row. */
  readonly width: number;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows and columns kept in view when scrolling. */
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly validations: readonly ListValidation[];
  /**
   * Columns that print, from A (absent: all): reference columns a page cannot hold legibly (the per-scenario
   * reasons on Assumptions) stay on screen.
   */
  readonly printColumns?: number;
  /**
   * True when only the sheet's rows print, not the charts below them: the model sheets' charts repeat the Cover's,
   * which prints them on its one page, and one under a long table would split over a page break.
   */
  readonly printRowsOnly?: boolean;
  /** Conditional formats (colour scales over sensitivity grids); absent: none. */
  readonly conditionalFormats?: readonly ColorScale[];
  /** How the sheet prints; `buildWorkbookPlan` sets it on every sheet (absent: the host's defaults). */
  readonly print?: PrintSetup;
}

/** A workbook-level name: `name` refers to `'sheet'!ref`. */
export interface DefinedName {
  readonly name: string;
  readonly sheet: SheetName;
  /** Absolute A1 reference on that sheet, e.g. "$D$5:$K$5". */
  readonly ref: string;
}

/** A native chart over ranges of the plan. */
/** One series of a chart: its name and values, and (a fan's series) its part and fill colour. */
export interface ChartSeriesPlan {
  readonly name: string;
  readonly values: string;
  /** A fan's parts: `base` is stacked but not drawn, `band` is filled, `line` is drawn as a line on top. */
  readonly role?: 'base' | 'band' | 'line';
  /** Fill (a band) or line colour, as RRGGBB. */
  readonly color?: string;
}

export interface ChartPlan {
  readonly sheet: SheetName;
  readonly title: string;
  /**
   * `tornado`: horizontal bars either side of zero, one category per input, the first category on top, the series
   * overlapping (a metric's change with the input at its low and at its high end).
   */
  /**
   * `fan`: stacked areas whose first series is an invisible base (the lowest percentile) and whose others are bands'
   * widths, filled in their colour, with the series of role `line` drawn as a line over them (the median).
   */
  readonly type: 'stackedColumn' | 'line' | 'tornado' | 'fan';
  /** Absolute reference of the category labels (the year row; a tornado's input names). */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  /** Where the chart sits: the top-left and bottom-right cells it covers. */
  readonly from: string;
  readonly to: string;
}

/** A neutral description of the whole workbook; the ExcelJS and Office.js renderers only render it. */
export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly DefinedName[];
  readonly charts: readonly ChartPlan[];
  /** The scenario the live columns follow when the workbook opens. */
  readonly selectedScenario: string;
  readonly years: readonly number[];
}
