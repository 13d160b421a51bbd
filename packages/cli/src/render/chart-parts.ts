import type { WorkbookPlan } from '@aifin/core';
import type { ChartPlan } from '@aifin/core/workbook';
import type JSZip from 'jszip';
import { type AnchorCell, type ChartAnchor, type ChartCache, chartXml, drawingXml } from './chart-xml.js';

const RELATIONSHIP_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT_TYPES = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
} as const;

/**
 * Elements a worksheet may hold after `<drawing>`, in schema order: the drawing goes before the first of them, or at
 * the end. (Everything ExcelJS writes before it — cells, margins, page setup, header and footer — comes earlier.)
 */
const AFTER_DRAWING = [
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const decodeXml = (value: string): string =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const attribute = (element: string, name: string): string | undefined => {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match?.[1] === undefined ? undefined : decodeXml(match[1]);
};

const text = async (zip: JSZip, path: string): Promise<string> => {
  const file = zip.file(path);
  if (!file) throw new Error(`chart parts: the package has no ${path}`);
  return file.async('string');
};

/** Each sheet's part path ("xl/worksheets/sheet3.xml"), by sheet name, from the workbook and its relationships. */
const sheetParts = async (zip: JSZip): Promise<Map<string, string>> => {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map(
    [...rels.matchAll(/<Relationship\s[^>]*>/g)].map((m) => [
      attribute(m[0], 'Id'),
      attribute(m[0], 'Target'),
    ]),
  );
  const parts = new Map<string, string>();
  for (const [element] of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const name = attribute(element, 'name');
    const target = targets.get(attribute(element, 'r:id'));
    if (name === undefined || target === undefined) continue;
    parts.set(name, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return parts;
};

/** 0-based column and row of an A1 cell ("$B$4" or "B4"). */
const cellIndex = (ref: string): AnchorCell => {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!match?.[1] || !match[2]) throw new Error(`chart parts: ${ref} is not a cell address`);
  const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
  return { column: column - 1, row: Number(match[2]) - 1 };
};

/** The plan's values at a sheet-qualified reference ("'Cash Flow'!$D$9:$K$9"), in row-major order. */
const valuesAt = (plan: WorkbookPlan, reference: string): (number | string | null)[] => {
  const match = /^'((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(reference);
  if (!match?.[1] || !match[2])
    throw new Error(`chart parts: ${reference} is not a sheet-qualified reference`);
  const sheetName = match[1].replaceAll("''", "'");
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`chart parts: ${reference} reads a sheet the plan does not have`);
  const first = cellIndex(match[2]);
  const last = cellIndex(match[3] ?? match[2]);
  const values: (number | string | null)[] = [];
  for (let row = first.row; row <= last.row; row++)
    for (let column = first.column; column <= last.column; column++) {
      const cell = sheet.rows[row]?.[column] ?? null;
      if (cell === null) values.push(null);
      else if (cell.kind === 'text') values.push(cell.text);
      else values.push(cell.value);
    }
  return values;
};

const numbersOnly = (values: readonly (number | string | null)[]): (number | null)[] =>
  values.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));

const cacheOf = (plan: WorkbookPlan, chart: ChartPlan): ChartCache => ({
  categories: valuesAt(plan, chart.categories),
  series: chart.series.map((s) => numbersOnly(valuesAt(plan, s.values))),
});

const relationships = (items: readonly { id: string; type: string; target: string }[]): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  `<Relationships xmlns="${RELATIONSHIP_NS}">` +
  items
    .map((r) => `<Relationship Id="${r.id}" Type="${OFFICE_RELATIONSHIPS}/${r.type}" Target="${r.target}"/>`)
    .join('') +
  '</Relationships>';

