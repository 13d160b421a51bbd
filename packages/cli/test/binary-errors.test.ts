import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_SCENARIO_FILE_BYTES } from '@aifin/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary, runBinary } from './support/binary.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';

/** A bad invocation of the built binary and the one line it must print. */
interface BadCase {
  readonly name: string;
  readonly args: readonly string[];
  /** Files to create in the working directory first (a trailing "/" makes a directory). */
  readonly files?: Readonly<Record<string, string>>;
  readonly message: RegExp;
}

const WILD = 'name: wild\ninputs:\n  growthFade: 7\n';

const CASES: readonly BadCase[] = [
  {
    name: 'unknown scenario',
    args: ['export', '--scenario', 'nosuch'],
    message: /^unknown scenario "nosuch"/,
  },
  {
    name: 'malformed YAML',
    args: ['export', '--scenario', 'broken.yaml'],
    files: { 'broken.yaml': 'name: [oops\n' },
    message: /^broken\.yaml: not valid JSON or YAML: /,
  },
  {
    name: 'malformed JSON',
    args: ['export', '--scenario', 'broken.json'],
    files: { 'broken.json': '{"name": ' },
    message: /^broken\.json: not valid JSON or YAML: /,
  },
  {
    name: 'a value out of range',
    args: ['export', '--scenario', 'wild.yaml'],
    files: { 'wild.yaml': WILD },
    message: /^wild\.yaml: inputs\.growthFade = 7: must be between/,
  },
  {
    name: 'an unknown 2025 loss basis',
    args: ['export', '--scenario', 'basis.yaml'],
    files: { 'basis.yaml': 'name: basis\ninputs:\n  loss2025Basis: 3xF8\n' },
    message: /^basis\.yaml: inputs\.loss2025Basis = "3xF8": must be one of F9, 2xF8/,
  },
  {
    name: 'an impossible useful life',
    args: ['export', '--scenario', 'life.yaml'],
    files: { 'life.yaml': 'name: life\ninputs:\n  usefulLife: 0\n' },
    message: /^life\.yaml: inputs\.usefulLife = 0: must be between 1 and 30$/,
  },
  {
    name: 'an unknown input',
    args: ['export', '--scenario', 'typo.yaml'],
    files: { 'typo.yaml': 'name: typo\ninputs:\n  growthFad: 0.1\n' },
    message: /^typo\.yaml: inputs\.growthFad = 0\.1: /,
  },
  {
    name: 'an oversized scenario file',
    args: ['export', '--scenario', 'huge.yaml'],
    files: { 'huge.yaml': `name: huge\n# ${'x'.repeat(MAX_SCENARIO_FILE_BYTES)}\n` },
    message: new RegExp(`^huge\\.yaml: \\d+ bytes is larger than the ${MAX_SCENARIO_FILE_BYTES}-byte limit`),
  },
  {
    name: 'a missing scenario file',
    args: ['export', '--scenario', 'missing.yaml'],
    message: /^scenario file "missing\.yaml" does not exist$/,
  },
  {
    name: 'an unreadable scenario file (a directory)',
    args: ['export', '--scenario', 'dir.yaml'],
    files: { 'dir.yaml/': '' },
    message: /^scenario file "dir\.yaml" is not a regular file$/,
  },
  {
    name: 'horizon 0',
    args: ['export', '--horizon', '0'],
    message: /^horizon = "0": must be a whole number/,
  },
  { name: 'horizon not a number', args: ['export', '--horizon', 'abc'], message: /^horizon = "abc": / },
  { name: 'horizon fraction', args: ['project', '--horizon', '2.5'], message: /^horizon = "2\.5": / },
  {
    name: 'unknown format',
    args: ['export', '--format', 'xlsx,pdf'],
    message: /^format = "pdf": use one or more/,
  },
  {
    name: 'existing output file without --force',
    args: ['export', '--format', 'csv,xlsx'],
    files: { 'out/aifin-base.xlsx': 'an older workbook' },
    message: /^output file "out\/aifin-base\.xlsx" already exists: pass --force to overwrite it$/,
  },
  { name: 'unknown option', args: ['export', '--bogus'], message: /^unknown option '--bogus'$/ },
  {
    name: 'unknown option with a suggestion',
    args: ['export', '--forc'],
    message: /^unknown option '--forc' \(Did you mean --force\?\)$/,
  },
  { name: 'unknown command', args: ['frobnicate'], message: /^unknown command 'frobnicate'$/ },
  {
    name: 'missing option value',
    args: ['export', '--horizon'],
    message: /'--horizon <years>' argument missing/,
  },
  {
    name: 'a scenario name used twice',
    args: ['export', '--scenario', 'a.yaml', '--scenario', 'b.json'],
    files: { 'a.yaml': 'name: twin\n', 'b.json': '{"name": "twin"}' },
    message: /^scenario name "twin" is used twice \(a\.yaml, b\.json\)$/,
  },
  {
    name: 'a bad file at the end of a batch',
    args: [
      'export',
      '--scenario',
      'bear',
      '--scenario',
      'bull',
      '--scenario',
      'wild.yaml',
      '--format',
      'xlsx,csv,json',
    ],
    files: { 'wild.yaml': WILD },
    message: /^wild\.yaml: inputs\.growthFade = 7/,
  },
  {
    name: 'a bad file in a scenarios directory',
    args: ['export', '--scenarios-dir', 'many', '--force'],
    files: { 'many/a.yaml': 'name: a\n', 'many/z.yaml': WILD },
    message: /^many\/z\.yaml: inputs\.growthFade = 7/,
  },
  {
    name: 'a missing scenarios directory',
    args: ['export', '--scenarios-dir', 'gone'],
    message: /^scenarios-dir = "gone": does not exist$/,
  },
  {
    name: 'a scenarios directory that is a file',
    args: ['export', '--scenarios-dir', 'notes.txt'],
    files: { 'notes.txt': 'not a directory' },
    message: /^scenarios-dir = "notes\.txt": is not a directory$/,
  },
  {
    name: 'an output directory that is a file',
    args: ['export', '--out', 'notes.txt'],
    files: { 'notes.txt': 'not a directory' },
    message: /^out = "notes\.txt": is not a directory$/,
  },
  {
    // /sys is read-only even for root, so this holds wherever the tests run on Linux.
    name: 'an output directory that cannot be written',
    args: ['export', '--out', '/sys/aifin-test'],
    message: /^out = "\/sys\/aifin-test": cannot create or write there: [a-z -]+ \(E(PERM|ACCES|ROFS)\)$/,
  },
  {
    name: 'project with an unknown scenario',
    args: ['project', '--scenario', 'nosuch', '--json'],
    message: /"nosuch"/,
  },
  {
    name: 'validate with a bad file',
    args: ['validate', 'wild.yaml'],
    files: { 'wild.yaml': WILD },
    message: /^wild\.yaml: inputs\.growthFade = 7/,
  },
];

