import { BUILTIN_SCENARIOS, buildWorkbookPlan, OPTIONAL_SHEETS, type WorkbookPlan } from '@aifin/core';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { xmlError } from '../../test/support/well-formed.js';
import { addChartParts } from './chart-parts.js';
import { renderXlsx } from './xlsx.js';

// With the Sensitivity sheet, so its tornado charts are among the charts written.
const plan = buildWorkbookPlan({
  scenarios: Object.values(BUILTIN_SCENARIOS),
  selected: 'base',
  include: [...OPTIONAL_SHEETS, 'Sensitivity'],
});

const entries = async (zip: JSZip): Promise<Map<string, string>> => {
  const files = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) files.set(name, await file.async('string'));
  return files;
};

describe('addChartParts, through renderXlsx', () => {
  let files: Map<string, string>;
  beforeAll(async () => {
    files = await entries(await JSZip.loadAsync(await renderXlsx(plan)));
  });
  const part = (name: string): string => {
    const found = files.get(name);
    if (found === undefined) throw new Error(`no ${name} in the package`);
    return found;
  };

  it('writes one chart part per planned chart, each with its title, type and references', () => {
    const charts = [...files.keys()].filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).sort();
    expect(charts).toHaveLength(plan.charts.length);
    plan.charts.forEach((chart, i) => {
      const xml = part(`xl/charts/chart${i + 1}.xml`);
      expect(xml).toContain(`<a:t>${chart.title}</a:t>`);
      if (chart.type === 'stackedColumn') {
        expect(xml).toContain('<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/>');
        expect(xml).toContain('<c:overlap val="100"/>');
      } else if (chart.type === 'tornado') {
        expect(xml).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>');
        expect(xml).toContain('<c:overlap val="100"/>');
        // The first input (the largest swing) on top, the value axis along the bottom.
        expect(xml).toContain('<c:orientation val="maxMin"/>');
        expect(xml).toContain('<c:crosses val="max"/>');
      } else expect(xml).toContain('<c:lineChart><c:grouping val="standard"/>');
      for (const series of chart.series) {
        expect(xml).toContain(`<c:tx><c:v>${series.name}</c:v></c:tx>`);
        expect(xml).toContain(`<c:f>${series.values.replaceAll("'", '&apos;')}</c:f>`);
      }
      expect(xml).toContain(`<c:f>${chart.categories.replaceAll("'", '&apos;')}</c:f>`);
    });
  });

  it('writes the tornado charts of the Sensitivity sheet with the input names cached as text categories', () => {
    const index = plan.charts.findIndex((c) => c.type === 'tornado');
    expect(index).toBeGreaterThanOrEqual(0);
    const xml = part(`xl/charts/chart${index + 1}.xml`);
    expect(xml).toMatch(/<c:cat><c:strRef><c:f>[^<]+<\/c:f><c:strCache><c:ptCount val="10"\/>/);
  });

  it('caches the plan values of every series, so a reader that does not recalculate draws the same chart', () => {
    const xml = part('xl/charts/chart1.xml');
    expect(xml).toMatch(/<c:ptCount val="8"\/><c:pt idx="0"><c:v>2023<\/c:v><\/c:pt>/);
    expect(xml).toContain(`<c:v>${plan.years.at(-1)}</c:v>`);
  });

  it('links each sheet with charts to a drawing that anchors them to the planned cells', () => {
    const sheets = new Set(plan.charts.map((c) => c.sheet));
    const workbookRels = part('xl/_rels/workbook.xml.rels');
    const workbook = part('xl/workbook.xml');
    for (const sheet of sheets) {
      const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(workbook)?.[1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(workbookRels)?.[1];
      const sheetXml = part(`xl/${target}`);
      const drawingRid = /<drawing r:id="(rId\d+)"\/><\/worksheet>$/.exec(sheetXml)?.[1];
      expect(drawingRid, sheet).toBeDefined();
      const sheetRels = part(`xl/worksheets/_rels/${target?.split('/').pop()}.rels`);
      const drawing = new RegExp(`Id="${drawingRid}"[^>]*Target="\\.\\./(drawings/drawing\\d+\\.xml)"`).exec(
        sheetRels,
      )?.[1];
      const drawingXml = part(`xl/${drawing}`);
      const planned = plan.charts.filter((c) => c.sheet === sheet);
      expect(drawingXml.match(/<xdr:twoCellAnchor>/g)).toHaveLength(planned.length);
      const first = planned[0];
      if (!first) throw new Error('no chart');
      const column = first.from.charCodeAt(0) - 65;
      const row = Number(first.from.slice(1)) - 1;
      expect(drawingXml).toContain(
        `<xdr:from><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row>`,
      );
    }
  });

  it('declares the content type of every new part', () => {
    const types = part('[Content_Types].xml');
    for (const name of files.keys())
      if (/^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name)) expect(types).toContain(`PartName="/${name}"`);
  });

  it('leaves every XML part of the package well-formed', () => {
    const xmlParts = [...files.keys()].filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    expect(xmlParts.length).toBeGreaterThan(15);
    for (const name of xmlParts) expect(xmlError(part(name)), name).toBeNull();
  });
});

