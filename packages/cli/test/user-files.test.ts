import { execFileSync, spawnSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BINARY, ensureBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';

/** Runs a shell line with the binary as $AIFIN; a timeout turns a hang into a failure instead of a stuck run. */
function shell(line: string, cwd: string) {
  const result = spawnSync('bash', ['-c', line], {
    cwd,
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, AIFIN: `${process.execPath} ${BINARY}`, NO_COLOR: '1', AIFIN_DEBUG: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

/** Every command that reads a facts file, as the user types it. */
const FACTS_COMMANDS = [
  ['validate', '--facts'],
  ['project', '--facts'],
  ['export', '--format', 'csv', '--facts'],
  ['facts', '--facts'],
  ['simulate', '--paths', '200', '--facts'],
  ['sensitivity', '--metric', 'cash.end@2030', '--facts'],
] as const;

/** Every command that reads a scenario file. */
const SCENARIO_COMMANDS = [
  ['validate'],
  ['project', '--scenario'],
  ['export', '--format', 'csv', '--scenario'],
] as const;

const quoted = (args: readonly string[]) => args.map((a) => `'${a}'`).join(' ');

describe('issue 16, class "not a regular file": --facts and --scenario alike, refused before reading', () => {
  beforeAll(ensureBinary);

  const socketServers: ReturnType<typeof createServer>[] = [];
  const SPECIAL: readonly (readonly [string, (dir: string) => Promise<string>])[] = [
    [
      'a FIFO',
      async (dir) => {
        execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
        return 'pipe.yaml';
      },
    ],
    [
      'a symbolic link to a FIFO',
      async (dir) => {
        execFileSync('mkfifo', [join(dir, 'p')]);
        await symlink(join(dir, 'p'), join(dir, 'link.yaml'));
        return 'link.yaml';
      },
    ],
    ['a character device (/dev/zero)', async () => '/dev/zero'],
    ['/dev/null', async () => '/dev/null'],
    [
      'a Unix socket',
      async (dir) => {
        const server = createServer();
        await new Promise<void>((done) => server.listen(join(dir, 'sock.yaml'), done));
        socketServers.push(server);
        return 'sock.yaml';
      },
    ],
  ];

  it.each(SPECIAL)('%s as --facts: one line, exit 2, no hang, nothing written', async (_, make) => {
    const dir = await tempDir();
    const file = await make(dir);
    const before = await snapshotDir(dir);
    for (const command of FACTS_COMMANDS) {
      const result = shell(`$AIFIN ${quoted([...command, file])}`, dir);
      expect(result.signal, `${command[0]} hung and was killed`).toBeNull();
      expect(expectOneLineFailure(result, /is not a regular file$/)).toBe(
        `facts file ${JSON.stringify(file)} is not a regular file`,
      );
    }
    expect(await snapshotDir(dir)).toEqual(before);
    for (const server of socketServers.splice(0)) server.close();
  });

  it('a FIFO as a scenario file, still refused (the reader is shared)', async () => {
    const dir = await tempDir();
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    for (const command of SCENARIO_COMMANDS) {
      const result = shell(`$AIFIN ${quoted([...command, 'pipe.yaml'])}`, dir);
      expect(result.signal).toBeNull();
      expectOneLineFailure(result, /^scenario file "pipe\.yaml" is not a regular file$/);
    }
  });

  it('an oversized facts file: refused by its size', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'big.yaml'), `facts: []\n#${'x'.repeat(300 * 1024)}\n`);
    const line = expectOneLineFailure(shell('$AIFIN project --facts big.yaml', dir), /^big\.yaml: \d+ bytes/);
    expect(line).toContain('limit for facts files');
  });
});

/** A text and the detail the one line must give after "FILE: not valid JSON or YAML: ". */
const POLICY_CASES: readonly (readonly [string, string | Uint8Array, string])[] = [
  [
    'a custom tag',
    'x: !custom 1\n',
    'line 1: holds a YAML tag (!custom): use plain mappings, lists, text and numbers',
  ],
  [
    'a !!binary tag',
    'x: !!binary eA==\n',
    'line 1: holds a YAML tag (!!binary): use plain mappings, lists, text and numbers',
  ],
  ['%YAML 1.1 (1:30 would read as 90)', '%YAML 1.1\n---\nx: 1:30\n', 'holds a %YAML directive: leave it out'],
  ['%TAG', '%TAG !e! tag:example.com,2000:\n---\nx: 1\n', 'holds a %TAG directive: leave it out'],
  ['an unknown directive', '%FOO bar\n---\nx: 1\n', 'line 1, column 1: Unknown directive %FOO'],
  ['a YAML key given twice', 'x: 1\nx: 2\n', 'line 2, column 1: Map keys must be unique'],
  ['invalid UTF-8', Uint8Array.from([0x78, 0x3a, 0x20, 0xff, 0x0a]), 'invalid UTF-8 on line 1 (byte 4)'],
];

describe('issue 16, class "one YAML/JSON policy": facts and scenario files refuse alike', () => {
  beforeAll(ensureBinary);

  it.each(POLICY_CASES)('%s', async (_, text, detail) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'u.yaml'), text);
    const before = await snapshotDir(dir);
    for (const command of [...FACTS_COMMANDS, ...SCENARIO_COMMANDS]) {
      const result = shell(`$AIFIN ${quoted([...command, 'u.yaml'])}`, dir);
      expect(expectOneLineFailure(result, /^u\.yaml: /)).toBe(`u.yaml: not valid JSON or YAML: ${detail}`);
    }
    expect(await snapshotDir(dir)).toEqual(before);
  });

  it('a JSON key given twice, in a facts file and a scenario file', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'f.json'),
      '{"facts": [{"id": "F9", "value": 10, "value": 1e308, "asOf": "2026-05-01", "source": {"publisher": "A"}}]}',
    );
    await writeFile(join(dir, 's.json'), '{"name": "a", "horizon": 5, "horizon": 15}');
    expect(expectOneLineFailure(shell('$AIFIN export --facts f.json', dir), /^f\.json/)).toBe(
      'f.json: not valid JSON or YAML: the key "value" is given twice in facts[0]',
    );
    expect(expectOneLineFailure(shell('$AIFIN project --scenario s.json', dir), /^s\.json/)).toBe(
      's.json: not valid JSON or YAML: the key "horizon" is given twice at the top level',
    );
  });

  it('an ESC sequence in a comment on a tagged line never reaches the terminal raw, and nothing else is printed', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'evil.yaml'),
      'facts:\n  - { id: F9, value: !custom 10 } # \u001b]0;owned\u0007\u001b[2J\u009b31m\n',
    );
    const result = shell('$AIFIN validate --facts evil.yaml', dir);
    expect(expectOneLineFailure(result, /^evil\.yaml/)).toBe(
      'evil.yaml: not valid JSON or YAML: line 2: holds a YAML tag (!custom): use plain mappings, lists, text and numbers',
    );
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).not.toContain('owned');
  });
});