/** Adds one relationship to a part's .rels (created when missing) under an id it does not use yet. */
const addRelationship = async (
  zip: JSZip,
  relsPath: string,
  type: string,
  target: string,
): Promise<string> => {
  const existing = zip.file(relsPath) ? await text(zip, relsPath) : null;
  if (existing === null) {
    zip.file(relsPath, relationships([{ id: 'rId1', type, target }]));
    return 'rId1';
  }
  const used = new Set([...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  zip.file(
    relsPath,
    existing.replace(
      '</Relationships>',
      `<Relationship Id="${id}" Type="${OFFICE_RELATIONSHIPS}/${type}" Target="${target}"/></Relationships>`,
    ),
  );
  return id;
};

/** Puts `<drawing r:id="…"/>` where the worksheet schema wants it. */
const withDrawing = (sheetXml: string, relationshipId: string): string => {
  if (/<drawing\s/.test(sheetXml)) throw new Error('chart parts: the sheet already has a drawing');
  const element = `<drawing r:id="${relationshipId}"/>`;
  const positions = AFTER_DRAWING.map((tag) => sheetXml.search(new RegExp(`<${tag}[\\s>/]`))).filter(
    (i) => i >= 0,
  );
  const at = positions.length > 0 ? Math.min(...positions) : sheetXml.lastIndexOf('</worksheet>');
  if (at < 0) throw new Error('chart parts: not a worksheet part');
  const declaresR = /<worksheet[^>]*\sxmlns:r=/.test(sheetXml);
  const xml = `${sheetXml.slice(0, at)}${element}${sheetXml.slice(at)}`;
  return declaresR ? xml : xml.replace('<worksheet', `<worksheet xmlns:r="${OFFICE_RELATIONSHIPS}"`);
};

const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

/**
 * Writes the plan's charts into an .xlsx package that ExcelJS made (it cannot write charts itself): per chart a
 * DrawingML chart part, per sheet with charts a drawing part that anchors them to the plan's cells, the
 * relationships that link sheet → drawing → chart, and their content types. Series read the sheet ranges the plan
 * names, with the plan's values cached for readers that do not recalculate. A plan without charts returns the
 * package unchanged.
 * @example const withCharts = await addChartParts(await workbook.xlsx.writeBuffer(), plan)
 */
export const addChartParts = async (xlsx: Buffer, plan: WorkbookPlan): Promise<Buffer> => {
  if (plan.charts.length === 0) return xlsx;
  const { default: JSZipClass } = await import('jszip');
  const zip = await JSZipClass.loadAsync(xlsx);
  const parts = await sheetParts(zip);
  const overrides: string[] = [];
  const bySheet = new Map<string, ChartPlan[]>();
  for (const chart of plan.charts) bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);

  let chartNumber = 0;
  let drawingNumber = 0;
  for (const [sheetName, charts] of bySheet) {
    const sheetPart = parts.get(sheetName);
    if (!sheetPart)
      throw new Error(`chart parts: a chart is planned on ${sheetName}, which the workbook lacks`);
    drawingNumber++;
    const drawingPart = `xl/drawings/drawing${drawingNumber}.xml`;
    if (zip.file(drawingPart)) throw new Error(`chart parts: ${drawingPart} exists already`);
    const anchors: ChartAnchor[] = [];
    const drawingRels: { id: string; type: string; target: string }[] = [];
    for (const chart of charts) {
      chartNumber++;
      const chartPart = `xl/charts/chart${chartNumber}.xml`;
      zip.file(chartPart, chartXml(chart, cacheOf(plan, chart)));
      overrides.push(`<Override PartName="/${chartPart}" ContentType="${CONTENT_TYPES.chart}"/>`);
      const id = `rId${drawingRels.length + 1}`;
      drawingRels.push({ id, type: 'chart', target: `../charts/chart${chartNumber}.xml` });
      const to = cellIndex(chart.to);
      anchors.push({
        from: cellIndex(chart.from),
        to: { column: to.column + 1, row: to.row + 1 },
        name: chart.title,
        relationshipId: id,
      });
    }
    zip.file(drawingPart, drawingXml(anchors));
    zip.file(relsPathOf(drawingPart), relationships(drawingRels));
    overrides.push(`<Override PartName="/${drawingPart}" ContentType="${CONTENT_TYPES.drawing}"/>`);
    const drawingId = await addRelationship(
      zip,
      relsPathOf(sheetPart),
      'drawing',
      `../drawings/drawing${drawingNumber}.xml`,
    );
    zip.file(sheetPart, withDrawing(await text(zip, sheetPart), drawingId));
  }
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
};
