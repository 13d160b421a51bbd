import { absoluteAddress, parseAddress, splitQualified } from './a1.js';
import { FakeClientObject, FakeCollection } from './client-object.js';
import { FakeChartCollection } from './fake-charts.js';
import { FakeCustomPropertyCollection } from './fake-custom-properties.js';
import { accessDenied, FakeOfficeError } from './fake-error.js';
import { FakeNamedItemCollection } from './fake-named-items.js';
import { FakePageLayout } from './fake-page-layout.js';
import { FakeRange, type RangeTarget } from './fake-range.js';
import { type FakeSheet, type FakeWorkbook, newSheet } from './workbook-state.js';

/** Adding, deleting, renaming or moving a sheet fails while the workbook structure is protected. */
const checkStructure = (workbook: FakeWorkbook): void => {
  if (workbook.structureProtected) throw accessDenied('The workbook structure');
};

const INVALID_SHEET_NAME = /[[\]:*?/\\]/;

/** Excel's rules for a sheet name: 1–31 characters, none of []:*?/\, no apostrophe at either end, unique. */
export const checkSheetName = (workbook: FakeWorkbook, name: string, except?: FakeSheet): void => {
  if (name.length === 0 || name.length > 31 || INVALID_SHEET_NAME.test(name) || /^'|'$/.test(name))
    throw new FakeOfficeError('InvalidArgument', `The sheet name '${name}' is not valid.`);
  const taken = workbook.sheets.some((s) => s !== except && s.name.toLowerCase() === name.toLowerCase());
  if (taken)
    throw new FakeOfficeError(
      'ItemAlreadyExists',
      'A resource with the same name or identifier already exists.',
    );
};

export const findSheet = (workbook: FakeWorkbook, name: string): FakeSheet | null =>
  workbook.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;

const rangeOf = (sheet: FakeSheet, address: string): RangeTarget => {
  const box = parseAddress(address);
  if (!box)
    throw new FakeOfficeError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
    );
  return { sheet, box };
};

/** Resolves a range given as a proxy or as an address on `sheet`, the two forms many Excel methods accept. */
export const rangeArgument = (sheet: FakeSheet, workbook: FakeWorkbook, value: unknown): RangeTarget => {
  if (value instanceof FakeRange) return value.resolve();
  if (typeof value !== 'string')
    throw new FakeOfficeError(
      'InvalidArgument',
      'The argument is invalid or missing or has an incorrect format.',
    );
  const qualified = splitQualified(value);
  if (!qualified) return rangeOf(sheet, value);
  const other = findSheet(workbook, qualified.sheet);
  if (!other) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
  return rangeOf(other, qualified.address);
};

/** A fake `Excel.WorksheetCollection`. */
export class FakeWorksheetCollection extends FakeCollection<FakeWorkbook, FakeSheet, FakeWorksheet> {
  protected readonly typeName = 'WorksheetCollection';

