import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  BUILTIN_OBSERVATIONS,
  buildWorkbookPlan,
  builtinScenario,
  CHECK_IDS,
  type Evaluation,
  evaluate,
  LINE_IDS,
  modelForFacts,
  parseScenarioText,
  resolveFactSet,
  type Scenario,
  type Summary,
} from '@aifin/core';
import { lineName, SCENARIOS_CHECK_CELL, SELECTED_SCENARIO_NAME, YEARS_NAME } from '@aifin/core/workbook';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary } from './support/binary.js';
import { recalculate } from './support/libreoffice.js';
import { namedRange, namedValues, type Shown, shown } from './support/named-cells.js';

// The proof the design promises: the exported workbook, recalculated by a real spreadsheet engine from its formulas
// alone, shows exactly what evaluate() computes. The CLI is driven as a user drives it, through its built binary.

const RELATIVE_TOLERANCE = 1e-9;

const USER_SCENARIO_FILE = 'parity-user.yaml';
const USER_SCENARIO_TEXT = `name: parity-user
extends: bull
description: Bull's demand with dear compute, own capacity, gap money as debt and no contingent money, over the longest horizon.
horizon: 15
inputs:
  loss2025Basis: { value: 2xF8, rationale: The H1 operating loss carried through the year. }
  usefulLife: 4
  minimumCash: 40
  growthFade: 0.4
  computeCostPerGwYear: { value: 20, rationale: The dearest contracts. }
  ownCapexRatio: 0.1
  gapFunding: debt
  contingentPaid: 0
`;

/** The date of the article: the model as known then (no audited 2025 accounts, the round as first reported). */
const ARTICLE_DAY = '2026-02-20';

const userScenario = parseScenarioText(USER_SCENARIO_TEXT, USER_SCENARIO_FILE);
const scenarios: readonly Scenario[] = [
  builtinScenario('bear'),
  builtinScenario('base'),
  builtinScenario('bull'),
  builtinScenario('plan'),
  userScenario,
];
/** Exported again as known on the article's day: base at the default horizon, the user scenario at 15 years. */
const articleScenarios: readonly Scenario[] = [builtinScenario('base'), userScenario];
const ARTICLE_MODEL = modelForFacts(resolveFactSet(BUILTIN_OBSERVATIONS, ARTICLE_DAY));
/** Every exported case: a scenario, and the vintage of the facts it was exported on. */
const cases = [
  ...scenarios.map((scenario) => ({ label: scenario.name, scenario, asOf: null })),
  ...articleScenarios.map((scenario) => ({
    label: `${scenario.name} as of ${ARTICLE_DAY}`,
    scenario,
    asOf: ARTICLE_DAY,
  })),
];

const runCli = promisify(execFile);

const readWorkbook = async (file: string): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
};

/** Equal within the relative tolerance; an exact zero must stay an exact zero. */
const close = (actual: Shown, expected: number): boolean =>
  typeof actual === 'number' &&
  Math.abs(actual - expected) <= RELATIVE_TOLERANCE * Math.max(Math.abs(actual), Math.abs(expected));

/**
 * Every line cell that differs from `evaluation`, as readable lines. Also returns how many cells were compared, so a
 * workbook that lost its names cannot pass by comparing nothing.
 */
const lineMismatches = (
  workbook: ExcelJS.Workbook,
  evaluation: Evaluation,
): { readonly mismatches: string[]; readonly compared: number } => {
  const mismatches: string[] = [];
  let compared = 0;
  for (const id of LINE_IDS) {
    const values = namedValues(workbook, lineName(id));
    const expected = evaluation.lines[id];
    if (values.length !== expected.length) {
      mismatches.push(`${id}: ${values.length} cells for ${expected.length} years`);
      continue;
    }
    expected.forEach((want, i) => {
      compared++;
      const got = values[i] ?? null;
      const ok = want === null ? got === null : close(got, want);
      if (!ok)
        mismatches.push(`${id} ${evaluation.years[i]}: workbook ${String(got)}, evaluate ${String(want)}`);
    });
  }
  return { mismatches, compared };
};

