import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BUILTIN_SCENARIO_NAMES,
  BUILTIN_SCENARIOS,
  describeSourceChain,
  evaluate,
  FACTS,
  LINE_IDS,
  MAX_HORIZON,
  UNIT_LABELS,
  viaDate,
  withHorizon,
} from '@aifin/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFunctions,
  functionsDevMiddleware,
  readFunctionsMetadata,
} from '../../build-tools/functions-build.js';
import { FACT_FIELDS } from '../../src/functions/fact-lookup.js';
import { StandInError } from '../fake-excel/index.js';
import { type LoadedFunctions, loadFunctionsScript } from './custom-functions-runtime.js';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
let dist: string;
let cf: LoadedFunctions;

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'aifin-functions-'));
  await buildFunctions(PACKAGE_DIR, dist);
  cf = await loadFunctionsScript(dist);
}, 60_000);

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

/** The value a call returned; fails the test with the thrown error otherwise. */
const resultOf = (id: string, ...args: unknown[]): unknown => {
  const outcome = cf.call(id, ...args);
  if ('thrown' in outcome)
    throw new Error(`${id}(${args.join(', ')}) threw ${JSON.stringify(outcome.thrown)}`);
  return outcome.value;
};

/** The Excel error a call threw: always a CustomFunctions.Error, never a JavaScript error. */
const errorOf = (id: string, ...args: unknown[]): StandInError => {
  const outcome = cf.call(id, ...args);
  if (!('thrown' in outcome)) throw new Error(`${id}(${args.join(', ')}) returned ${String(outcome.value)}`);
  expect(outcome.thrown).toBeInstanceOf(StandInError);
  return outcome.thrown as StandInError;
};

describe('the built functions script in a stand-in CustomFunctions runtime', () => {
  it('associates exactly the functions functions.json describes, with the JSDoc parameters', async () => {
    const metadata = await readFunctionsMetadata(dist);
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...cf.ids].sort());
    expect([...cf.ids].sort()).toEqual(['FACT', 'FACTS', 'LINE', 'SUMMARY']);
    const params = Object.fromEntries(metadata.functions.map((f) => [f.id, f.parameters.map((p) => p.name)]));
    expect(params).toEqual({
      FACT: ['id', 'field'],
      LINE: ['lineId', 'year', 'scenario'],
      SUMMARY: ['field', 'scenario'],
      FACTS: [],
    });
    const json = JSON.parse(await readFile(join(dist, 'functions.json'), 'utf8'));
    const optional = json.functions.flatMap(
      (f: { id: string; parameters: { name: string; optional?: boolean }[] }) =>
        f.parameters.filter((p) => p.optional).map((p) => `${f.id}.${p.name}`),
    );
    expect(optional).toEqual(['FACT.field', 'LINE.scenario', 'SUMMARY.scenario']);
    expect(json.functions.find((f: { id: string }) => f.id === 'FACTS').result).toEqual({
      dimensionality: 'matrix',
    });
  });

  it('FACT gives every field of every fact as FACTS holds it', () => {
    for (const fact of FACTS) {
      if (fact.value === null) expect(errorOf('FACT', fact.id, null).code).toBe('#N/A');
      else {
        expect(resultOf('FACT', fact.id, null)).toBe(fact.value);
        expect(resultOf('FACT', fact.id.toLowerCase(), 'VALUE')).toBe(fact.value);
      }
      expect(resultOf('FACT', fact.id, 'unit')).toBe(fact.unit === null ? '' : UNIT_LABELS[fact.unit]);
      expect(resultOf('FACT', fact.id, 'qualifier')).toBe(fact.qualifier);
      expect(resultOf('FACT', fact.id, 'period')).toBe(fact.period);
      expect(resultOf('FACT', fact.id, 'source')).toBe(describeSourceChain(fact.source));
      // As of the original publication where the article dates it, else the article's own date.
      expect(resultOf('FACT', fact.id, 'asOf')).toBe(fact.source.originalDate ?? viaDate(fact.source));
    }
  });

  it('LINE equals evaluate() for every line, year and built-in scenario, at the default and the longest horizon', () => {
    let compared = 0;
    for (const name of BUILTIN_SCENARIO_NAMES) {
      const scenario = BUILTIN_SCENARIOS[name];
      for (const evaluation of [evaluate(scenario), evaluate(withHorizon(scenario, MAX_HORIZON))])
        for (const id of LINE_IDS)
          evaluation.years.forEach((year, i) => {
            const expected = evaluation.lines[id][i];
            if (expected === null || expected === undefined) {
              const error = errorOf('LINE', id, year, name);
              expect(error.code).toBe('#N/A');
              expect(error.message).toContain(`"${id}"`);
            } else expect(resultOf('LINE', id, year, name), `${name} ${id} ${year}`).toBe(expected);
            compared++;
          });
    }
    expect(compared).toBeGreaterThan(LINE_IDS.length * 3 * 20);
    // The scenario argument defaults to base.
    expect(resultOf('LINE', 'revenue.total', 2027, null)).toBe(
      resultOf('LINE', 'revenue.total', 2027, 'base'),
    );
    expect(resultOf('LINE', 'REVENUE.TOTAL', 2027)).toBe(resultOf('LINE', 'revenue.total', 2027, 'Base'));
  });

  it('SUMMARY equals evaluate().summary for every numeric field and built-in scenario', () => {
    for (const name of BUILTIN_SCENARIO_NAMES) {
      const summary = evaluate(BUILTIN_SCENARIOS[name]).summary as unknown as Record<string, unknown>;
      const fields = Object.keys(summary);
      expect(fields.length).toBeGreaterThan(3);
      for (const field of fields) {
        const expected = summary[field];
        if (typeof expected === 'number') expect(resultOf('SUMMARY', field, name), field).toBe(expected);
        else if (expected === null) expect(errorOf('SUMMARY', field, name).message).toContain(`"${field}"`);
      }
    }
  });

  it('FACTS spills a header and one row per fact, equal to FACT field by field', () => {
    const table = resultOf('FACTS') as unknown[][];
    expect(table[0]).toEqual(['id', 'label', ...FACT_FIELDS]);
    expect(table).toHaveLength(FACTS.length + 1);
    for (const [i, fact] of FACTS.entries()) {
      const row = table[i + 1] ?? [];
      expect(row).toHaveLength(2 + FACT_FIELDS.length);
      expect(row.slice(0, 2)).toEqual([fact.id, fact.label]);
      FACT_FIELDS.forEach((field, f) => {
        const expected = field === 'value' && fact.value === null ? '' : resultOf('FACT', fact.id, field);
        expect(row[2 + f]).toEqual(expected);
      });
    }
  });
});

