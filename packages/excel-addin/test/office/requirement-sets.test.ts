import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_EXCEL_API } from '../../src/office/requirements.js';
import { type ApiSet, unguardedUses } from './api-usage.js';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));
const TSCONFIG = join(PACKAGE_DIR, 'tsconfig.json');

/** Every shipped source file: the pane, the renderer and the custom functions (tests excluded). */
const shippedSources = (): string[] => {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(PACKAGE_DIR, 'src'));
  return out;
};

/** What the manifests declare: ExcelApi for the add-in, CustomFunctionsRuntime for the functions' runtime. */
const declaredSets = (): ApiSet[] => {
  const json = JSON.parse(readFileSync(join(PACKAGE_DIR, 'manifest.json'), 'utf8'));
  const capabilities = json.extensions.flatMap(
    (e: {
      requirements: { capabilities: ApiSet[] };
      runtimes: { requirements?: { capabilities: ApiSet[] } }[];
    }) => [...e.requirements.capabilities, ...e.runtimes.flatMap((r) => r.requirements?.capabilities ?? [])],
  ) as { name: string; minVersion: string }[];
  return capabilities.map((c) => ({ name: c.name, version: c.minVersion }));
};

let fixtures: string;

beforeAll(async () => {
  fixtures = await mkdtemp(join(tmpdir(), 'aifin-requirements-'));
});

afterAll(async () => {
  await rm(fixtures, { recursive: true, force: true });
});

describe('requirement sets', () => {
  it('the manifests declare ExcelApi 1.12 and, for the functions, CustomFunctionsRuntime 1.3', () => {
    const declared = declaredSets();
    expect(declared).toContainEqual({ name: 'ExcelApi', version: REQUIRED_EXCEL_API });
    expect(declared).toContainEqual({ name: 'CustomFunctionsRuntime', version: '1.3' });
  });

  it('every Office.js and CustomFunctions member the shipped code uses is within them, or guarded', () => {
    const files = shippedSources();
    expect(files.some((f) => f.includes('/src/functions/'))).toBe(true);
    expect(unguardedUses(files, TSCONFIG, declaredSets())).toEqual([]);
    // The scan does see the shipped code's members: below the declared sets, their uses are reported.
    const lower = unguardedUses(files, TSCONFIG, [
      { name: 'ExcelApi', version: '1.11' },
      { name: 'CustomFunctionsRuntime', version: '1.1' },
    ]).map((u) => `${u.member} (${u.needs.name} ${u.needs.version})`);
    expect(lower).toContain('sheet.customProperties (ExcelApi 1.12)');
    expect(lower).toContain('CustomFunctions.ErrorCode.invalidValue (CustomFunctionsRuntime 1.3)');
  }, 60_000);

  it('the check can fail: a member above the sets is reported unless an isSetSupported check guards it', () => {
    const file = join(fixtures, 'above.ts');
    writeFileSync(
      file,
      `export const merged = (range: Excel.Range) => range.getMergedAreasOrNullObject();
export const guardedMerged = (range: Excel.Range) => {
  if (Office.context.requirements.isSetSupported('ExcelApi', '1.13')) return range.getMergedAreasOrNullObject();
  return null;
};
export const spill = (range: Excel.Range) => range.getSpillingToRange();
`,
    );
    const uses = unguardedUses([file], TSCONFIG, declaredSets());
    expect(uses).toEqual([
      {
        file: expect.stringMatching(/above\.ts$/),
        line: 1,
        member: 'range.getMergedAreasOrNullObject',
        needs: { name: 'ExcelApi', version: '1.13' },
      },
    ]);
    // With ExcelApi 1.11 declared, the 1.12 spill member is reported too.
    const lower = unguardedUses([file], TSCONFIG, [{ name: 'ExcelApi', version: '1.11' }]);
    expect(lower.map((u) => u.member)).toContain('range.getSpillingToRange');
  }, 60_000);
});
