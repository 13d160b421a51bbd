import { absoluteAddress, type CellBox, sheetPrefix } from './a1.js';
import { parseInput } from './cell-input.js';
import { FakeClientObject } from './client-object.js';
import { FakeOfficeError } from './fake-error.js';
import {
  cellKey,
  displayedValue,
  emptyCell,
  type FakeCell,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeValidation,
  formulaOf,
  isBlank,
} from './workbook-state.js';

/** What a range proxy stands for: a box on a sheet. */
export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly box: CellBox;
}

/** Per-cell work beyond this many cells is refused: the fake keeps cells in a map, not a real grid. */
const MAX_SIMULATED_CELLS = 2_000_000;

const cellsOf = (box: CellBox): number => box.rowCount * box.columnCount;

const forEachCell = (
  box: CellBox,
  visit: (row: number, column: number, i: number, j: number) => void,
): void => {
  if (cellsOf(box) > MAX_SIMULATED_CELLS)
    throw new FakeOfficeError(
      'InvalidOperation',
      `fake-excel does not simulate per-cell work on ${cellsOf(box)} cells`,
    );
  for (let i = 0; i < box.rowCount; i++)
    for (let j = 0; j < box.columnCount; j++) visit(box.row + i, box.column + j, i, j);
};

/** Changes one cell, dropping it again when it ends up blank so equal workbooks have equal state. */
export const updateCell = (
  sheet: FakeSheet,
  row: number,
  column: number,
  change: (cell: FakeCell) => void,
): void => {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key) ?? emptyCell();
  change(cell);
  if (isBlank(cell)) sheet.cells.delete(key);
  else sheet.cells.set(key, cell);
};

/** Cells of the sheet inside a box (visits only stored cells, so whole-sheet ranges stay cheap). */
const storedCellsIn = (target: RangeTarget): [string, FakeCell][] =>
  [...target.sheet.cells].filter(([key]) => {
    const [row = 0, column = 0] = key.split(',').map(Number);
    const { box } = target;
    return (
      row >= box.row &&
      row < box.row + box.rowCount &&
      column >= box.column &&
      column < box.column + box.columnCount
    );
  });

/** Excel takes a scalar for "every cell", or a 2D array of exactly the range's size. */
const cellInput = (box: CellBox, input: unknown): ((i: number, j: number) => unknown) => {
  if (!Array.isArray(input)) return () => input;
  const rows = input as unknown[];
  const fits =
    rows.length === box.rowCount && rows.every((r) => Array.isArray(r) && r.length === box.columnCount);
  if (!fits)
    throw new FakeOfficeError(
      'InvalidArgument',
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
    );
  return (i, j) => (rows[i] as unknown[])[j];
};

const grid = <V>(target: RangeTarget, read: (cell: FakeCell | undefined) => V): V[][] => {
  const out: V[][] = [];
  forEachCell(target.box, (row, column, i) => {
    const line = out[i] ?? [];
    out[i] = line;
    line.push(read(target.sheet.cells.get(cellKey(row, column))));
  });
  return out;
};

