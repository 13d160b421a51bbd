import { HUXIU_2026_02_20 } from '../facts/sources.js';
import { COLLECTION_CLOSED } from '../internal/facts/public-fact.js';
import type { SheetName } from './plan.js';

/** One piece of a printed header or footer: literal text, or a field the printing host fills in. */
export type PrintField =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'sheetName' }
  | { readonly kind: 'pageNumber' }
  | { readonly kind: 'pageCount' };

/** The three sections of a page footer, each a sequence of fields. */
export interface PrintFooter {
  readonly left: readonly PrintField[];
  readonly center: readonly PrintField[];
  readonly right: readonly PrintField[];
}

/** Page margins in inches (Excel's own unit for them in the file format and in the page-setup dialog). */
export interface PrintMargins {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly header: number;
  readonly footer: number;
}

/** A span of 1-based rows or columns, both ends included. */
export interface PrintSpan {
  readonly first: number;
  readonly last: number;
}

/** How a sheet prints: what both renderers write into the sheet's page setup. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Scaled to this many pages across; always switched on (fit-to-page), so a row never splits over two pages. */
  readonly fitToPagesWide: number;
  /** Pages down the scaling may use; 0 lets the height run on as many pages as it needs. */
  readonly fitToPagesTall: number;
  /** Rows repeated at the top of every page (the title and year header), if any. */
  readonly titleRows: PrintSpan | null;
  /** Columns repeated at the left of every page (the labels), if any. */
  readonly titleColumns: PrintSpan | null;
  readonly margins: PrintMargins;
  readonly footer: PrintFooter;
  /** The printed range, from A1 to this row and column, when only part of the sheet prints; null: all of it. */
  readonly printArea: { readonly lastRow: number; readonly lastColumn: number } | null;
}

/**
 * Narrow margins (Excel's "Narrow" preset): the sheets are wide, and every tenth of an inch is scale won back.
 */
export const PRINT_MARGINS: PrintMargins = {
  left: 0.25,
  right: 0.25,
  top: 0.5,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
};

/**
 * Widest sheet, in characters of the default font, that a portrait page holds at a legible scale. Wider sheets (every
 * sheet with year columns is) print landscape.
 */
export const PORTRAIT_MAX_CHARACTERS = 100;

/**
 * Characters of the default 11 pt font a page holds across at 100 %, between Narrow margins: measured, not
 * computed: LibreOffice printed a 286-character sheet two pages wide at 61 % (about 114 characters a page). A little
 * less than that keeps a sheet that just fits at 100 % from taking a second page across at full size.
 */
export const PAGE_CHARACTERS = { portrait: 78, landscape: 110 } as const;

/**
 * The smallest scale a sheet prints at: 11 pt × 0.75 ≈ 8 pt, the smallest type a reader should be asked to read.
 * A sheet wider than a page holds at this scale prints over several pages across, its label columns repeated.
 */
export const MIN_PRINT_SCALE = 0.75;

/** The source line every page carries, so a printed page still says where its numbers come from. */
export const SOURCE_LINE = `Source: ${HUXIU_2026_02_20.publisher.split(' ')[0]} ${HUXIU_2026_02_20.published.slice(0, 10)}, public reporting to ${COLLECTION_CLOSED} and assumptions; aifin`;

/** What print setup needs to know of a sheet. */
export interface PrintedSheet {
  readonly name: SheetName;
  readonly rows: readonly unknown[];
  readonly columnWidths: readonly number[];
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly printColumns?: number;
}

/** The bottom-right cell (1-based) that anything drawn on the sheet reaches: its charts. */
export interface DrawnExtent {
  readonly lastRow: number;
  readonly lastColumn: number;
}

const text = (value: string): PrintField => ({ kind: 'text', text: value });

/**
 * Pages across a sheet needs so that its type prints at `MIN_PRINT_SCALE` or larger: each page after the first
 * repeats the label columns, so it holds that much less of the rest.
 * @example pagesWide(300, 102, 'landscape') // 2
 */
export function pagesWide(width: number, labelWidth: number, orientation: 'portrait' | 'landscape'): number {
  const perPage = PAGE_CHARACTERS[orientation] / MIN_PRINT_SCALE;
  if (width <= perPage) return 1;
  // Past the first page, each page holds perPage less the repeated labels.
  return 1 + Math.ceil((width - perPage) / Math.max(1, perPage - labelWidth));
}

/**
 * How a sheet prints: landscape when wider than a portrait page; as many pages across as keep the type at 8 pt or
 * larger (one for most sheets; long horizons take two or three, never shrinking below legibility); its frozen rows
 * and columns (the titles and year header; the labels) repeated on every page; a footer with the sheet, the scenario
 * of the export, "page n of m" and the source line; and a print area that takes in its charts. `onePage` also fits
 * the height (the Cover dashboard).
 * @example printSetupFor(sheet, 'base', false).orientation // "landscape"
 */
export function printSetupFor(
  sheet: PrintedSheet,
  scenario: string,
  onePage: boolean,
  drawn: DrawnExtent | null = null,
): PrintSetup {
  const printed = Math.max(sheet.printColumns ?? sheet.columnWidths.length, drawn?.lastColumn ?? 0);
  const width = sheet.columnWidths.slice(0, printed).reduce((sum, w) => sum + w, 0);
  const { rows, columns } = sheet.freeze;
  const orientation = width > PORTRAIT_MAX_CHARACTERS ? 'landscape' : 'portrait';
  const labelWidth = sheet.columnWidths.slice(0, Math.min(columns, 2)).reduce((sum, w) => sum + w, 0);
  return {
    orientation,
    fitToPagesWide: onePage ? 1 : pagesWide(width, labelWidth, orientation),
    fitToPagesTall: onePage ? 1 : 0,
    titleRows: rows > 0 ? { first: 1, last: rows } : null,
    // The label and its unit repeat on every page across; the source column, read once, does not take room twice.
    titleColumns: columns > 0 ? { first: 1, last: Math.min(columns, 2) } : null,
    margins: PRINT_MARGINS,
    footer: {
      // The scenario is the one exported; the footer is page text and cannot follow the live selector.
      left: [{ kind: 'sheetName' }, text(` · scenario ${scenario}`)],
      center: [text('Page '), { kind: 'pageNumber' }, text(' of '), { kind: 'pageCount' }],
      right: [text(SOURCE_LINE)],
    },
    printArea:
      sheet.printColumns === undefined && drawn === null
        ? null
        : { lastRow: Math.max(sheet.rows.length, drawn?.lastRow ?? 0), lastColumn: printed },
  };
}

const FIELD_CODES: Readonly<Record<Exclude<PrintField['kind'], 'text'>, string>> = {
  sheetName: '&A',
  pageNumber: '&P',
  pageCount: '&N',
};

/**
 * One footer section in Excel's header/footer code, which both the file format (`oddFooter`) and Office.js
 * (`headersFooters`) read: `&A` sheet name, `&P` page, `&N` pages; a literal "&" is doubled.
 * @example headerFooterCode([{ kind: 'text', text: 'Page ' }, { kind: 'pageNumber' }]) // "Page &P"
 */
export const headerFooterCode = (fields: readonly PrintField[]): string =>
  fields
    .map((field) => (field.kind === 'text' ? field.text.replaceAll('&', '&&') : FIELD_CODES[field.kind]))
    .join('');
