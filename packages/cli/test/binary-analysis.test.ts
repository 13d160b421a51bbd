import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { tempDir } from './support/temp-dir.js';

describe('aifin simulate and sensitivity, as built', () => {
  beforeAll(() => ensureBinary());

  it('prints byte-identical JSON for the same seed with 1, 2 or 3 worker threads, and nothing on stderr', async () => {
    const dir = await tempDir();
    const outputs = ['1', '2', '3'].map((workers) =>
      runBinary(['simulate', '--paths', '12000', '--seed', '77', '--workers', workers, '--json'], dir),
    );
    for (const result of outputs) {
      expect(result.status).toBe(0);
      expect(result.stderr).toBe('');
    }
    expect(outputs[1]?.stdout).toBe(outputs[0]?.stdout);
    expect(outputs[2]?.stdout).toBe(outputs[0]?.stdout);
    expect(JSON.parse(outputs[0]?.stdout ?? '')).toMatchObject({ paths: 12000, seed: 77 });
  });

  it.each([
    [['simulate', '--paths', '50'], /^aifin: paths = "50": must be a whole number from 100 to 10000000$/],
    [['simulate', '--seed', '-3'], /^aifin: seed = "-3": must be a whole number from 0 to 4294967295$/],
    [
      ['sensitivity', '--x', 'nosuch=0:1:3', '--y', 'growthFade=0.1:0.2:2', '--metric', 'runwayEndYear'],
      /^aifin: x = "nosuch=0:1:3": unknown input/,
    ],
    [['sensitivity', '--tornado', '--metric', 'cash@2030'], /^aifin: metric = "cash@2030": /],
    [
      [
        'sensitivity',
        '--x',
        'growthFade=0.1:0.5:200',
        '--y',
        'terminalMargin=0:0.3:2',
        '--metric',
        'runwayEndYear',
      ],
      /STEPS must be a whole number from 2 to 101$/,
    ],
  ])('%j: one line, exit 2', async (args, message) => {
    const { status, stdout, stderr } = runBinary(args, await tempDir());
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });
});
