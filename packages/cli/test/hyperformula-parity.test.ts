import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { builtinScenario, evaluate, LINE_IDS, NOT_REACHED, type Summary } from '@aifin/core';
import { lineName } from '@aifin/core/workbook';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary } from './support/binary.js';
import { type HyperFormulaRecalculation, recalculateInHyperFormula } from './support/hyperformula.js';
import type { Shown } from './support/named-cells.js';

// The second engine of the portability promise (issue 16): the exported workbooks, recalculated by HyperFormula from
// their formulas alone, show in every formula cell what the plan computed, and in every line and summary figure what
// evaluate() computes. HyperFormula evaluates without array arithmetic, as Google Sheets and Numbers do outside an
// array formula, so a form only Excel and LibreOffice read the same way fails here with its cell and formula.

const RELATIVE_TOLERANCE = 1e-9;
/**
 * A difference of nearly equal numbers (a check's sum of rounding misses, 1e-16) may come out as an exact 0: Excel
 * and HyperFormula round such a result to zero, evaluate() does not. Below this, two values are both zero.
 */
const ZERO_NOISE = 1e-12;

const SCENARIO_NAMES = ['bear', 'base', 'bull'] as const;
const HORIZONS = [5, 15] as const;
const cases = HORIZONS.flatMap((horizon) => SCENARIO_NAMES.map((name) => ({ name, horizon })));

const runCli = promisify(execFile);

function close(actual: Shown, expected: Shown): boolean {
  if (typeof actual !== 'number' || typeof expected !== 'number') return actual === expected;
  if (Math.abs(actual) < ZERO_NOISE && Math.abs(expected) < ZERO_NOISE) return true;
  return Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.max(Math.abs(actual), Math.abs(expected));
}

let workdir = '';
const recalculated = new Map<string, HyperFormulaRecalculation>();
const keyOf = (name: string, horizon: number): string => `${name}@${horizon}`;

beforeAll(async () => {
  ensureBinary();
  workdir = await mkdtemp(join(tmpdir(), 'aifin-hyperformula-'));
  for (const horizon of HORIZONS) {
    const out = join(workdir, `h${horizon}`);
    const selectors = SCENARIO_NAMES.flatMap((name) => ['--scenario', name]);
    await runCli(
      process.execPath,
      [BINARY, 'export', ...selectors, '--format', 'xlsx', '--horizon', String(horizon), '--out', out],
      { env: { ...process.env, NO_COLOR: '1' } },
    );
    for (const name of SCENARIO_NAMES)
      recalculated.set(
        keyOf(name, horizon),
        await recalculateInHyperFormula(await readFile(join(out, `aifin-${name}.xlsx`))),
      );
  }
});

afterAll(async () => {
  if (workdir) await rm(workdir, { recursive: true, force: true });
  const total = [...recalculated.values()].reduce((n, r) => n + r.formulas.length, 0);
  if (total > 0)
    console.log(`HyperFormula parity: ${total} formula cells compared in ${recalculated.size} workbooks`);
});

function recalculationOf(name: string, horizon: number): HyperFormulaRecalculation {
  const result = recalculated.get(keyOf(name, horizon));
  if (!result) throw new Error(`no HyperFormula recalculation of ${name} at ${horizon} years`);
  return result;
}