/** The Cover's key figures, by their `Summary` name; "not reached" stands for null. */
const summaryMismatches = (workbook: ExcelJS.Workbook, summary: Summary, keys: readonly string[]): string[] =>
  keys.flatMap((key) => {
    const [got] = namedValues(workbook, key);
    const want = summary[key as keyof Summary];
    const ok = want === null ? got === 'not reached' : close(got ?? null, want);
    return ok ? [] : [`${key}: workbook ${String(got)}, evaluate ${String(want)}`];
  });

/** Check id → status, as the Checks sheet shows them (id in column A, status in column B). */
const checkStatuses = (workbook: ExcelJS.Workbook): Record<string, Shown> => {
  const sheet = workbook.getWorksheet('Checks');
  if (!sheet) throw new Error('the workbook has no Checks sheet');
  const statuses: Record<string, Shown> = {};
  sheet.eachRow((row) => {
    const id = shown(row.getCell(1));
    if (typeof id === 'string' && (CHECK_IDS as readonly string[]).includes(id))
      statuses[id] = shown(row.getCell(2));
  });
  return statuses;
};

let workdir = '';
const recalculated = new Map<string, ExcelJS.Workbook>();

beforeAll(async () => {
  ensureBinary();
  workdir = await mkdtemp(join(tmpdir(), 'aifin-parity-'));
  const userFile = join(workdir, USER_SCENARIO_FILE);
  await writeFile(userFile, USER_SCENARIO_TEXT);
  const exported = join(workdir, 'exported');
  const selectors = ['bear', 'base', 'bull', 'plan', userFile].flatMap((s) => ['--scenario', s]);
  await runCli(process.execPath, [BINARY, 'export', ...selectors, '--format', 'xlsx', '--out', exported], {
    env: { ...process.env, NO_COLOR: '1' },
  });
  const article = join(workdir, 'exported-article');
  await runCli(
    process.execPath,
    [
      BINARY,
      'export',
      '--scenario',
      'base',
      '--scenario',
      userFile,
      '--as-of',
      ARTICLE_DAY,
      '--format',
      'xlsx',
      '--out',
      article,
    ],
    { env: { ...process.env, NO_COLOR: '1' } },
  );
  // Two batches: the file names repeat across the vintages, and one conversion needs them distinct.
  const files = [
    ...(await recalculate(
      scenarios.map((s) => join(exported, `aifin-${s.name}.xlsx`)),
      join(workdir, 'recalculated'),
    )),
    ...(await recalculate(
      articleScenarios.map((s) => join(article, `aifin-${s.name}.xlsx`)),
      join(workdir, 'recalculated-article'),
    )),
  ];
  for (const [i, file] of files.entries()) {
    const label = cases[i]?.label;
    if (label !== undefined) recalculated.set(label, await readWorkbook(file));
  }
});

afterAll(async () => {
  if (workdir) await rm(workdir, { recursive: true, force: true });
});

const workbookOf = (name: string): ExcelJS.Workbook => {
  const workbook = recalculated.get(name);
  if (!workbook) throw new Error(`no recalculated workbook for ${name}`);
  return workbook;
};

/** The status of the Scenarios sheet's live check, as recalculated. */
const scenariosCheck = (workbook: ExcelJS.Workbook): Shown => {
  const sheet = workbook.getWorksheet('Scenarios');
  if (!sheet) throw new Error('the workbook has no Scenarios sheet');
  return shown(sheet.getCell(SCENARIOS_CHECK_CELL.row, SCENARIOS_CHECK_CELL.column));
};