const setUp = async (files: Readonly<Record<string, string>>): Promise<string> => {
  const dir = await tempDir();
  // Every case starts with an output directory holding someone's file, which must survive untouched.
  await mkdir(join(dir, 'out'));
  await writeFile(join(dir, 'out', 'notes.md'), 'keep me');
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) await mkdir(join(dir, path), { recursive: true });
    else {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), content);
    }
  }
  return dir;
};

describe('the built binary on bad input', () => {
  beforeAll(ensureBinary);

  it.each(CASES)('$name: one line, exit code 2, nothing written', async ({ args, files, message }) => {
    const dir = await setUp(files ?? {});
    const before = await snapshotDir(dir);
    const { status, stdout, stderr } = runBinary(args, dir);
    expect(stderr.endsWith('\n')).toBe(true);
    const lines = stderr.slice(0, -1).split('\n');
    expect(lines).toHaveLength(1);
    const [line = ''] = lines;
    expect(line.startsWith('aifin: ')).toBe(true);
    expect(line.slice('aifin: '.length)).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at |Error:/);
    expect(status).toBe(2);
    if (args[0] !== 'project') expect(stdout).toBe('');
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('does not create a missing output directory when the input is bad', async () => {
    const dir = await tempDir();
    const { status } = runBinary(['export', '--scenario', 'nosuch', '--out', 'fresh'], dir);
    expect(status).toBe(2);
    expect(await snapshotDir(join(dir, 'fresh'))).toBeNull();
  });

  it('shows the help on stderr and exits 2 when no command is given', () => {
    const { status, stdout, stderr } = runBinary([], process.cwd());
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('Usage: aifin');
  });
});