describe('addChartParts on its own', () => {
  it('returns the package unchanged when the plan has no charts', async () => {
    const noCharts: WorkbookPlan = { ...plan, charts: [] };
    const buffer = Buffer.from('not even a zip');
    expect(await addChartParts(buffer, noCharts)).toBe(buffer);
  });

  it('refuses a chart on a sheet the workbook does not have', async () => {
    const lean = buildWorkbookPlan({
      scenarios: Object.values(BUILTIN_SCENARIOS),
      selected: 'base',
      include: [],
    });
    const xlsx = await renderXlsx({ ...lean, charts: [] });
    const first = plan.charts[0];
    if (!first) throw new Error('no chart');
    await expect(addChartParts(xlsx, { ...lean, charts: [{ ...first, sheet: 'Cover' }] })).rejects.toThrow(
      /planned on Cover/,
    );
  });

  it('escapes titles and series names', async () => {
    const first = plan.charts[0];
    if (!first) throw new Error('no chart');
    const odd = {
      ...first,
      title: 'R&D <costs>',
      series: [{ ...first.series[0], name: 'A & "B"' }],
    } as const;
    const xlsx = await renderXlsx({ ...plan, charts: [odd as (typeof plan.charts)[number]] });
    const chart = await (await JSZip.loadAsync(xlsx)).file('xl/charts/chart1.xml')?.async('string');
    expect(chart).toContain('<a:t>R&amp;D &lt;costs&gt;</a:t>');
    expect(chart).toContain('<c:v>A &amp; &quot;B&quot;</c:v>');
    expect(xmlError(chart ?? '')).toBeNull();
  });

  it('adds to a sheet part that already has relationships and later elements, in schema order', async () => {
    const chart = plan.charts.find((c) => c.sheet === 'Cash Flow');
    if (!chart) throw new Error('no Cash Flow chart');
    const zip = await JSZip.loadAsync(await renderXlsx({ ...plan, charts: [] }));
    const sheetNumber = plan.sheets.findIndex((s) => s.name === 'Cash Flow') + 1;
    const sheetPart = `xl/worksheets/sheet${sheetNumber}.xml`;
    const sheetXml = (await zip.file(sheetPart)?.async('string')) ?? '';
    expect(sheetXml).toContain('<worksheet');
    const rels =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>';
    zip.file(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`, rels);
    zip.file(sheetPart, sheetXml.replace('</worksheet>', '<extLst/></worksheet>'));
    const input = await zip.generateAsync({ type: 'nodebuffer' });
    const out = await JSZip.loadAsync(await addChartParts(input, { ...plan, charts: [chart] }));
    const newRels =
      (await out.file(`xl/worksheets/_rels/sheet${sheetNumber}.xml.rels`)?.async('string')) ?? '';
    expect(newRels).toContain('Id="rId1"');
    expect(newRels).toMatch(/Id="rId2" Type="[^"]*\/drawing" Target="\.\.\/drawings\/drawing1\.xml"/);
    const newSheet = (await out.file(sheetPart)?.async('string')) ?? '';
    expect(newSheet).toMatch(/<drawing r:id="rId2"\/><extLst\/><\/worksheet>$/);
    expect(xmlError(newSheet)).toBeNull();
  });
});
