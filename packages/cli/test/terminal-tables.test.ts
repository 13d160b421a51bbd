import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { runInPty } from './support/pty.js';
import { tempDir } from './support/temp-dir.js';

/** The lines of the tables in some output (prose lines, which a terminal wraps itself, left out). */
function tableLines(output: string): readonly string[] {
  return (
    output
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's control sequences are removed.
      .replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g, '')
      .split(/\r?\n/)
      .filter((line) => /^[┌│├└]/.test(line))
  );
}

/** The widest table line, in characters (every character the tables draw is one column wide). */
function widest(output: string): number {
  return Math.max(...tableLines(output).map((line) => line.length));
}

/** The years in the header rows of the main lines' table, block by block. */
function headerYears(output: string): readonly number[] {
  return tableLines(output)
    .filter((line) => line.startsWith('│ line '))
    .flatMap((line) => [...line.matchAll(/\b(20\d\d)\b/g)].map(([year]) => Number(year)));
}

/** Runs the binary with COLUMNS set (a pipe: stdout is not a terminal). */
function withColumns(args: readonly string[], columns: string | undefined) {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.COLUMNS;
  if (columns !== undefined) env.COLUMNS = columns;
  const result = spawnSync(process.execPath, [BINARY, ...args], { encoding: 'utf8', env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const ALL_YEARS = Array.from({ length: 18 }, (_, i) => 2023 + i);

describe('tables fit the terminal, through the built binary', () => {
  beforeAll(ensureBinary);

  it('project at 15 years in a pipe: blocks of years within 80 columns, every year once, in order', () => {
    const output = withColumns(['project', '--horizon', '15'], undefined);
    expect(widest(output)).toBeLessThanOrEqual(80);
    expect(headerYears(output)).toEqual(ALL_YEARS);
    expect(tableLines(output).filter((line) => line.startsWith('│ line ')).length).toBeGreaterThan(2);
  });

  it('COLUMNS sets a pipe’s width; --wide draws the one full table', () => {
    const wider = withColumns(['project', '--horizon', '15'], '120');
    expect(widest(wider)).toBeLessThanOrEqual(120);
    expect(widest(wider)).toBeGreaterThan(80);
    expect(headerYears(wider)).toEqual(ALL_YEARS);
    const wide = withColumns(['project', '--horizon', '15', '--wide'], undefined);
    expect(tableLines(wide).filter((line) => line.startsWith('│ line '))).toHaveLength(1);
    expect(headerYears(wide)).toEqual(ALL_YEARS);
    expect(widest(wide)).toBeGreaterThan(200);
  });

  it.each([
    [['facts']],
    [['simulate', '--paths', '200']],
    [['sensitivity', '--tornado', '--metric', 'runwayEndYear']],
    [
      [
        'sensitivity',
        '--x',
        'growthFade=0.1:0.5:21',
        '--y',
        'terminalSalesRatio=0.05:0.2:4',
        '--metric',
        'runwayEndYear',
      ],
    ],
  ])('aifin %j in a pipe stays within 80 columns, and is wider with --wide', (args) => {
    expect(widest(withColumns(args, undefined))).toBeLessThanOrEqual(80);
    expect(widest(withColumns([...args, '--wide'], undefined))).toBeGreaterThan(80);
  });

  it.each(['60', '80'])('facts at %s columns: narrowed columns wrap, never cut a word (no …)', (columns) => {
    const output = withColumns(['facts'], columns);
    expect(widest(output)).toBeLessThanOrEqual(Number(columns));
    expect(output).not.toContain('…');
    // Every as-of date is there whole.
    expect(output).toContain('2026-02-20');
  });

  it('the grid keeps every column of the sensitivity in its blocks', () => {
    const output = withColumns(
      [
        'sensitivity',
        '--x',
        'growthFade=0.1:0.5:21',
        '--y',
        'terminalSalesRatio=0.05:0.2:4',
        '--metric',
        'runwayEndYear',
      ],
      undefined,
    );
    const xs = tableLines(output)
      .filter((line) => line.startsWith('│ terminalSalesRatio \\ growthFade'))
      .flatMap((line) =>
        line
          .split('│')
          .slice(2, -1)
          .map((cell) => Number(cell.trim())),
      );
    expect(xs).toEqual(Array.from({ length: 21 }, (_, i) => Number((0.1 + i * 0.02).toFixed(2))));
  });

  it.each([60, 100])(
    'on a terminal %i columns wide, project’s and simulate’s tables fit it',
    async (columns) => {
      const dir = await tempDir();
      for (const args of [
        ['project', '--horizon', '15'],
        ['simulate', '--paths', '200', '--horizon', '4'],
      ]) {
        const run = runInPty(args, dir, columns);
        expect(await run.exited).toBe(0);
        expect(
          widest(run.output()),
          tableLines(run.output()).find((line) => line.length > columns),
        ).toBeLessThanOrEqual(columns);
        if (args[0] === 'project') expect(headerYears(run.output())).toEqual(ALL_YEARS);
      }
    },
  );

  it.each([
    [['project', '--json', '--wide'], /^option '--json' cannot be used with option '--wide'$/],
    [['simulate', '--csv', '--wide'], /^option '--csv' cannot be used with option '--wide'$/],
    [['export', '--wide', '--json'], /^option '--json' cannot be used with option '--wide'$/],
  ])('aifin %j: --wide without a table is refused with one line', async (args, message) => {
    expectOneLineFailure(runBinary(args, await tempDir()), message);
  });
});