  /** Adds a sheet at the end, as Excel does. */
  add(name?: string): FakeWorksheet {
    return this.createChild(
      (path) => new FakeWorksheet(this.context, path, { kind: 'bound' }),
      'add',
      name === undefined ? [] : [name],
      (workbook) => {
        let sheetName = name;
        if (sheetName === undefined) {
          let n = workbook.sheets.length + 1;
          while (findSheet(workbook, `Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        checkStructure(workbook);
        checkSheetName(workbook, sheetName);
        const sheet = newSheet(workbook, sheetName);
        workbook.sheets.push(sheet);
        return sheet;
      },
    );
  }

  getItem(name: string): FakeWorksheet {
    return this.createChild(
      (path) => new FakeWorksheet(this.context, path, { kind: 'bound' }),
      'getItem',
      [name],
      (workbook) => {
        const sheet = findSheet(workbook, name);
        if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
        return sheet;
      },
    );
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.createChild(
      (path) => new FakeWorksheet(this.context, path, { kind: 'bound' }),
      'getItemOrNullObject',
      [name],
      (workbook) => findSheet(workbook, name),
    );
  }

  protected itemsOf(workbook: FakeWorkbook): readonly FakeSheet[] {
    return workbook.sheets;
  }

  protected wrapItem(sheet: FakeSheet, path: string): FakeWorksheet {
    return new FakeWorksheet(this.context, path, { kind: 'fixed', target: sheet });
  }
}

/** A fake `Excel.Worksheet`. */
export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  protected readonly typeName = 'Worksheet';

  get name(): string {
    return this.loadedValue('name');
  }
  /** Renaming keeps references to the sheet working (names follow it), as in Excel. */
  set name(value: string) {
    this.queueSet('name', value, (sheet) => {
      checkStructure(this.context.state);
      checkSheetName(this.context.state, value, sheet);
      sheet.name = value;
    });
  }
  set position(value: number) {
    this.queueSet('position', value, (sheet) => {
      checkStructure(this.context.state);
      const { sheets } = this.context.state;
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length)
        throw new FakeOfficeError(
          'InvalidArgument',
          'The argument is invalid or missing or has an incorrect format.',
        );
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  get customProperties(): FakeCustomPropertyCollection {
    return this.navigate(
      (path, get) => new FakeCustomPropertyCollection(this.context, path, { kind: 'lazy', get }),
      'customProperties',
    );
  }

  get charts(): FakeChartCollection {
    return this.navigate(
      (path, get) => new FakeChartCollection(this.context, path, { kind: 'lazy', get }),
      'charts',
    );
  }

  get pageLayout(): FakePageLayout {
    return this.navigate(
      (path, get) => new FakePageLayout(this.context, path, { kind: 'lazy', get }),
      'pageLayout',
    );
  }

  /** Names scoped to this sheet (ExcelApi 1.4). */
  get names(): FakeNamedItemCollection {
    return this.navigate(
      (path, get) => new FakeNamedItemCollection(this.context, path, { kind: 'lazy', get }),
      'names',
    );
  }

  get protection(): FakeWorksheetProtection {
    return this.navigate(
      (path, get) => new FakeWorksheetProtection(this.context, path, { kind: 'lazy', get }),
      'protection',
    );
  }

  get freezePanes(): FakeFreezePanes {
    return this.navigate(
      (path, get) => new FakeFreezePanes(this.context, path, { kind: 'lazy', get }),
      'freezePanes',
    );
  }

  /** A range by A1 address; with no address, the whole sheet. */
  getRange(address?: string): FakeRange {
    return this.createChild(
      (path) => new FakeRange(this.context, path, { kind: 'bound' }),
      'getRange',
      address === undefined ? [] : [address],
      (sheet) => rangeOf(sheet, address ?? 'A:XFD'),
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    return this.createChild(
      (path) => new FakeRange(this.context, path, { kind: 'bound' }),
      'getRangeByIndexes',
      [row, column, rowCount, columnCount],
      (sheet) => {
        if (rowCount < 1 || columnCount < 1 || row < 0 || column < 0)
          throw new FakeOfficeError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
          );
        return { sheet, box: { row, column, rowCount, columnCount } };
      },
    );
  }

  activate(): void {
    this.queueCall('activate', [], (sheet) => {
      this.context.state.activeSheetId = sheet.id;
    });
  }

  /** Deletes the sheet; names that pointed into it now read "#REF!", as in Excel. */
  delete(): void {
    this.queueCall('delete', [], (sheet) => {
      const workbook = this.context.state;
      checkStructure(workbook);
      if (workbook.sheets.length === 1)
        throw new FakeOfficeError(
          'InvalidOperation',
          'A workbook must contain at least one visible worksheet.',
        );
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      workbook.names.forEach((name, i) => {
        if ('sheetId' in name.target && name.target.sheetId === sheet.id)
          workbook.names[i] = { ...name, target: { formula: `=#REF!${absoluteAddress(name.target.box)}` } };
      });
      if (workbook.activeSheetId === sheet.id) workbook.activeSheetId = workbook.sheets[0]?.id ?? 0;
    });
  }

  protected override readProperty(sheet: FakeSheet, name: string): unknown {
    return name === 'name' ? sheet.name : super.readProperty(sheet, name);
  }
}

/** A fake `Excel.WorksheetProtection`: whether the sheet is protected (read only here, as the add-in uses it). */
export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  protected readonly typeName = 'WorksheetProtection';

  get protected(): boolean {
    return this.loadedValue('protected');
  }

  protected override readProperty(sheet: FakeSheet, name: string): unknown {
    return name === 'protected' ? sheet.protected : super.readProperty(sheet, name);
  }
}

/** A fake `Excel.WorksheetFreezePanes`; a new freeze replaces the previous one, as in Excel. */
export class FakeFreezePanes extends FakeClientObject<FakeSheet> {
  protected readonly typeName = 'WorksheetFreezePanes';

  protected override protectedBy(sheet: FakeSheet): FakeSheet {
    return sheet;
  }

  freezeRows(count = 1): void {
    this.queueCall('freezeRows', [count], (sheet) => {
      sheet.freeze = { rows: count, columns: 0 };
    });
  }

  freezeColumns(count = 1): void {
    this.queueCall('freezeColumns', [count], (sheet) => {
      sheet.freeze = { rows: 0, columns: count };
    });
  }

  /** Freezes the rows above and columns left of the range's bottom-right edge, keeping the range in view. */
  freezeAt(frozenRange: FakeRange | string): void {
    this.queueCall('freezeAt', [frozenRange], (sheet) => {
      const { box } = rangeArgument(sheet, this.context.state, frozenRange);
      sheet.freeze = { rows: box.row + box.rowCount, columns: box.column + box.columnCount };
    });
  }

  unfreeze(): void {
    this.queueCall('unfreeze', [], (sheet) => {
      sheet.freeze = { rows: 0, columns: 0 };
    });
  }
}
