import { execFile } from 'node:child_process';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  BUILTIN_OBSERVATIONS,
  BUILTIN_SCENARIOS,
  evaluate,
  LINE_IDS,
  modelForFacts,
  parseFactsText,
  resolveFactSet,
} from '@aifin/core';
import { lineName } from '@aifin/core/workbook';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary } from './support/binary.js';
import { recalculate } from './support/libreoffice.js';
import { namedValues, type Shown, shown } from './support/named-cells.js';

// The parity proof with a facts file: the workbook exported with newer vintages of the facts the model reads,
// recalculated by LibreOffice from its formulas alone, equals evaluate() on the same fact set.

const RELATIVE_TOLERANCE = 1e-9;
const FACTS_FILE = 'parity-facts.yaml';
const FACTS_TEXT = `facts:
  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, source: { publisher: The Wall Street Journal } }
  - { id: F7, value: 21, asOf: 2026-03-10, source: { publisher: OpenAI, title: Year-end run rate } }
  - { id: F10, value: 0.55, asOf: 2026-03-10, source: { publisher: OpenAI } }
  - { id: F11, value: 0.28, asOf: 2026-03-10, source: { publisher: OpenAI } }
  - { id: F12, value: 0.17, asOf: 2026-03-10, source: { publisher: OpenAI } }
  - { id: F2, value: 900, qualifier: at-least, asOf: 2026-04-01, source: { publisher: Bloomberg } }
  - { id: X1, company: Anthropic, metric: valuation, period: 2026, value: 380, asOf: 2026-04-02, source: { publisher: Reuters } }
`;
const AS_OF = '2026-04-15';
/** An ARR actual for 2026: the model rolls forward, 2026 becomes history and the projection starts in 2027. */
const ACTUALS_FILE = 'parity-actuals.yaml';
const ACTUALS_TEXT = `facts:
  - { id: X9, company: OpenAI, metric: arr, period: 2026, value: 34, qualifier: approx, asOf: 2026-12-31, source: { publisher: OpenAI } }
`;

const runCli = promisify(execFile);
const close = (actual: Shown | undefined, expected: number): boolean =>
  typeof actual === 'number' &&
  Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.max(Math.abs(actual), Math.abs(expected));

let workdir = '';
const recalculated = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  ensureBinary();
  workdir = await mkdtemp(join(tmpdir(), 'aifin-parity-facts-'));
  await writeFile(join(workdir, FACTS_FILE), FACTS_TEXT);
  await writeFile(join(workdir, ACTUALS_FILE), ACTUALS_TEXT);
  const exports = {
    all: [] as string[],
    asOf: ['--as-of', AS_OF],
    actuals: ['--facts', ACTUALS_FILE],
  };
  for (const [name, extra] of Object.entries(exports)) {
    await runCli(
      process.execPath,
      [BINARY, 'export', '--facts', FACTS_FILE, ...extra, '--out', name, '--format', 'xlsx'],
      { cwd: workdir, env: { ...process.env, NO_COLOR: '1' } },
    );
    // LibreOffice converts into one folder, so the two exports need names of their own.
    await rename(join(workdir, name, 'aifin-base.xlsx'), join(workdir, name, `${name}.xlsx`));
  }
  const files = await recalculate(
    Object.keys(exports).map((name) => join(workdir, name, `${name}.xlsx`)),
    join(workdir, 'recalculated'),
  );
  for (const [i, name] of Object.keys(exports).entries()) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(files[i] ?? '');
    recalculated.set(name, workbook);
  }
});

afterAll(async () => {
  if (workdir) await rm(workdir, { recursive: true, force: true });
});

describe.each([
  ['all', null],
  ['asOf', AS_OF],
  ['actuals', null],
] as const)('exported with a facts file (%s), recalculated by LibreOffice', (name, asOf) => {
  const fromFile = parseFactsText(FACTS_TEXT, FACTS_FILE);
  const observations = [
    ...BUILTIN_OBSERVATIONS,
    ...fromFile,
    ...(name === 'actuals'
      ? parseFactsText(ACTUALS_TEXT, ACTUALS_FILE, [...BUILTIN_OBSERVATIONS, ...fromFile])
      : []),
  ];
  const evaluation = evaluate(BUILTIN_SCENARIOS.base, modelForFacts(resolveFactSet(observations, asOf)));

  it('equals evaluate() with the same facts in every line and year', () => {
    const workbook = recalculated.get(name);
    if (!workbook) throw new Error(`no recalculated workbook for ${name}`);
    const mismatches: string[] = [];
    let compared = 0;
    for (const id of LINE_IDS) {
      const values = namedValues(workbook, lineName(id));
      evaluation.lines[id].forEach((want, i) => {
        compared++;
        const got = values[i] ?? null;
        if (want === null ? got !== null : !close(got, want))
          mismatches.push(`${id} ${evaluation.years[i]}: workbook ${String(got)}, evaluate ${String(want)}`);
      });
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBe(LINE_IDS.length * evaluation.years.length);
    expect(evaluation.lastActualYear).toBe(name === 'actuals' ? 2026 : 2025);
    expect(namedValues(workbook, 'years')).toEqual(evaluation.years);
  });

  it('holds the value in use in the named fact cells', () => {
    const workbook = recalculated.get(name);
    if (!workbook) throw new Error(`no recalculated workbook for ${name}`);
    expect(namedValues(workbook, 'fact_F9')).toEqual([asOf === null ? 13.5 : 9]);
    expect(namedValues(workbook, 'fact_F7')).toEqual([21]);
    const income2025 = evaluation.lines.operatingIncome[evaluation.years.indexOf(2025)];
    // With every vintage the audited accounts (PB14) set 2025, whatever F9 says; as of an earlier date, F9 does.
    expect(income2025).toBeCloseTo(asOf === null ? -20.92 : -9, asOf === null ? 1 : 9);
  });

  it('shows on Competitors, recalculated, the value in use of each linked fact', () => {
    const workbook = recalculated.get(name);
    const sheet = workbook?.getWorksheet('Competitors');
    if (!workbook || !sheet) throw new Error(`no Competitors sheet for ${name}`);
    const links: [string, Shown | undefined, Shown | undefined][] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = (cell.value as { formula?: string } | null)?.formula;
        const id = /^fact_(\w+)$/.exec(formula ?? '')?.[1];
        if (id) links.push([id, shown(cell), namedValues(workbook, `fact_${id}`)[0]]);
      }),
    );
    // Series by date from every vintage: the article's facts, the public collection's, the file's X1 (and X9).
    const added = name === 'actuals' ? ['X9'] : [];
    const ids = links.map(([id]) => id);
    expect(ids).toEqual(
      expect.arrayContaining(['F1', 'F13', 'F2', 'X1', 'F15', 'F14', 'F16', 'F17', 'PH5', 'PB30', ...added]),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(25);
    for (const [id, got, want] of links) expect([id, got]).toEqual([id, want]);
    expect(links.find(([id]) => id === 'F2')?.[1]).toBe(900);
  });
});
