import { absoluteAddress, boxAddress, type CellBox, sheetPrefix } from './a1.js';
import { parseInput } from './cell-input.js';
import { FakeClientObject } from './client-object.js';
import { FakeOfficeError } from './fake-error.js';
import {
  cellKey,
  DEFAULT_COLUMN_WIDTH,
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

  get address(): string {
    return this.loadedValue('address');
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
  set values(value: unknown[][]) {
    this.queueSet('values', value, (t) => this.write(t, value));
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue('numberFormat');
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
  get rowCount(): number {
    return this.loadedValue('rowCount');
  }
  get columnCount(): number {
    return this.loadedValue('columnCount');
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

  /** One cell of the range, 0-based from its top-left. */
  getCell(row: number, column: number): FakeRange {
    return this.createChild(
      (path) => new FakeRange(this.context, path, { kind: 'bound' }),
      'getCell',
      [row, column],
      (t) => ({
        sheet: t.sheet,
        box: { row: t.box.row + row, column: t.box.column + column, rowCount: 1, columnCount: 1 },
      }),
    );
  }

  protected defaultProperties(): readonly string[] {
    return ['address', 'formulas', 'values', 'numberFormat', 'rowCount', 'columnCount'];
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case 'address':
        return `${sheetPrefix(t.sheet.name)}${boxAddress(t.box)}`;
      case 'formulas':
        return grid(t, (cell) => formulaOf(cell?.content ?? null));
      case 'values':
        return grid(t, (cell) => displayedValue(cell?.content ?? null, this.context.state.customFunctions));
      case 'numberFormat':
        return grid(t, (cell) => cell?.numberFormat ?? 'General');
      case 'rowCount':
        return t.box.rowCount;
      case 'columnCount':
        return t.box.columnCount;
      default:
        throw new FakeOfficeError('InvalidArgument', `fake-excel: Range.${name} is not simulated`);
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

/** The absolute, sheet-qualified reference of a range, e.g. "'Loss Model'!$D$4:$K$4". */
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
  /** Width of the range's columns in points; reads null when they differ, as in Excel. */
  get columnWidth(): number | null {
    return this.loadedValue('columnWidth');
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
  get horizontalAlignment(): string | null {
    return this.loadedValue('horizontalAlignment');
  }
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

  protected defaultProperties(): readonly string[] {
    return ['columnWidth'];
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    if (name === 'horizontalAlignment') return common(t, (c) => c.alignment ?? 'General');
    if (name !== 'columnWidth')
      throw new FakeOfficeError('InvalidArgument', `fake-excel: RangeFormat.${name}`);
    const widths = new Set<number>();
    for (let c = t.box.column; c < t.box.column + t.box.columnCount; c++)
      widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
    return widths.size === 1 ? [...widths][0] : null;
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

/** Reads one value over a range: the common value, or null when cells differ (Excel's rule). */
const common = <V>(t: RangeTarget, read: (cell: FakeCell) => V): V | null => {
  const seen = new Set<V>();
  forEachCell(t.box, (row, column) => {
    seen.add(read(t.sheet.cells.get(cellKey(row, column)) ?? emptyCell()));
  });
  return seen.size === 1 ? ([...seen][0] as V) : null;
};

/** A fake `Excel.RangeFont`. */
export class FakeRangeFont extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'RangeFont';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  get bold(): boolean | null {
    return this.loadedValue('bold');
  }
  set bold(value: boolean) {
    this.setFont('bold', value, (cell) => {
      cell.font.bold = value;
    });
  }
  get italic(): boolean | null {
    return this.loadedValue('italic');
  }
  set italic(value: boolean) {
    this.setFont('italic', value, (cell) => {
      cell.font.italic = value;
    });
  }
  get color(): string | null {
    return this.loadedValue('color');
  }
  set color(value: string) {
    this.setFont('color', value, (cell) => {
      cell.font.color = toColor(value);
    });
  }
  get size(): number | null {
    return this.loadedValue('size');
  }
  set size(value: number) {
    this.setFont('size', value, (cell) => {
      cell.font.size = value === 11 ? null : value;
    });
  }

  protected defaultProperties(): readonly string[] {
    return ['bold', 'italic', 'color', 'size'];
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case 'bold':
        return common(t, (c) => c.font.bold);
      case 'italic':
        return common(t, (c) => c.font.italic);
      case 'color':
        return common(t, (c) => c.font.color ?? '#000000');
      case 'size':
        return common(t, (c) => c.font.size ?? 11);
      default:
        throw new FakeOfficeError('InvalidArgument', `fake-excel: RangeFont.${name} is not simulated`);
    }
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

  /** "#FFFFFF" when there is no fill, as Excel reports it. */
  get color(): string | null {
    return this.loadedValue('color');
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

  clear(): void {
    this.queueCall('clear', [], (t) =>
      forEachCell(t.box, (row, column) =>
        updateCell(t.sheet, row, column, (cell) => {
          cell.fill = null;
        }),
      ),
    );
  }

  protected defaultProperties(): readonly string[] {
    return ['color'];
  }

  protected readProperty(t: RangeTarget): unknown {
    return common(t, (c) => c.fill ?? '#FFFFFF');
  }
}

/** A fake `Excel.DataValidation` (list rules only). */
export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly typeName = 'DataValidation';

  protected override protectedBy(target: RangeTarget): FakeSheet {
    return target.sheet;
  }

  /** The rule of the range's first cell, or `{}` when it has none. */
  get rule(): FakeValidation | Record<string, never> {
    return this.loadedValue('rule');
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

  protected defaultProperties(): readonly string[] {
    return ['rule'];
  }

  protected readProperty(t: RangeTarget): unknown {
    return t.sheet.validations.get(cellKey(t.box.row, t.box.column)) ?? {};
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

  protected defaultProperties(): readonly string[] {
    return [];
  }

  protected readProperty(): unknown {
    return undefined;
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

  protected defaultProperties(): readonly string[] {
    return ['type'];
  }

  protected readProperty(target: FakeConditionalFormat, name: string): unknown {
    return name === 'type' ? target.type : undefined;
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

  get criteria(): NonNullable<FakeConditionalFormat['criteria']> {
    return this.loadedValue('criteria');
  }

  protected defaultProperties(): readonly string[] {
    return ['criteria'];
  }

  protected readProperty(target: FakeConditionalFormat, name: string): unknown {
    return name === 'criteria' ? target.criteria : undefined;
  }
}
