import { FakeClientObject } from './client-object.js';
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
export class FakeCustomPropertyCollection extends FakeClientObject<FakeSheet> {
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

  getItemOrNullObject(key: string): FakeCustomProperty {
    return this.createChild(
      (path) => new FakeCustomProperty(this.context, path, { kind: 'bound' }),
      'getItemOrNullObject',
      [key],
      (sheet) => lookup(sheet, key),
    );
  }
}

/** A fake `Excel.WorksheetCustomProperty`. */
export class FakeCustomProperty extends FakeClientObject<PropertyTarget> {
  protected readonly typeName = 'WorksheetCustomProperty';

  get value(): string {
    return this.loadedValue('value');
  }

  protected override readProperty(t: PropertyTarget, name: string): unknown {
    return name === 'value' ? t.sheet.customProperties.get(t.key) : super.readProperty(t, name);
  }
}