describe('HyperFormula recalculation', () => {
  it('recomputes from formulas alone: a stale cached result and a sheet-scoped name do not survive', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Rates').getCell('A1').value = 0.5;
    const sheet = workbook.addWorksheet('Control');
    sheet.getCell('A1').value = { formula: '1+1', result: 5 };
    sheet.getCell('A2').value = { formula: 'rate*4', result: 7 };
    workbook.addWorksheet('Other').getCell('A1').value = 3;
    // ExcelJS writes no sheet scope, so the name is scoped to Control (index 1) in workbook.xml itself.
    const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
    const xml = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
    const scoped = '<definedNames><definedName name="rate" localSheetId="1">Rates!$A$1</definedName>';
    const withName = xml.includes('<definedNames>')
      ? xml.replace('<definedNames>', scoped)
      : xml.replace('</sheets>', `</sheets>${scoped}</definedNames>`);
    expect(withName).toContain('localSheetId="1"');
    zip.file('xl/workbook.xml', withName);
    const xlsx = await zip.generateAsync({ type: 'nodebuffer' });

    const { formulas, names } = await recalculateInHyperFormula(xlsx);
    expect(names).toEqual([{ name: 'rate', sheet: 'Control', expression: 'Rates!$A$1' }]);
    expect(formulas.map((f) => [f.address, f.cached, f.computed, f.error])).toEqual([
      ['A1', 5, 2, false],
      ['A2', 7, 2, false],
    ]);
  });

  it('reports an engine error as an error, with its cell', async () => {
    const workbook = new ExcelJS.Workbook();
    // INDEX with two arguments on a one-row range: column k in Excel, row k (out of range) in HyperFormula.
    const sheet = workbook.addWorksheet('Control');
    sheet.getRow(1).values = [10, 20, 30];
    sheet.getCell('A2').value = { formula: 'INDEX(A1:C1,3)', result: 30 };
    const { formulas } = await recalculateInHyperFormula(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(formulas).toEqual([
      expect.objectContaining({
        sheet: 'Control',
        address: 'A2',
        cached: 30,
        computed: '#NUM!',
        error: true,
      }),
    ]);
  });
});

describe.each(cases)(
  'exported $name at $horizon years, recalculated by HyperFormula',
  ({ name, horizon }) => {
    const evaluation = evaluate(builtinScenario(name, horizon));

    it('computes every formula cell without an error and as the plan did', () => {
      const { formulas, formulaCellsInXml } = recalculationOf(name, horizon);
      const errors = formulas
        .filter((f) => f.error)
        .map((f) => `${f.sheet}!${f.address} ${String(f.computed)}: =${f.formula}`);
      const mismatches = formulas
        .filter((f) => !f.error && !close(f.computed, f.cached))
        .map(
          (f) =>
            `${f.sheet}!${f.address}: HyperFormula ${String(f.computed)}, plan ${String(f.cached)}: =${f.formula}`,
        );
      expect(errors).toEqual([]);
      expect(mismatches).toEqual([]);
      // Every formula cell of the file was compared, and there were some.
      expect(formulas.length).toBeGreaterThan(0);
      expect(formulas.length).toBe(formulaCellsInXml);
    });

    it('equals evaluate() in every line and year', () => {
      const { namedValues } = recalculationOf(name, horizon);
      const mismatches: string[] = [];
      for (const id of LINE_IDS) {
        const values = namedValues.get(lineName(id)) ?? [];
        const expected = evaluation.lines[id];
        expect(values.length, id).toBe(expected.length);
        expected.forEach((want, i) => {
          if (!close(values[i] ?? null, want))
            mismatches.push(
              `${id} ${evaluation.years[i]}: HyperFormula ${String(values[i])}, evaluate ${String(want)}`,
            );
        });
      }
      expect(mismatches).toEqual([]);
    });

    it('shows the summary of evaluate() on the Cover, "not reached" where evaluate() gives null', () => {
      const { names, namedValues } = recalculationOf(name, horizon);
      const keys = names.filter((n) => /^'?Cover'?!/.test(n.expression)).map((n) => n.name);
      expect(keys).toEqual(expect.arrayContaining(['breakevenYear', 'runwayEndYear', 'arrAtHorizonEnd']));
      const mismatches = keys.flatMap((key) => {
        const [got] = namedValues.get(key) ?? [];
        const want = evaluation.summary[key as keyof Summary];
        return close(got ?? null, want ?? NOT_REACHED)
          ? []
          : [`${key}: HyperFormula ${String(got)}, evaluate ${String(want)}`];
      });
      expect(mismatches).toEqual([]);
    });
  },
);
