import ExcelJS from 'exceljs';
// HyperFormula is GPL-3.0 (or commercial): a devDependency of the tests only, never imported from src/, so it can
// never reach the bundle or the published package (build.mjs refuses a bundle that contains it).
import {
  DetailedCellError,
  HyperFormula,
  type RawCellContent,
  type SerializedNamedExpression,
} from 'hyperformula';
import { SaxesParser } from 'saxes';
import type { Shown } from './named-cells.js';
import { zipEntry, zipEntryNames } from './zip-entry.js';

/** One formula cell of a workbook, with what its writer cached and what HyperFormula computes from formulas alone. */
export interface RecalculatedFormula {
  readonly sheet: string;
  /** A1 address, e.g. "D5". */
  readonly address: string;
  /** The formula as stored, without its leading "=". */
  readonly formula: string;
  /** The cached result the workbook carried (the plan's value), before it was stripped. */
  readonly cached: Shown;
  /** HyperFormula's value; an error is its code with a leading "#" ("#VALUE!", "#NAME?"). */
  readonly computed: Shown;
  /** True when HyperFormula's value is an error. */
  readonly error: boolean;
}

/** A workbook recalculated by HyperFormula: every formula cell, and the defined names it was given. */
export interface HyperFormulaRecalculation {
  readonly formulas: readonly RecalculatedFormula[];
  /** Defined names passed to HyperFormula as named expressions (built-in `_xlnm.` names excluded). */
  readonly names: readonly {
    readonly name: string;
    readonly sheet: string | null;
    readonly expression: string;
  }[];
  /** HyperFormula's values of every workbook-level name, its cells in row order. */
  readonly namedValues: ReadonlyMap<string, readonly Shown[]>;
  /** Formula cells in the sheets' XML (`<f>` elements), counted without ExcelJS: what `formulas` must cover. */
  readonly formulaCellsInXml: number;
}

/** A defined name as workbook.xml stores it: ExcelJS drops sheet scopes and anything that is not a cell range. */
interface StoredName {
  readonly name: string;
  /** Index into the workbook's sheet order when the name is scoped to one sheet. */
  readonly localSheetId: number | null;
  readonly text: string;
}