describe('bad arguments become Excel errors naming the argument, never JavaScript errors', () => {
  it.each([
    ['FACT', ['F99'], '#N/A', /^id "F99" is not a fact/],
    ['FACT', [''], '#VALUE!', /^id must be text/],
    ['FACT', [7], '#VALUE!', /^id must be text, got 7/],
    ['FACT', ['F7', 'colour'], '#VALUE!', /^field "colour" is not one of value, unit/],
    ['LINE', ['revenue.totl', 2027], '#N/A', /^lineId "revenue.totl" is not a model line/],
    ['LINE', ['revenue.total', 2019], '#N/A', /^year 2019 is outside the model \(2023–/],
    ['LINE', ['revenue.total', 2100], '#N/A', /^year 2100 is outside the model/],
    ['LINE', ['revenue.total', 2027.5], '#VALUE!', /^year must be a whole number/],
    ['LINE', ['revenue.total', '2027'], '#VALUE!', /^year must be a whole number/],
    [
      'LINE',
      ['revenue.total', 2027, 'optimistic'],
      '#N/A',
      /^scenario "optimistic" is not built in: use bear, base, bull/,
    ],
    ['SUMMARY', ['ebitda'], '#N/A', /^field "ebitda" is not a summary figure/],
    ['SUMMARY', ['breakevenYear', 'moon'], '#N/A', /^scenario "moon"/],
    ['SUMMARY', [null], '#VALUE!', /^field must be text/],
  ] as const)('%s(%j) is %s', (id, args, code, message) => {
    const error = errorOf(id, ...args);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('a fact without a number (the IPO window) is #N/A that says what the fact does have', () => {
    const noNumber = FACTS.find((f) => f.value === null);
    expect(noNumber).toBeDefined();
    const error = errorOf('FACT', noNumber?.id);
    expect(error.code).toBe('#N/A');
    expect(error.message).toContain(`fact ${noNumber?.id}`);
    expect(resultOf('FACT', noNumber?.id, 'period')).toBe(noNumber?.period);
  });
});

describe('the dev server (pnpm dev) serves the functions the dev manifest names', () => {
  const get = (path: string) =>
    new Promise<{ type: string; body: string } | 'next'>((resolve, reject) => {
      const headers: Record<string, string> = {};
      const res = {
        setHeader: (name: string, value: string) => {
          headers[name.toLowerCase()] = value;
        },
        end: (body: string) => resolve({ type: headers['content-type'] ?? '', body }),
      };
      functionsDevMiddleware(PACKAGE_DIR)({ url: path } as never, res as never, (error?: unknown) =>
        error ? reject(error) : resolve('next'),
      );
    });

  it('the same functions.js and functions.json as the build, and the functions page', async () => {
    const script = await get('/functions.js?v=1');
    expect(script).toMatchObject({ type: expect.stringMatching(/javascript/) });
    expect(script !== 'next' && script.body).toBe(await readFile(join(dist, 'functions.js'), 'utf8'));
    const json = await get('/functions.json');
    expect(json !== 'next' && json.body).toBe(await readFile(join(dist, 'functions.json'), 'utf8'));
    const page = await get('/functions.html');
    expect(page !== 'next' && page.body).toContain('<script src="functions.js"></script>');
    expect(await get('/taskpane.html')).toBe('next');
  }, 60_000);
});
