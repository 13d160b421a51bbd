import { BUILTIN_SCENARIOS, evaluate, getLine, LINE_IDS } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, renderCsv } from './csv.js';

/** A minimal RFC 4180 reader, enough for the fields renderCsv writes. */
const parseCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += c;
  }
  return records;
};

describe('renderCsv', () => {
  const evaluation = evaluate(BUILTIN_SCENARIOS.bear);
  const records = parseCsv(renderCsv(evaluation));

  it('has the tidy header and one record per line and year, each ending in CRLF', () => {
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(1 + LINE_IDS.length * evaluation.years.length);
    expect(renderCsv(evaluation).endsWith('\r\n')).toBe(true);
  });

  it('carries every value of the evaluation, null as an empty field', () => {
    for (const [scenario, line, unit, year, value] of records.slice(1)) {
      expect(scenario).toBe('bear');
      const id = LINE_IDS.find((l) => l === line);
      if (id === undefined) throw new Error(`unexpected line ${line}`);
      expect(unit).toBe(getLine(id).unit);
      const expected = evaluation.lines[id][evaluation.years.indexOf(Number(year))];
      expect(expected).not.toBeUndefined();
      if (expected === null) expect(value).toBe('');
      else expect(Number(value)).toBe(expected);
    }
    expect(records.some((r) => r[4] === '')).toBe(true);
    expect(records.some((r) => r[4]?.startsWith('-'))).toBe(true);
  });
});
