import { deepFreeze } from '../internal/deep-freeze.js';
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
  /** Text that wraps within its column (long labels and source chains), top-aligned. */
  | 'wrapped'
  /** A note (grey italic) that wraps within its column. */
  | 'noteWrapped'
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

/**
 * One cell of a sheet plan: text, a number, or a live formula with the value it evaluates to.
 * @example const cell: Cell = { kind: 'number', value: 20 };
 */
export type Cell = TextCell | NumberCell | FormulaCell;

/**
 * The sheets a workbook plan can hold; Cover, Checks and Competitors are optional, Scenarios, Sensitivity and Risk
 * are the analysis sheets.
 * @example buildWorkbookPlan({ scenarios, selected: 'base', include: ['Checks'] satisfies SheetName[] })
 */
export type SheetName =
  | 'Cover'
  | 'Assumptions'
  | 'Revenue Mix'
  | 'Income Statement'
  | 'Cash Flow'
  | 'Valuation'
  | 'Plan'
  | 'Checks'
  | 'Competitors'
  | 'Sources'
  | 'Scenarios'
  | 'Sensitivity'
  | 'Risk';

/** Every sheet the plan can lay out, in workbook order. */
export const SHEET_NAMES: readonly SheetName[] = /* @__PURE__ */ deepFreeze([
  'Cover',
  'Assumptions',
  'Revenue Mix',
  'Income Statement',
  'Cash Flow',
  'Valuation',
  'Plan',
  'Checks',
  'Competitors',
  'Sources',
  'Scenarios',
  'Sensitivity',
  'Risk',
]);

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
   * Row heights in points for rows whose wrapped text takes more than one line (null: the default height); absent:
   * every row at the default. A file renderer sets them; live Excel fits wrapped rows itself as the pane writes them.
   */
  readonly rowHeights?: readonly (number | null)[];
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

/** A chart on a sheet: its type, where it sits, its categories and its series, as absolute references. */
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
  /**
   * How a line crosses an empty cell: `span` joins the points either side (series by date, where each company has
   * points on its own dates); absent or `gap`: the line breaks.
   */
  readonly blanks?: 'gap' | 'span';
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
