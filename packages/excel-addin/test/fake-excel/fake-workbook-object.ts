import { FakeClientObject } from './client-object.js';
import { FakeNamedItemCollection } from './fake-named-items.js';
import { FakeWorksheetCollection } from './fake-worksheets.js';
import type { FakeWorkbook } from './workbook-state.js';

/** A fake `Excel.Workbook`: the root every request starts from. */
export class FakeWorkbookObject extends FakeClientObject<FakeWorkbook> {
  protected readonly typeName = 'Workbook';

  get worksheets(): FakeWorksheetCollection {
    return this.navigate(
      (path, get) => new FakeWorksheetCollection(this.context, path, { kind: 'lazy', get }),
      'worksheets',
    );
  }

  get names(): FakeNamedItemCollection {
    return this.navigate(
      (path, get) => new FakeNamedItemCollection(this.context, path, { kind: 'lazy', get }),
      'names',
    );
  }

  get protection(): FakeWorkbookProtection {
    return this.navigate(
      (path, get) => new FakeWorkbookProtection(this.context, path, { kind: 'lazy', get }),
      'protection',
    );
  }

  get application(): FakeApplication {
    return this.navigate(
      (path, get) => new FakeApplication(this.context, path, { kind: 'lazy', get }),
      'application',
    );
  }
}

/** A fake `Excel.WorkbookProtection` (ExcelApi 1.7): whether the structure is protected. */
export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbook> {
  protected readonly typeName = 'WorkbookProtection';

  get protected(): boolean {
    return this.loadedValue('protected');
  }

  protected override readProperty(workbook: FakeWorkbook, name: string): unknown {
    return name === 'protected' ? workbook.structureProtected : super.readProperty(workbook, name);
  }
}

/** A fake `Excel.Application`: calculation control. */
export class FakeApplication extends FakeClientObject<FakeWorkbook> {
  protected readonly typeName = 'Application';

  /** Suspends calculation for the rest of this request (recorded on the sync that sends it). */
  suspendApiCalculationUntilNextSync(): void {
    this.queueCall('suspendApiCalculationUntilNextSync', [], () => this.context.suspendCalculation());
  }

  calculate(calculationType: string): void {
    this.queueCall('calculate', [calculationType], (workbook) => {
      workbook.calculations++;
    });
  }
}
