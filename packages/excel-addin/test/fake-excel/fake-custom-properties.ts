import { FakeClientObject, FakeCollection } from './client-object.js';
import { FakeOfficeError } from './fake-error.js';
import type { FakeSheet } from './workbook-state.js';

/** What a custom property proxy stands for: a key on a sheet. */
export interface PropertyTarget {
  readonly sheet: FakeSheet;
  readonly key: string;
}

const lookup = (sheet: FakeSheet, key: string): PropertyTarget | null => {
  const found = [...sheet.customProperties.keys()].find((k) => k.toLowerCase() === key.toLowerCase());
  return found === undefined ? null : { sheet, key: found };
};

/** A fake `Excel.WorksheetCustomPropertyCollection` (ExcelApi 1.12); keys are case-insensitive, as in Excel. */
export class FakeCustomPropertyCollection extends FakeCollection<
  FakeSheet,
  PropertyTarget,
  FakeCustomProperty
> {
  protected readonly typeName = 'WorksheetCustomPropertyCollection';

  /** Adds the property, or sets its value when the key exists. */
  add(key: string, value: string): FakeCustomProperty {
    return this.createChild(
      (path) => new FakeCustomProperty(this.context, path, { kind: 'bound' }),
      'add',
      [key, value],
      (sheet) => {
        if (key.length === 0 || key.length > 255)
          throw new FakeOfficeError(
            'InvalidArgument',
            'The argument is invalid or missing or has an incorrect format.',
          );
        const existing = lookup(sheet, key);
        sheet.customProperties.set(existing?.key ?? key, value);
        return { sheet, key: existing?.key ?? key };
      },
    );
  }

  getItem(key: string): FakeCustomProperty {
    return this.createChild(
      (path) => new FakeCustomProperty(this.context, path, { kind: 'bound' }),
      'getItem',
      [key],
      (sheet) => {
        const found = lookup(sheet, key);
        if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
        return found;
      },
    );
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return this.createChild(
      (path) => new FakeCustomProperty(this.context, path, { kind: 'bound' }),
      'getItemOrNullObject',
      [key],
      (sheet) => lookup(sheet, key),
    );
  }

  protected itemsOf(sheet: FakeSheet): readonly PropertyTarget[] {
    return [...sheet.customProperties.keys()].map((key) => ({ sheet, key }));
  }

  protected wrapItem(target: PropertyTarget, path: string): FakeCustomProperty {
    return new FakeCustomProperty(this.context, path, { kind: 'fixed', target });
  }
}

/** A fake `Excel.WorksheetCustomProperty`. */
export class FakeCustomProperty extends FakeClientObject<PropertyTarget> {
  protected readonly typeName = 'WorksheetCustomProperty';

  get key(): string {
    return this.loadedValue('key');
  }
  get value(): string {
    return this.loadedValue('value');
  }
  set value(value: string) {
    this.queueSet('value', value, (t) => t.sheet.customProperties.set(t.key, value));
  }

  delete(): void {
    this.queueCall('delete', [], (t) => t.sheet.customProperties.delete(t.key));
  }

  protected defaultProperties(): readonly string[] {
    return ['key', 'value'];
  }

  protected readProperty(t: PropertyTarget, name: string): unknown {
    if (name === 'key') return t.key;
    if (name === 'value') return t.sheet.customProperties.get(t.key);
    throw new FakeOfficeError(
      'InvalidArgument',
      `fake-excel: WorksheetCustomProperty.${name} is not simulated`,
    );
  }
}
