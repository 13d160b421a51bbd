import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ANALYSIS_SHEETS, BUILTIN_SCENARIOS, buildWorkbookPlan, OPTIONAL_SHEETS } from '@aifin/core';
import type { ChartPlan } from '@aifin/core/workbook';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { convert } from './support/libreoffice.js';
import { tempDir } from './support/temp-dir.js';

// ExcelJS cannot write charts, so the CLI writes the DrawingML parts itself. A real spreadsheet must read them back
// as charts: LibreOffice opens the default export and saves it again, as xlsx and as ods, and each chart of the plan
// is found in both, with its type, title and ranges.

// The plan `aifin export --simulate` builds: with the analysis sheets, so the Sensitivity sheet's tornado charts and
// the Risk sheet's fan charts too (their ranges depend only on the years, so any simulation's result gives them).
let plan: ReturnType<typeof buildWorkbookPlan>;

const contents = async (file: string): Promise<string[]> => {
  const zip = await JSZip.loadAsync(await readFile(file));
  return Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir && /(^|\/)(content\.xml|chart\d+\.xml)$/.test(f.name))
      .map((f) => f.async('string')),
  );
};

/** A reference as LibreOffice writes it back: a sheet name quoted only where it must be ("'Risk'!A1" → "Risk!A1"). */
const asWritten = (reference: string): string => reference.replace(/^'([A-Za-z_][\w.]*)'!/, '$1!');

/** "'Loss Model'!$D$9:$K$9" as ODF writes a range: "'Loss Model'.D9:'Loss Model'.K9". */
const odfRange = (reference: string): string => {
  const [sheet = '', range = ''] = asWritten(reference).split('!');
  const quoted = sheet.replaceAll("'", '&apos;');
  return range
    .replaceAll('$', '')
    .split(':')
    .map((cell) => `${quoted}.${cell}`)
    .join(':');
};

const xmlRef = (reference: string): string => asWritten(reference).replaceAll("'", '&apos;');

describe('the charts of the default export, after a LibreOffice round trip', () => {
  let odsParts: string[];
  let xlsxParts: string[];
  beforeAll(async () => {
    ensureBinary();
    const dir = await tempDir();
    const { status, stderr } = runBinary(
      ['export', '--scenario', 'base', '--out', 'out', '--force', '--simulate', '300'],
      dir,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const simulated = runBinary(['simulate', '--paths', '300', '--json'], dir);
    plan = buildWorkbookPlan({
      scenarios: Object.values(BUILTIN_SCENARIOS),
      selected: 'base',
      include: [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS],
      simulation: { result: JSON.parse(simulated.stdout), description: 'test' },
    });
    const source = join(dir, 'out', 'aifin-base.xlsx');
    const [ods] = await convert([source], join(dir, 'ods'), 'ods');
    const [xlsx] = await convert([source], join(dir, 'xlsx'), 'xlsx');
    if (!ods || !xlsx) throw new Error('LibreOffice wrote nothing');
    odsParts = await contents(ods);
    xlsxParts = await contents(xlsx);
  });

  const findChart = (parts: readonly string[], chart: ChartPlan, marker: string): string | undefined =>
    parts.find((xml) => xml.includes(chart.title) && xml.includes(marker));

  it('has a chart for every chart of the plan', () => {
    expect(plan.charts.filter((c) => c.type === 'tornado')).toHaveLength(2);
    expect(plan.charts.filter((c) => c.type === 'fan')).toHaveLength(3);
    expect(odsParts.filter((xml) => xml.includes('<chart:chart ')).length).toBe(plan.charts.length);
    expect(xlsxParts.filter((xml) => xml.includes('<c:chartSpace')).length).toBe(plan.charts.length);
  });

  it('keeps each chart type, title and series ranges in ods', () => {
    for (const chart of plan.charts) {
      const xml = findChart(odsParts, chart, '<chart:chart ');
      expect(xml, chart.title).toBeDefined();
      expect(xml).toContain(
        `chart:class="chart:${chart.type === 'line' ? 'line' : chart.type === 'fan' ? 'area' : 'bar'}"`,
      );
      for (const series of chart.series)
        expect(xml, series.name).toContain(`chart:values-cell-range-address="${odfRange(series.values)}"`);
    }
  });

  it('keeps each chart type, title and series ranges in xlsx', () => {
    for (const chart of plan.charts) {
      const xml = findChart(xlsxParts, chart, '<c:chartSpace');
      expect(xml, chart.title).toBeDefined();
      expect(xml).toContain(
        {
          line: '<c:lineChart>',
          stackedColumn: '<c:grouping val="stacked"/>',
          tornado: '<c:barDir val="bar"/>',
          fan: '<c:areaChart>',
        }[chart.type],
      );
      expect(xml).toContain(`<c:f>${xmlRef(chart.categories)}</c:f>`);
      for (const series of chart.series)
        expect(xml, series.name).toContain(`<c:f>${xmlRef(series.values)}</c:f>`);
    }
  });
});
