import { MAX_COLUMNS, MAX_ROWS } from './a1.js';
import { FakeClientObject } from './client-object.js';
import { FakeOfficeError } from './fake-error.js';
import { rangeArgument } from './fake-worksheets.js';
import type { FakePageLayoutState, FakeSheet } from './workbook-state.js';

const invalid = (): FakeOfficeError =>
  new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');

/** Inches per unit of `setPrintMargins`; the state keeps inches, as Excel's file format does. */
const INCHES_PER: Readonly<Record<string, number>> = { Points: 1 / 72, Inches: 1, Centimeters: 1 / 2.54 };

/** Excel's limit on one header or footer: its three sections together, codes included. */
export const MAX_HEADER_FOOTER_CHARACTERS = 255;

const isPageCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 32_767;

/**
 * A fake `Excel.PageLayout` (ExcelApi 1.9), as strict as Excel where the add-in could go wrong: orientation only
 * "Portrait" or "Landscape"; a zoom is either a scale of 10–400 or whole page counts of at least 1, never both;
 * margins finite and not negative, in a known unit; print titles whole rows or whole columns of the same sheet.
 */
export class FakePageLayout extends FakeClientObject<FakeSheet> {
  protected readonly typeName = 'PageLayout';

  set orientation(value: string) {
    this.queueSet('orientation', value, (sheet) => {
      if (value !== 'Portrait' && value !== 'Landscape') throw invalid();
      sheet.pageLayout.orientation = value;
    });
  }

  set zoom(value: FakePageLayoutState['zoom']) {
    this.queueSet('zoom', value, (sheet) => {
      const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = value;
      const fits = wide !== undefined || tall !== undefined;
      if (scale !== undefined && fits) throw invalid();
      if (scale !== undefined && !(Number.isInteger(scale) && scale >= 10 && scale <= 400)) throw invalid();
      if (wide !== undefined && !isPageCount(wide)) throw invalid();
      if (tall !== undefined && !isPageCount(tall)) throw invalid();
      if (scale === undefined && !fits) throw invalid();
      sheet.pageLayout.zoom = { ...value };
    });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    return this.navigate(
      (path, get) => new FakeHeaderFooterGroup(this.context, path, { kind: 'lazy', get }),
      'headersFooters',
    );
  }

  setPrintMargins(
    unit: string,
    options: Partial<Record<keyof FakePageLayoutState['margins'], number>>,
  ): void {
    this.queueCall('setPrintMargins', [unit, options], (sheet) => {
      const factor = INCHES_PER[unit];
      if (factor === undefined) throw invalid();
      const margins = { ...sheet.pageLayout.margins };
      for (const [side, value] of Object.entries(options)) {
        if (!(side in margins) || typeof value !== 'number' || !Number.isFinite(value) || value < 0)
          throw invalid();
        margins[side as keyof typeof margins] = value * factor;
      }
      sheet.pageLayout.margins = margins;
    });
  }

  /** Rows repeated at the top of each printed page: whole rows, e.g. "$1:$4". */
  setPrintTitleRows(rows: unknown): void {
    this.queueCall('setPrintTitleRows', [rows], (sheet) => {
      const target = rangeArgument(sheet, this.context.state, rows);
      if (target.sheet !== sheet || target.box.column !== 0 || target.box.columnCount !== MAX_COLUMNS)
        throw invalid();
      sheet.pageLayout.printTitleRows = {
        first: target.box.row + 1,
        last: target.box.row + target.box.rowCount,
      };
    });
  }

  /** Columns repeated at the left of each printed page: whole columns, e.g. "$A:$C". */
  setPrintTitleColumns(columns: unknown): void {
    this.queueCall('setPrintTitleColumns', [columns], (sheet) => {
      const target = rangeArgument(sheet, this.context.state, columns);
      if (target.sheet !== sheet || target.box.row !== 0 || target.box.rowCount !== MAX_ROWS) throw invalid();
      sheet.pageLayout.printTitleColumns = {
        first: target.box.column + 1,
        last: target.box.column + target.box.columnCount,
      };
    });
  }

  /** The range that prints, e.g. "A1:K40"; a range on this sheet, starting at A1 in this model of it. */
  setPrintArea(area: unknown): void {
    this.queueCall('setPrintArea', [area], (sheet) => {
      const target = rangeArgument(sheet, this.context.state, area);
      if (target.sheet !== sheet || target.box.row !== 0 || target.box.column !== 0) throw invalid();
      sheet.pageLayout.printArea = { lastRow: target.box.rowCount, lastColumn: target.box.columnCount };
    });
  }
}

/** A fake `Excel.HeaderFooterGroup`; only the header/footer for all pages is simulated. */
export class FakeHeaderFooterGroup extends FakeClientObject<FakeSheet> {
  protected readonly typeName = 'HeaderFooterGroup';

  get defaultForAllPages(): FakeHeaderFooter {
    return this.navigate(
      (path, get) => new FakeHeaderFooter(this.context, path, { kind: 'lazy', get }),
      'defaultForAllPages',
    );
  }
}

type FooterSection = keyof FakePageLayoutState['footer'];

/** A fake `Excel.HeaderFooter`: footer sections, rejecting a footer longer than Excel allows. */
export class FakeHeaderFooter extends FakeClientObject<FakeSheet> {
  protected readonly typeName = 'HeaderFooter';

  set leftFooter(value: string) {
    this.setSection('leftFooter', 'left', value);
  }
  set centerFooter(value: string) {
    this.setSection('centerFooter', 'center', value);
  }
  set rightFooter(value: string) {
    this.setSection('rightFooter', 'right', value);
  }

  private setSection(member: string, section: FooterSection, value: string): void {
    this.queueSet(member, value, (sheet) => {
      if (typeof value !== 'string') throw invalid();
      const footer = { ...sheet.pageLayout.footer, [section]: value };
      if (footer.left.length + footer.center.length + footer.right.length > MAX_HEADER_FOOTER_CHARACTERS)
        throw invalid();
      sheet.pageLayout.footer = footer;
    });
  }
}
