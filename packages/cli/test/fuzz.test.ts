import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_SCENARIO_NAMES, INPUT_IDS, INPUTS } from '@aifin/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, type RunResult, runBinary } from './support/binary.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';
import { expectWellFormedXlsx } from './support/well-formed-xlsx.js';

/** Cases per property: each runs the built binary once (an xlsx export takes about 0.5 s on a shared machine). */
export const SCENARIO_FILE_RUNS = 80;
export const ARGUMENT_RUNS = 120;

// biome-ignore lint/suspicious/noControlCharactersInRegex: no raw control character may reach the terminal.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Text as hostile as a user can make it: every unit of UTF-16 (lone surrogates too), plus escapes and BiDi. */
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('\u001b[2J', '\u202eexe.txt', '\ufffe', '\ud800', 'a\u0007b', '=1+1', '- x', '', ' ', 'ok'),
);

const inputValue = (id: (typeof INPUT_IDS)[number]) =>
  fc.oneof(
    fc.double({ min: INPUTS[id].min, max: INPUTS[id].max, noNaN: true }),
    fc.double({ noNaN: true }),
    fc.integer(),
    hostileText,
    fc.constant(null),
    fc.record({
      value: fc.double({ min: INPUTS[id].min, max: INPUTS[id].max, noNaN: true }),
      rationale: hostileText,
    }),
    fc.record({ value: fc.anything(), extra: fc.anything() }, { requiredKeys: [] }),
  );

/** A scenario document: mostly shaped like a real one, with every field sometimes wrong. */
const scenarioDocument = fc.record(
  {
    name: fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/),
      hostileText,
      fc.constantFrom(...BUILTIN_SCENARIO_NAMES),
    ),
    extends: fc.oneof(fc.constantFrom(...BUILTIN_SCENARIO_NAMES), hostileText),
    description: hostileText,
    horizon: fc.oneof(fc.integer({ min: -2, max: 20 }), fc.double(), fc.constantFrom('5', '0xF', 1e9)),
    inputs: fc.oneof(
      fc.record(Object.fromEntries(INPUT_IDS.map((id) => [id, inputValue(id)])), { requiredKeys: [] }),
      fc.dictionary(hostileText, fc.double(), { maxKeys: 3 }),
      fc.anything(),
    ),
    unknown: fc.anything(),
  },
  { requiredKeys: [] },
);

/** A scenario a user meant to be right: valid fields, inputs within bounds, free text of any script. */
const plausibleDocument = fc.record(
  {
    name: fc
      .stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
      .filter((n) => !['bear', 'base', 'bull'].includes(n)),
    extends: fc.constantFrom(...BUILTIN_SCENARIO_NAMES),
    description: fc.string({ unit: 'grapheme', maxLength: 80 }),
    horizon: fc.integer({ min: 1, max: 15 }),
    inputs: fc.record(
      Object.fromEntries(
        INPUT_IDS.map((id) => [id, fc.double({ min: INPUTS[id].min, max: INPUTS[id].max, noNaN: true })]),
      ),
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['name'] },
);

/** A scenario file's bytes: a JSON document, the same as YAML text, or YAML-flavoured noise. */
const scenarioFile = fc.oneof(
  {
    arbitrary: plausibleDocument.map((doc) => ({ ext: '.yaml', text: JSON.stringify(doc, null, 2) })),
    weight: 2,
  },
  { arbitrary: plausibleDocument.map((doc) => ({ ext: '.json', text: JSON.stringify(doc) })), weight: 1 },
  scenarioDocument.map((doc) => ({ ext: '.json', text: JSON.stringify(doc) ?? 'null' })),
  scenarioDocument.map((doc) => ({ ext: '.yaml', text: JSON.stringify(doc, null, 1) ?? 'null' })),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'name: ',
          'x',
          'inputs:',
          '\n',
          '  ',
          'growthFade: ',
          '0.1',
          '!foo ',
          '&a ',
          '*a',
          '%YAML 1.3\n---\n',
          '? ',
          ': ',
          '- ',
          '{',
          '}',
          '[',
          ']',
          ',',
          '"',
          "'",
          '#',
          '---\n',
          '!!set ',
          '<<: ',
        ),
        hostileText,
      ),
      { maxLength: 30 },
    )
    .map((parts) => ({ ext: '.yml', text: `name: fuzz\n${parts.join('')}` })),
);

/** One exported file: named as an export, complete and parseable. */
const expectValidOutput = (name: string, data: Buffer): void => {
  expect(name).toMatch(/(^|\/)aifin-[A-Za-z0-9][A-Za-z0-9_-]*\.(xlsx|csv|json)$/);
  if (name.endsWith('.json')) expect(Array.isArray(JSON.parse(data.toString('utf8')).years)).toBe(true);
  if (name.endsWith('.csv')) expect(data.toString('utf8')).toMatch(/^scenario,line,unit,year,value\r\n/);
  if (name.endsWith('.xlsx')) expectWellFormedXlsx(data);
};