/** Sheet names in workbook order and every `<definedName>`, read from xl/workbook.xml with a strict XML parser. */
function readWorkbookXml(xlsx: Buffer): {
  readonly sheets: readonly string[];
  readonly names: readonly StoredName[];
} {
  const sheets: string[] = [];
  const names: StoredName[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let open: { name: string; localSheetId: number | null; text: string } | null = null;
  parser.on('opentag', (tag) => {
    if (tag.name === 'sheet') sheets.push(String(tag.attributes.name));
    if (tag.name === 'definedName') {
      const scope = tag.attributes.localSheetId;
      open = {
        name: String(tag.attributes.name),
        localSheetId: scope === undefined ? null : Number(scope),
        text: '',
      };
    }
  });
  parser.on('text', (text) => {
    if (open) open.text += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'definedName' && open) {
      names.push(open);
      open = null;
    }
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(zipEntry(xlsx, 'xl/workbook.xml')).close();
  return { sheets, names };
}

/** What a cell's cached value shows; ExcelJS drops a falsy `result` from `value`, so read `result` itself. */
function cachedOf(cell: ExcelJS.Cell): Shown {
  const result = cell.result as unknown;
  if (result === undefined || result === null) return null;
  if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean') return result;
  if (typeof result === 'object' && 'error' in result) return String(result.error);
  return null;
}

/**
 * The content HyperFormula gets for one cell: formulas without their cached values, numbers and booleans as they
 * are, and text behind an apostrophe so that "2026" or "=x" stays the text it is in the workbook.
 */
function rawContent(cell: ExcelJS.Cell, where: string): RawCellContent {
  switch (cell.type) {
    case ExcelJS.ValueType.Formula:
      return `=${cell.formula}`;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return cell.value as number | boolean;
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Hyperlink:
      return `'${cell.text}`;
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    default:
      throw new Error(`${where}: a cell of ExcelJS type ${cell.type} has no HyperFormula counterpart here`);
  }
}

/** Every `<f>` element (a formula, shared or not) in every worksheet part of an .xlsx. */
function countFormulaElements(xlsx: Buffer): number {
  return zipEntryNames(xlsx)
    .filter((part) => /^xl\/worksheets\/[^/]+\.xml$/.test(part))
    .reduce((count, part) => count + (zipEntry(xlsx, part).match(/<f[\s/>]/g)?.length ?? 0), 0);
}

function shownOf(value: unknown): { readonly computed: Shown; readonly error: boolean } {
  if (value instanceof DetailedCellError) return { computed: value.value, error: true };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return { computed: value, error: false };
  if (value === null || value === undefined) return { computed: null, error: false };
  // A formula that spills an array has no single value; none of ours should.
  return { computed: `(array ${JSON.stringify(value)})`, error: true };
}

/**
 * Loads an .xlsx into HyperFormula from its formulas alone (every cached value stripped), with each defined name as a
 * named expression (sheet-scoped names in their sheet's scope), recalculates, and returns every formula cell with the
 * cached value it carried and the value HyperFormula computes. The configuration is HyperFormula's default, which
 * has array arithmetic off, as Google Sheets and Numbers outside an array formula.
 * @example const { formulas } = await recalculateInHyperFormula(readFileSync('out/aifin-base.xlsx'))
 */
export async function recalculateInHyperFormula(xlsx: Buffer): Promise<HyperFormulaRecalculation> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
  const stored = readWorkbookXml(xlsx);

  const sheets: Record<string, RawCellContent[][]> = {};
  const formulaCells: {
    sheet: string;
    address: string;
    row: number;
    column: number;
    formula: string;
    cached: Shown;
  }[] = [];
  for (const name of stored.sheets) {
    const worksheet = workbook.getWorksheet(name);
    if (!worksheet) throw new Error(`workbook.xml lists sheet ${name}, which ExcelJS did not read`);
    const grid: RawCellContent[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        cells[columnNumber - 1] = rawContent(cell, `${name}!${cell.address}`);
        if (cell.type === ExcelJS.ValueType.Formula)
          formulaCells.push({
            sheet: name,
            address: cell.address,
            row: rowNumber - 1,
            column: columnNumber - 1,
            formula: cell.formula,
            cached: cachedOf(cell),
          });
      });
      grid[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
    });
    sheets[name] = Array.from(grid, (row) => row ?? []);
  }

  const names = stored.names
    .filter((n) => !n.name.startsWith('_xlnm.'))
    .map((n) => {
      const sheet = n.localSheetId === null ? null : (stored.sheets[n.localSheetId] ?? null);
      if (n.localSheetId !== null && sheet === null)
        throw new Error(`defined name ${n.name} is scoped to sheet #${n.localSheetId}, which does not exist`);
      return { name: n.name, sheet, expression: n.text };
    });
  // buildFromSheets numbers the sheets in insertion order, which is workbook order; checked below.
  const namedExpressions: SerializedNamedExpression[] = names.map((n) => ({
    name: n.name,
    expression: `=${n.expression}`,
    ...(n.sheet === null ? {} : { scope: stored.sheets.indexOf(n.sheet) }),
  }));
  const engine = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' }, namedExpressions);
  try {
    stored.sheets.forEach((name, i) => {
      if (engine.getSheetName(i) !== name)
        throw new Error(`HyperFormula numbered sheet ${name} as ${engine.getSheetId(name)}, not ${i}`);
    });
    const formulas = formulaCells.map((cell) => {
      const sheet = engine.getSheetId(cell.sheet) ?? -1;
      const value = engine.getCellValue({ sheet, row: cell.row, col: cell.column });
      return {
        sheet: cell.sheet,
        address: cell.address,
        formula: cell.formula,
        cached: cell.cached,
        ...shownOf(value),
      };
    });
    const namedValues = new Map<string, readonly Shown[]>();
    for (const { name, sheet, expression } of names) {
      if (sheet !== null) continue;
      // Read through the name's own reference, so a range gives its cells rather than one folded value.
      const cell = engine.simpleCellAddressFromString(expression, 0);
      const range = cell ? { start: cell, end: cell } : engine.simpleCellRangeFromString(expression, 0);
      if (!range) throw new Error(`defined name ${name} refers to ${expression}, which is not a cell range`);
      namedValues.set(
        name,
        engine.getRangeValues(range).flatMap((row) => row.map((value) => shownOf(value).computed)),
      );
    }
    return { formulas, names, namedValues, formulaCellsInXml: countFormulaElements(xlsx) };
  } finally {
    engine.destroy();
  }
}
