import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { tempDir } from './support/temp-dir.js';

/** Parses as a strict RFC 4180 reader does: every record the header's width, no stray quote, CRLF records. */
function parseStrict(text: string): string[][] {
  expect(text).not.toContain('\\u000d');
  expect(text.endsWith('\r\n')).toBe(true);
  return parse(text, { record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false });
}

/** A CSV number field back as the JSON had it: empty is null. */
function numberOf(field: string | undefined): number | null {
  if (field === undefined) throw new Error('missing field');
  return field === '' ? null : Number(field);
}

describe('--csv output parses as CSV, through the built binary', () => {
  beforeAll(ensureBinary);

  it('simulate --csv: every record parses and carries what --json gives for the same seed', async () => {
    const dir = await tempDir();
    const args = ['simulate', '--paths', '300', '--seed', '9', '--horizon', '4'];
    const csv = runBinary([...args, '--csv'], dir);
    expect(csv.stderr).toBe('');
    expect(csv.status).toBe(0);
    const json = JSON.parse(runBinary([...args, '--json'], dir).stdout);
    const [header, ...records] = parseStrict(csv.stdout);
    expect(header).toEqual(['line', 'statistic', 'year', 'value']);
    let compared = 0;
    for (const [line = '', statistic = '', year = '', value] of records) {
      const index = json.years.indexOf(Number(year));
      expect(index, year).toBeGreaterThanOrEqual(0);
      const expected =
        statistic === 'probability'
          ? json.probabilities[line][year]
          : json.percentiles[line][statistic][index];
      expect(numberOf(value), `${line} ${statistic} ${year}`).toBe(expected);
      compared++;
    }
    // Every percentile of every line and both probabilities, for each year.
    const lines = Object.keys(json.percentiles);
    const bands = Object.keys(json.percentiles[lines[0] ?? '']).length;
    expect(compared).toBe(json.years.length * (lines.length * bands + 2));
  });

  it('sensitivity --csv: the grid parses, every cell as --json has it', async () => {
    const dir = await tempDir();
    const args = [
      'sensitivity',
      '--x',
      'growthFade=0.1:0.5:5',
      '--y',
      'terminalSalesRatio=0.05:0.2:4',
      '--metric',
      'cash.end@2030',
    ];
    const csv = runBinary([...args, '--csv'], dir);
    expect(csv.status).toBe(0);
    const json = JSON.parse(runBinary([...args, '--json'], dir).stdout);
    const [header = [], ...rows] = parseStrict(csv.stdout);
    expect(header.slice(1).map(Number)).toEqual(json.x.values);
    expect(rows.map((row) => Number(row[0]))).toEqual(json.y.values);
    expect(rows.map((row) => row.slice(1).map(numberOf))).toEqual(json.grid);
  });

  it('sensitivity --tornado --csv: every bar parses, as --json has it', async () => {
    const dir = await tempDir();
    const args = ['sensitivity', '--tornado', '--metric', 'runwayEndYear'];
    const csv = runBinary([...args, '--csv'], dir);
    expect(csv.status).toBe(0);
    const json = JSON.parse(runBinary([...args, '--json'], dir).stdout);
    const [header, ...rows] = parseStrict(csv.stdout);
    expect(header).toEqual([
      'rank',
      'input',
      'low',
      'high',
      'atLow',
      'atHigh',
      'swing',
      'changeAtLow',
      'changeAtHigh',
    ]);
    expect(rows).toHaveLength(json.bars.length);
    rows.forEach((row, i) => {
      const bar = json.bars[i];
      expect(row[1]).toBe(bar.input);
      expect(row.slice(2).map(numberOf)).toEqual([
        bar.low,
        bar.high,
        bar.atLow,
        bar.atHigh,
        bar.swing,
        bar.changeAtLow,
        bar.changeAtHigh,
      ]);
    });
  });
});