/** Every file in an output directory: each a valid export, no temporary file left. */
const expectValidOutputs = async (out: string): Promise<readonly string[]> => {
  const names = await readdir(out);
  for (const name of names) expectValidOutput(name, await readFile(join(out, name)));
  return names;
};

/**
 * The promise of the README, for any outcome: 0 with valid outputs, or 2 with one line and nothing written.
 * `validate` checks each file it is given and prints one line per file, so it may print up to `lines`.
 */
const expectZeroOrOneLine = (result: RunResult, lines = 1): 'ok' | 'refused' => {
  if (result.status === 2) {
    const printed = result.stderr.slice(0, -1).split('\n');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(printed.length).toBeGreaterThanOrEqual(1);
    expect(printed.length).toBeLessThanOrEqual(lines);
    for (const line of printed) {
      expect(line).toMatch(/^aifin: ./);
      expect(line).not.toMatch(RAW);
    }
    expect(result.stderr).not.toMatch(/internal error|\n\s+at |Error:|Warning/);
    return 'refused';
  }
  expect(result.status, result.stderr).toBe(0);
  expect(result.stderr).toBe('');
  expect(result.stdout.includes('\u001b')).toBe(false);
  return 'ok';
};

describe('fuzzing the built binary', () => {
  beforeAll(ensureBinary);

  it(`scenario files (${SCENARIO_FILE_RUNS} cases): exit 0 with valid files, or exit 2, one line, nothing written`, async () => {
    const outcomes = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(scenarioFile, async ({ ext, text }) => {
        const dir = await tempDir();
        await writeFile(join(dir, `s${ext}`), text);
        const result = runBinary(['export', '--scenario', `s${ext}`, '--format', 'json,csv,xlsx'], dir);
        const outcome = expectZeroOrOneLine(result);
        outcomes[outcome]++;
        if (outcome === 'refused') expect(await snapshotDir(join(dir, 'out'))).toBeNull();
        else expect(await expectValidOutputs(join(dir, 'out'))).toHaveLength(3);
      }),
      { numRuns: SCENARIO_FILE_RUNS },
    );
    // Both outcomes must really be exercised, or the property proves little.
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it(`command lines (${ARGUMENT_RUNS} cases): exit 0 with valid files, or exit 2, one line, nothing written`, async () => {
    // Relative values only: a fuzzed --out must never reach outside the test's directory.
    const value = fc.oneof(
      fc.constantFrom(
        'base',
        'bull',
        'bear',
        'nosuch',
        'ok.yaml',
        'bad.yaml',
        'many',
        'out',
        'sub/out',
        'fifo.yaml',
      ),
      fc.constantFrom('1', '15', '0', '16', '0xF', '1e1', '-1', 'xlsx', 'csv,json', 'pdf', ''),
      // No NUL: an operating system's argument vector cannot hold one (spawn refuses it before the binary runs).
      hostileText.filter(
        (s) => !s.startsWith('/') && !s.includes('..') && !s.startsWith('~') && !s.includes('\u0000'),
      ),
    );
    const flag = fc.constantFrom(
      '--scenario',
      '--horizon',
      '--format',
      '--out',
      '--scenarios-dir',
      '--force',
      '--json',
      '--bogus',
      '-x',
    );
    const args = fc.tuple(
      fc.constantFrom('facts', 'project', 'export', 'validate', 'frobnicate'),
      fc.array(fc.oneof(flag, value), { maxLength: 8 }),
    );
    const outcomes = { ok: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(args, async ([command, rest]) => {
        const dir = await tempDir();
        await writeFile(join(dir, 'ok.yaml'), 'name: ok\nhorizon: 3\n');
        await writeFile(join(dir, 'bad.yaml'), 'name: bad\ninputs: { growthFade: 7 }\n');
        await mkdir(join(dir, 'many'));
        await writeFile(join(dir, 'many', 'a.json'), '{"name": "a"}');
        const before = await snapshotDir(dir);
        const result = runBinary([command, ...rest], dir);
        const outcome = expectZeroOrOneLine(result, command === 'validate' ? Math.max(1, rest.length) : 1);
        outcomes[outcome]++;
        if (outcome === 'refused') expect(await snapshotDir(dir)).toEqual(before);
        else {
          // Whatever a successful run added is a complete export, and nothing else changed.
          const after = (await snapshotDir(dir)) ?? {};
          for (const [path, content] of Object.entries(before ?? {})) expect(after[path], path).toBe(content);
          const added = Object.keys(after).filter((p) => !(p in (before ?? {})));
          for (const path of added)
            if (after[path] !== '(directory)')
              expectValidOutput(path, Buffer.from(after[path] ?? '', 'base64'));
        }
      }),
      { numRuns: ARGUMENT_RUNS },
    );
    expect(outcomes.ok).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