/** A fake `Excel.Range`. */
export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'Range';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  get formulas(): unknown[][] {
    return this.loadedValue('formulas');
  }
  set formulas(value: unknown[][]) {
    this.queueSet('formulas', value, (t) => this.write(t, value));
  }
  get values(): unknown[][] {
    return this.loadedValue('values');
  }
  set numberFormat(value: unknown[][]) {
    this.queueSet('numberFormat', value, (t) => {
      const at = cellInput(t.box, value);
      forEachCell(t.box, (row, column, i, j) =>
        updateCell(t.sheet, row, column, (cell) => {
          cell.numberFormat = String(at(i, j));
        }),
      );
    });
  }

  /** `range.format` (font, fill, column width). */
  get format(): FakeRangeFormat {
    return this.navigate(
      (path, get) => new FakeRangeFormat(this.context, path, { kind: 'lazy', get }),
      'format',
    );
  }

  /** `range.dataValidation` (ExcelApi 1.8). */
  get dataValidation(): FakeDataValidation {
    return this.navigate(
      (path, get) => new FakeDataValidation(this.context, path, { kind: 'lazy', get }),
      'dataValidation',
    );
  }

  /** `range.conditionalFormats` (ExcelApi 1.6). */
  get conditionalFormats(): FakeConditionalFormats {
    return this.navigate(
      (path, get) => new FakeConditionalFormats(this.context, path, { kind: 'lazy', get }),
      'conditionalFormats',
    );
  }

  /** Clears contents, formats or both ("All", the default), like `Range.clear(applyTo)`. */
  clear(applyTo = 'All'): void {
    this.queueCall('clear', [applyTo], (t) => {
      // Conditional formats are formats: Excel drops those inside a range cleared of its formats.
      if (applyTo === 'All' || applyTo === 'Formats') {
        const inside = (b: typeof t.box) =>
          b.row >= t.box.row &&
          b.column >= t.box.column &&
          b.row + b.rowCount <= t.box.row + t.box.rowCount &&
          b.column + b.columnCount <= t.box.column + t.box.columnCount;
        const kept = t.sheet.conditionalFormats.filter((cf) => !inside(cf.box));
        t.sheet.conditionalFormats.splice(0, t.sheet.conditionalFormats.length, ...kept);
      }
      for (const [key, cell] of storedCellsIn(t)) {
        if (applyTo === 'All' || applyTo === 'Contents') cell.content = null;
        if (applyTo === 'All' || applyTo === 'Formats')
          Object.assign(cell, { ...emptyCell(), content: cell.content });
        if (isBlank(cell)) t.sheet.cells.delete(key);
      }
    });
  }

  protected override readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case 'formulas':
        return grid(t, (cell) => formulaOf(cell?.content ?? null));
      case 'values':
        return grid(t, (cell) => displayedValue(cell?.content ?? null, this.context.state.customFunctions));
      default:
        return super.readProperty(t, name);
    }
  }

  private write(t: RangeTarget, input: unknown): void {
    const at = cellInput(t.box, input);
    forEachCell(t.box, (row, column, i, j) =>
      updateCell(t.sheet, row, column, (cell) => {
        cell.content = parseInput(at(i, j), cell.numberFormat);
      }),
    );
  }
}

/** The absolute, sheet-qualified reference of a range, e.g. "'Cash Flow'!$D$4:$K$4". */
export const qualifiedReference = (t: RangeTarget): string =>
  `${sheetPrefix(t.sheet.name)}${absoluteAddress(t.box)}`;

/** `Excel.HorizontalAlignment` values. */
const HORIZONTAL_ALIGNMENTS: readonly string[] = [
  'General',
  'Left',
  'Center',
  'Right',
  'Fill',
  'Justify',
  'CenterAcrossSelection',
  'Distributed',
];

/** A fake `Excel.RangeFormat`. */
export class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFormat';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  get font(): FakeRangeFont {
    return this.navigate((path, get) => new FakeRangeFont(this.context, path, { kind: 'lazy', get }), 'font');
  }
  get fill(): FakeRangeFill {
    return this.navigate((path, get) => new FakeRangeFill(this.context, path, { kind: 'lazy', get }), 'fill');
  }
  set columnWidth(points: number) {
    this.queueSet('columnWidth', points, (t) => {
      if (!(points >= 0 && points <= 255 * 7.5))
        throw new FakeOfficeError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      for (let c = t.box.column; c < t.box.column + t.box.columnCount; c++)
        t.sheet.columnWidths.set(c, points);
    });
  }

  /** "General" (the default), or one of Excel's horizontal alignments; anything else is rejected. */
  set horizontalAlignment(value: string) {
    this.queueSet('horizontalAlignment', value, (t) => {
      if (!HORIZONTAL_ALIGNMENTS.includes(value))
        throw new FakeOfficeError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      forEachCell(t.box, (row, column) =>
        updateCell(t.sheet, row, column, (cell) => {
          cell.alignment = value === 'General' ? null : value;
        }),
      );
    });
  }

  /** Setting true resets the columns to the sheet's standard width; false does nothing, as in Excel. */
  set useStandardWidth(value: boolean) {
    this.queueSet('useStandardWidth', value, (t) => {
      if (!value) return;
      for (let c = t.box.column; c < t.box.column + t.box.columnCount; c++) t.sheet.columnWidths.delete(c);
    });
  }
}

const toColor = (value: string): string => {
  const hex = value.startsWith('#') ? value.slice(1) : value;
  if (!/^[0-9a-f]{6}$/i.test(hex))
    throw new FakeOfficeError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
    );
  return `#${hex.toUpperCase()}`;
};