describe('LibreOffice recalculation', () => {
  it('recomputes a formula whose cached result is stale', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aifin-recalc-control-'));
    try {
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Control').getCell('A1').value = { formula: '1+1', result: 5 };
      const stale = join(dir, 'stale.xlsx');
      await workbook.xlsx.writeFile(stale);
      const before = (await readWorkbook(stale)).getWorksheet('Control');
      expect(before && shown(before.getCell('A1'))).toBe(5);

      const [file] = await recalculate([stale], join(dir, 'recalculated'));
      const after = (await readWorkbook(file ?? '')).getWorksheet('Control');
      expect(after && shown(after.getCell('A1'))).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe.each(cases)('exported $label, recalculated by LibreOffice', ({ label, scenario, asOf }) => {
  const facts = resolveFactSet(BUILTIN_OBSERVATIONS, asOf);
  const evaluation = evaluate(scenario, asOf === null ? undefined : ARTICLE_MODEL);
  const plan = buildWorkbookPlan({ scenarios: [scenario], selected: scenario.name, facts });

  it('names every line where the plan puts it', () => {
    const workbook = workbookOf(label);
    for (const id of LINE_IDS) {
      const name = lineName(id);
      const planned = plan.names.find((n) => n.name === name);
      const range = namedRange(workbook, name);
      expect({ name, sheet: range.sheet, ref: range.ref }).toEqual({
        name,
        sheet: planned?.sheet,
        ref: planned?.ref,
      });
    }
  });

  it('has the years of evaluate() in its year row', () => {
    expect(namedValues(workbookOf(label), YEARS_NAME)).toEqual(evaluation.years);
  });

  it('equals evaluate() in every line and year', () => {
    const { mismatches, compared } = lineMismatches(workbookOf(label), evaluation);
    expect(mismatches).toEqual([]);
    expect(compared).toBe(LINE_IDS.length * evaluation.years.length);
  });

  it('shows the summary of evaluate() on the Cover', () => {
    const keys = plan.names.filter((n) => n.sheet === 'Cover').map((n) => n.name);
    expect(keys).toEqual(expect.arrayContaining(['breakevenYear', 'runwayEndYear', 'valuationToArr']));
    expect(summaryMismatches(workbookOf(label), evaluation.summary, keys)).toEqual([]);
  });

  it('keeps the Scenarios sheet’s live check ok: the live column matches the built one', () => {
    expect(scenariosCheck(workbookOf(label))).toBe('ok');
  });

  it('shows the check statuses of evaluate() on the Checks sheet', () => {
    const expected = Object.fromEntries(evaluation.checks.map((c) => [c.id, c.status]));
    expect(checkStatuses(workbookOf(label))).toEqual(expected);
  });
});

describe('the scenario selector', () => {
  it('drives the whole workbook: base switched to bear recalculates to bear', async () => {
    const dir = join(workdir, 'switched');
    await mkdir(dir, { recursive: true });
    const workbook = await readWorkbook(join(workdir, 'exported', 'aifin-base.xlsx'));
    const selector = namedRange(workbook, SELECTED_SCENARIO_NAME);
    const cell = workbook.getWorksheet(selector.sheet)?.getCell(selector.addresses[0] ?? '');
    if (!cell) throw new Error('the scenario selector cell is missing');
    expect(shown(cell)).toBe('base');
    cell.value = 'bear';
    const switched = join(dir, 'aifin-base-as-bear.xlsx');
    await workbook.xlsx.writeFile(switched);

    const [file] = await recalculate([switched], join(dir, 'recalculated'));
    const bear = evaluate(builtinScenario('bear'));
    const result = await readWorkbook(file ?? '');
    const { mismatches, compared } = lineMismatches(result, bear);
    expect(mismatches).toEqual([]);
    expect(compared).toBe(LINE_IDS.length * bear.years.length);
    expect(summaryMismatches(result, bear.summary, ['breakevenYear', 'runwayEndYear'])).toEqual([]);
    // The built bear column now answers the live check.
    expect(scenariosCheck(result)).toBe('ok');
  });

  it('flags on the Scenarios sheet when an input is edited after the build', async () => {
    const dir = join(workdir, 'edited');
    await mkdir(dir, { recursive: true });
    const workbook = await readWorkbook(join(workdir, 'exported', 'aifin-base.xlsx'));
    const input = namedRange(workbook, 'in_growthFade');
    const cell = workbook.getWorksheet(input.sheet)?.getCell(input.addresses[0] ?? '');
    if (!cell) throw new Error('the growthFade input cell is missing');
    cell.value = 0.05;
    const edited = join(dir, 'aifin-base-edited.xlsx');
    await workbook.xlsx.writeFile(edited);
    const [file] = await recalculate([edited], join(dir, 'recalculated'));
    expect(scenariosCheck(await readWorkbook(file ?? ''))).toBe('flag');
  });
});