/** One observation line of a facts file. */
function entry(id: string, value: number, extra = ''): string {
  return `  - { id: ${id}, value: ${value},${extra} asOf: 2026-05-01, source: { publisher: A } }`;
}

/** Facts files that would break the model, and the one line every command must print. */
const MODEL_CASES: readonly (readonly [string, string, RegExp])[] = [
  [
    'f9 beside F9 (Excel names ignore case)',
    `facts:\n${entry('f9', 10, ' metric: net-loss,')}\n`,
    /^bad\.yaml: facts\[0\]\.id = "f9": has the workbook name of F9 \(names ignore case\)/,
  ],
  [
    'F7_year (the name of F7’s year cell)',
    `facts:\n${entry('F7_year', 10, ' metric: arr, period: 2026,')}\n`,
    /^bad\.yaml: facts\[0\]\.id = "F7_year": its workbook name fact_F7_year is the name of F7's year/,
  ],
  [
    'every mix fact at 0',
    `facts:\n${['F10', 'F11', 'F12'].map((id) => entry(id, 0)).join('\n')}\n`,
    /^facts F10 = 0 \(bad\.yaml\), F11 = 0 \(bad\.yaml\), F12 = 0 \(bad\.yaml\): the model would compute NaN for mix\.enterprise in 2026 \(scenario "bear"\): revise them$/,
  ],
  [
    'a value of 1e308',
    `facts:\n${entry('F7', 1e308)}\n`,
    /^fact F7 = 1e\+308 \(bad\.yaml\): the model would compute Infinity for arr\.total in 2027 \(scenario "bear"\): revise it$/,
  ],
];

describe('issue 16, class "facts that cannot break the model": validate, project and export alike', () => {
  beforeAll(ensureBinary);

  it.each(MODEL_CASES)('%s: one line, exit 2, nothing written', async (_, text, message) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.yaml'), text);
    const before = await snapshotDir(dir);
    for (const command of [
      ['validate', '--facts'],
      ['project', '--facts'],
      ['project', '--json', '--facts'],
      ['export', '--facts'],
      ['export', '--format', 'csv,json', '--facts'],
    ]) {
      const result = shell(`$AIFIN ${quoted([...command, 'bad.yaml'])}`, dir);
      expectOneLineFailure(result, message);
    }
    expect(await snapshotDir(dir)).toEqual(before);
  });
});