/** A fake `Excel.RangeFont`. */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFont';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  set bold(value: boolean) {
    this.setFont('bold', value, (cell) => {
      cell.font.bold = value;
    });
  }
  set italic(value: boolean) {
    this.setFont('italic', value, (cell) => {
      cell.font.italic = value;
    });
  }
  set color(value: string) {
    this.setFont('color', value, (cell) => {
      cell.font.color = toColor(value);
    });
  }
  set size(value: number) {
    this.setFont('size', value, (cell) => {
      cell.font.size = value === 11 ? null : value;
    });
  }

  private setFont(name: string, value: unknown, change: (cell: FakeCell) => void): void {
    this.queueSet(name, value, (t) =>
      forEachCell(t.box, (row, column) => updateCell(t.sheet, row, column, change)),
    );
  }
}

/** A fake `Excel.RangeFill`. */
export class FakeRangeFill extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFill';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  set color(value: string) {
    this.queueSet('color', value, (t) => {
      const color = toColor(value);
      forEachCell(t.box, (row, column) =>
        updateCell(t.sheet, row, column, (cell) => {
          cell.fill = color;
        }),
      );
    });
  }
}

/** A fake `Excel.DataValidation` (list rules only). */
export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'DataValidation';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  set rule(value: FakeValidation) {
    this.queueSet('rule', value, (t) => {
      const list = value.list;
      if (!list || typeof list.source !== 'string' || list.source === '')
        throw new FakeOfficeError(
          'InvalidArgument',
          'fake-excel: only list rules with a string source are simulated',
        );
      forEachCell(t.box, (row, column) =>
        t.sheet.validations.set(cellKey(row, column), {
          list: { inCellDropDown: list.inCellDropDown ?? true, source: list.source },
        }),
      );
    });
  }

  clear(): void {
    this.queueCall('clear', [], (t) => {
      for (const key of [...t.sheet.validations.keys()]) {
        const [row = 0, column = 0] = key.split(',').map(Number);
        const { box } = t;
        if (
          row >= box.row &&
          row < box.row + box.rowCount &&
          column >= box.column &&
          column < box.column + box.columnCount
        )
          t.sheet.validations.delete(key);
      }
    });
  }
}

/** `range.conditionalFormats`: only `add` of a colour scale is simulated. */
export class FakeConditionalFormats extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'ConditionalFormatCollection';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  /** Adds a conditional format of `type` over the range; Excel accepts the enum's string values. */
  add(type: string): FakeConditionalFormatItem {
    return this.createChild(
      (path) => new FakeConditionalFormatItem(this.context, path, { kind: 'bound' }),
      'add',
      [type],
      (t) => {
        if (type !== 'ColorScale')
          throw new FakeOfficeError(
            'InvalidArgument',
            `fake-excel: conditional format type ${type} is not simulated`,
          );
        if (t.sheet.protected)
          throw new FakeOfficeError('AccessDenied', `The sheet '${t.sheet.name}' is protected.`);
        const format: FakeConditionalFormat = { type, box: { ...t.box }, criteria: null };
        t.sheet.conditionalFormats.push(format);
        return format;
      },
    );
  }
}

/** One conditional format. */
export class FakeConditionalFormatItem extends FakeClientObject<FakeConditionalFormat> {
  protected readonly typeName = 'ConditionalFormat';

  /** `conditionalFormat.colorScale`: only for a format added as ColorScale, as in Excel. */
  get colorScale(): FakeColorScale {
    return this.navigate(
      (path, get) => new FakeColorScale(this.context, path, { kind: 'lazy', get }),
      'colorScale',
    );
  }
}

const CRITERION_TYPES = ['LowestValue', 'HighestValue', 'Number', 'Percent', 'Formula', 'Percentile'];
const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** `colorScale.criteria`: checked as strictly as Excel (a known type, a formula where the type needs one, a colour). */
export class FakeColorScale extends FakeClientObject<FakeConditionalFormat> {
  protected readonly typeName = 'ColorScaleConditionalFormat';

  set criteria(value: NonNullable<FakeConditionalFormat['criteria']>) {
    this.queueSet('criteria', value, (target) => {
      if (target.type !== 'ColorScale')
        throw new FakeOfficeError('InvalidArgument', 'colorScale belongs to a ColorScale conditional format');
      for (const c of [value.minimum, value.midpoint, value.maximum]) {
        if (c === undefined) continue;
        const needsFormula = c.type !== 'LowestValue' && c.type !== 'HighestValue';
        if (!CRITERION_TYPES.includes(c.type) || !COLOR.test(c.color) || (needsFormula && !c.formula))
          throw new FakeOfficeError(
            'InvalidArgument',
            `fake-excel: bad colour-scale criterion ${JSON.stringify(c)}`,
          );
      }
      target.criteria = value;
    });
  }
}
