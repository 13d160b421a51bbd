import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';

describe('class 8: single-value flags and horizons', () => {
  beforeAll(ensureBinary);

  it.each([
    ['project', '--horizon', '20', '3'],
    ['project', '--horizon', '3', '3'],
    ['project', '--scenario', 'bull', 'bear'],
    ['export', '--horizon', '5', '6'],
    ['export', '--out', 'a', 'b'],
    ['export', '--scenarios-dir', 'a', 'b'],
  ])('%s %s given twice is refused, naming both values', async (command, flag, first, second) => {
    const dir = await tempDir();
    const before = await snapshotDir(dir);
    expectOneLineFailure(
      runBinary([command, flag, first, flag, second], dir),
      new RegExp(`^${flag} is given more than once \\("${first}", "${second}"\\): give it once$`),
    );
    expectOneLineFailure(
      runBinary([command, `${flag}=${first}`, `${flag}=${second}`], dir),
      /is given more than once/,
    );
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it.each([
    '0xF',
    '0b11',
    '0o7',
    '1e1',
    '+5',
    '-5',
    '5.0',
    '5.',
    '.5',
    '1_0',
    'Infinity',
    'NaN',
    '٥',
    '５',
    '0x5',
    '',
  ])('horizon %j is refused', async (value) => {
    const dir = await tempDir();
    for (const command of ['project', 'export'])
      expectOneLineFailure(
        runBinary([command, '--horizon', value], dir),
        /^horizon = ".*": must be a whole number of years from 1 to 15$/,
      );
  });

  it.each(['1', '5', '15', '07'])('horizon %j is accepted', async (value) => {
    const dir = await tempDir();
    const result = runBinary(['project', '--json', '--horizon', value], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).years).toHaveLength(3 + Number(value));
  });

  it('repeatable flags stay repeatable', async () => {
    const dir = await tempDir();
    const result = runBinary(
      ['export', '--scenario', 'bear', '--scenario', 'bull', '--format', 'csv', '--format', 'json'],
      dir,
    );
    expect(result.status, result.stderr).toBe(0);
    expect(Object.keys((await snapshotDir(dir)) ?? {}).sort()).toEqual([
      'out',
      'out/aifin-bear.csv',
      'out/aifin-bear.json',
      'out/aifin-bull.csv',
      'out/aifin-bull.json',
    ]);
  });
});
