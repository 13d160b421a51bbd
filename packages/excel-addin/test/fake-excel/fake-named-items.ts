import { absoluteAddress, parseAddress, sheetPrefix, splitQualified } from './a1.js';
import { FakeClientObject, FakeCollection } from './client-object.js';
import { FakeOfficeError } from './fake-error.js';
import { FakeRange } from './fake-range.js';
import { findSheet } from './fake-worksheets.js';
import type { FakeName, FakeSheet, FakeWorkbook } from './workbook-state.js';

/** Where names live: the workbook (workbook scope) or one sheet (sheet scope); both hold a `names` list. */
type NameScope = FakeWorkbook | FakeSheet;

/** Excel's rules for a defined name: starts with a letter, "_" or "\", no spaces, and never a cell address. */
export const checkDefinedName = (name: string): void => {
  const looksLikeCell = parseAddress(name) !== null || /^[rc]$/i.test(name) || /^r\d*c\d*$/i.test(name);
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || looksLikeCell)
    throw new FakeOfficeError('InvalidArgument', `The name '${name}' is not valid.`);
};

/** A name's "refers to" formula, written the way Excel shows it (sheet quoted only when it must be). */
export const nameFormula = (workbook: FakeWorkbook, name: FakeName): string => {
  if ('formula' in name.target) return name.target.formula;
  const { sheetId, box } = name.target;
  const sheet = workbook.sheets.find((s) => s.id === sheetId);
  return sheet ? `=${sheetPrefix(sheet.name)}${absoluteAddress(box)}` : `=#REF!${absoluteAddress(box)}`;
};

const findName = (scope: NameScope, name: string): FakeName | null =>
  scope.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;

const isWorkbook = (scope: NameScope): scope is FakeWorkbook => 'sheets' in scope;

/**
 * A fake `Excel.NamedItemCollection`, of the workbook (`workbook.names`) or of one sheet (`worksheet.names`).
 * Like Excel (office-js issue 2875), adding a workbook name fails with ItemAlreadyExists while the active sheet
 * holds a sheet-scoped name of the same name, as a copied model sheet does.
 */
export class FakeNamedItemCollection extends FakeCollection<NameScope, FakeName, FakeNamedItem> {
  protected readonly typeName = 'NamedItemCollection';

  /** Adds a name referring to a range (proxy) or a formula such as "='Cash Flow'!$D$5:$K$5". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    return this.createChild(
      (path) => new FakeNamedItem(this.context, path, { kind: 'bound' }),
      'add',
      comment === undefined ? [name, reference] : [name, reference, comment],
      (scope) => {
        checkDefinedName(name);
        const workbook = this.context.state;
        const active = workbook.sheets.find((s) => s.id === workbook.activeSheetId);
        const shadowed = isWorkbook(scope) && active !== undefined && findName(active, name) !== null;
        if (findName(scope, name) || shadowed)
          throw new FakeOfficeError(
            'ItemAlreadyExists',
            'A resource with the same name or identifier already exists.',
          );
        const item: FakeName = { name, comment: comment ?? '', target: this.target(workbook, reference) };
        scope.names.push(item);
        return item;
      },
    );
  }

  getItem(name: string): FakeNamedItem {
    return this.createChild(
      (path) => new FakeNamedItem(this.context, path, { kind: 'bound' }),
      'getItem',
      [name],
      (workbook) => {
        const found = findName(workbook, name);
        if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
        return found;
      },
    );
  }

  protected itemsOf(scope: NameScope): readonly FakeName[] {
    return scope.names;
  }

  protected wrapItem(item: FakeName, path: string): FakeNamedItem {
    return new FakeNamedItem(this.context, path, { kind: 'fixed', target: item });
  }

  private target(workbook: FakeWorkbook, reference: FakeRange | string): FakeName['target'] {
    if (reference instanceof FakeRange) {
      const { sheet, box } = reference.resolve();
      return { sheetId: sheet.id, box };
    }
    const formula = reference.startsWith('=') ? reference : `=${reference}`;
    const qualified = splitQualified(formula.slice(1));
    const sheet = qualified ? findSheet(workbook, qualified.sheet) : null;
    const box = qualified ? parseAddress(qualified.address) : null;
    return sheet && box ? { sheetId: sheet.id, box } : { formula };
  }
}

/** A fake `Excel.NamedItem`. */
export class FakeNamedItem extends FakeClientObject<FakeName> {
  protected readonly typeName = 'NamedItem';

  get name(): string {
    return this.loadedValue('name');
  }
  get comment(): string {
    return this.loadedValue('comment');
  }
  get formula(): string {
    return this.loadedValue('formula');
  }

  delete(): void {
    this.queueCall('delete', [], (item) => {
      const { state } = this.context;
      const names = [state.names, ...state.sheets.map((s) => s.names)].find((list) => list.includes(item));
      names?.splice(names.indexOf(item), 1);
    });
  }

  protected override readProperty(item: FakeName, name: string): unknown {
    switch (name) {
      case 'name':
        return item.name;
      case 'comment':
        return item.comment;
      case 'formula':
        return nameFormula(this.context.state, item);
      default:
        return super.readProperty(item, name);
    }
  }
}
