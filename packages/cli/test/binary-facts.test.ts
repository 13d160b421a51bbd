import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';

const source = 'source: { publisher: A }';
/** A bad facts file, the command it is given to, and the one line the binary must print. */
const CASES: readonly {
  readonly name: string;
  readonly command: string;
  readonly text: string;
  readonly message: RegExp;
}[] = [
  {
    name: 'an unknown metric',
    command: 'export',
    text: `facts:\n  - { id: X1, metric: profit, value: 1, asOf: 2026-05-01, ${source} }\n`,
    message: /^bad\.yaml: facts\[0\]\.metric = "profit": must be one of /,
  },
  {
    name: 'an ARR at zero',
    command: 'project',
    text: `facts:\n  - { id: X1, metric: arr, period: 2026, value: 0, asOf: 2026-05-01, ${source} }\n`,
    message: /^bad\.yaml: facts\[0\]\.value = 0: must be above 0 for an ARR$/,
  },
  {
    name: 'a date that is not a date',
    command: 'facts',
    text: `facts:\n  - { id: F9, value: 10, asOf: 2026-13-01, ${source} }\n`,
    message: /^bad\.yaml: facts\[0\]\.asOf = "2026-13-01": must be a date written YYYY-MM-DD$/,
  },
  {
    name: 'a unit that does not fit the metric',
    command: 'export',
    text: `facts:\n  - { id: F9, value: 10, unit: gw, asOf: 2026-05-01, ${source} }\n`,
    message: /^bad\.yaml: facts\[0\]\.unit = "gw": must be usdB for net-loss$/,
  },
  {
    name: 'two observations of one id with the same asOf',
    command: 'export',
    text: `facts:\n  - { id: F9, value: 10, asOf: 2026-05-01, ${source} }\n  - { id: F9, value: 11, asOf: 2026-05-01, ${source} }\n`,
    message: /^bad\.yaml: facts\[1\]\.asOf = "2026-05-01": F9 already has an observation as of 2026-05-01$/,
  },
  {
    name: 'a revision of an unknown id without metric',
    command: 'export',
    text: `facts:\n  - { id: X7, value: 10, asOf: 2026-05-01, ${source} }\n`,
    message: /^bad\.yaml: facts\[0\]\.metric = undefined: is required for X7, which is not a known fact$/,
  },
  {
    name: 'not YAML',
    command: 'export',
    text: 'facts: [\n',
    message: /^bad\.yaml: not valid JSON or YAML: /,
  },
];

const setUp = async (text: string): Promise<string> => {
  const dir = await tempDir();
  await mkdir(join(dir, 'out'));
  await writeFile(join(dir, 'out', 'notes.md'), 'keep me');
  await writeFile(join(dir, 'bad.yaml'), text);
  return dir;
};

const oneLine = (stderr: string): string => {
  expect(stderr.endsWith('\n')).toBe(true);
  const lines = stderr.slice(0, -1).split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
  return (lines[0] ?? '').replace(/^aifin: /, '');
};

describe('the built binary on a bad facts file', () => {
  beforeAll(ensureBinary);

  it.each(CASES)(
    '$name ($command): one line, exit code 2, nothing written',
    async ({ command, text, message }) => {
      const dir = await setUp(text);
      const before = await snapshotDir(dir);
      const { status, stdout, stderr } = runBinary([command, '--facts', 'bad.yaml'], dir);
      expect(oneLine(stderr)).toMatch(message);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(await snapshotDir(dir)).toEqual(before);
    },
  );

  it.each([
    ['a missing facts file', ['export', '--facts', 'gone.yaml'], /^facts file "gone\.yaml" does not exist$/],
    [
      'an --as-of that is not a date',
      ['project', '--as-of', '2026-02-31'],
      /^as-of = "2026-02-31": must be a date/,
    ],
    [
      'an --as-of before the built-in facts',
      ['facts', '--as-of', '2025-12-31'],
      /^as-of = "2025-12-31": .*2026-02-20/,
    ],
  ] as const)('%s: one line, exit code 2, nothing written', async (_, args, message) => {
    const dir = await setUp('facts: []\n');
    const before = await snapshotDir(dir);
    const { status, stderr } = runBinary(args, dir);
    expect(oneLine(stderr)).toMatch(message);
    expect(status).toBe(2);
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('projects with two facts files, the later revising the earlier', async () => {
    const dir = await setUp(`facts:\n  - { id: F9, value: 11, asOf: 2026-03-01, ${source} }\n`);
    await writeFile(
      join(dir, 'later.json'),
      JSON.stringify({ facts: [{ id: 'F9', value: 12, asOf: '2026-04-01', source: { publisher: 'B' } }] }),
    );
    const { status, stdout } = runBinary(
      // Before the audited 2025 accounts (June 2026), which the model calibrates 2025 to once they are known.
      ['project', '--json', '--facts', 'bad.yaml', '--facts', 'later.json', '--as-of', '2026-04-30'],
      dir,
    );
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as {
      years: number[];
      lines: { operatingIncome: number[] };
      factsAsOf: string;
    };
    expect(doc.lines.operatingIncome[doc.years.indexOf(2025)]).toBeCloseTo(-12, 9);
    // The latest date among the facts in use: the built-in public collection's close, after both files.
    expect(doc.factsAsOf).toBe('2026-04-30');
  });
});
