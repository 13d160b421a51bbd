import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_SCENARIOS, buildWorkbookPlan, type Scenario } from '@aifin/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderXlsx } from '../src/render/xlsx.js';
import { ensureBinary, runBinary } from './support/binary.js';
import { expectOneLineFailure } from './support/one-line.js';
import { snapshotDir, tempDir } from './support/temp-dir.js';
import { expectWellFormedXlsx } from './support/well-formed-xlsx.js';

/** Every kind of character XML 1.0 forbids. */
const XML_INVALID = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
];

/** What must not reach a terminal raw: escapes, the bell, carriage return, C1, BiDi overrides and isolates. */
const TERMINAL_HOSTILE = [
  '\u001b[2J',
  '\u001b]0;pwned\u0007',
  '\u0007',
  '\r',
  '\u009b31m',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u061c',
];

// biome-ignore lint/suspicious/noControlCharactersInRegex: no raw control character may reach the terminal.
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('class 1: text XML 1.0 forbids', () => {
  beforeAll(ensureBinary);

  it.each(XML_INVALID.map((c) => [JSON.stringify(c), c]))(
    '%s in a description or a rationale: one line, nothing written',
    async (_, bad) => {
      const dir = await tempDir();
      const docs = {
        'd.json': JSON.stringify({ name: 'd', description: `before${bad}after` }),
        'r.json': JSON.stringify({
          name: 'r',
          inputs: { growthFade: { value: 0.1, rationale: `a${bad}b` } },
        }),
      };
      for (const [name, text] of Object.entries(docs)) await writeFile(join(dir, name), text);
      const before = await snapshotDir(dir);
      for (const name of Object.keys(docs))
        expectOneLineFailure(
          runBinary(['export', '--scenario', name, '--format', 'xlsx,csv,json'], dir),
          /= ".*": must not contain control characters, U\+FFFE, U\+FFFF or unpaired surrogates$/,
        );
      expect(await snapshotDir(dir)).toEqual(before);
    },
  );

  it('the renderer strips them from a plan built in code, and every XML part written parses', async () => {
    const hostile: Scenario = {
      ...BUILTIN_SCENARIOS.base,
      name: 'hostile',
      extends: 'base',
      description: `desc ${XML_INVALID.join('|')} end`,
      rationale: { ...BUILTIN_SCENARIOS.base.rationale, growthFade: `why ${XML_INVALID.join('')} ok` },
      overrides: ['growthFade'],
    };
    const xlsx = await renderXlsx(
      buildWorkbookPlan({ scenarios: [...Object.values(BUILTIN_SCENARIOS), hostile], selected: 'hostile' }),
    );
    expectWellFormedXlsx(xlsx);
  });

  it('a valid export with every allowed oddity (tab, newline, emoji, BiDi, accents) writes well-formed XML', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'odd.yaml'),
      'name: odd\ndescription: "tab\\there\\nnew line 😀 \\u202e ünïcödé \\ufffd & <tag> \\"q\\""\n',
    );
    const result = runBinary(['export', '--scenario', 'odd.yaml', '--format', 'xlsx'], dir);
    expect(result.status, result.stderr).toBe(0);
    expectWellFormedXlsx(await readFile(join(dir, 'out', 'aifin-odd.xlsx')));
  });
});

describe('class 6: terminal escapes in user text never reach the terminal raw', () => {
  beforeAll(ensureBinary);

  it.each(TERMINAL_HOSTILE.filter((c) => c >= '\u0080').map((c) => [JSON.stringify(c), c]))(
    '%s in a description is shown escaped by project',
    async (_, bad) => {
      const dir = await tempDir();
      await writeFile(join(dir, 'b.json'), JSON.stringify({ name: 'b', description: `gpj${bad}.exe` }));
      const result = runBinary(['project', '--scenario', 'b.json'], dir);
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).not.toMatch(RAW);
      expect(result.stdout).toContain(`gpj\\u${bad.charCodeAt(0).toString(16).padStart(4, '0')}`);
    },
  );

  it.each(TERMINAL_HOSTILE.map((c) => [JSON.stringify(c), c]))(
    '%s in a file name is shown escaped',
    async (_, bad) => {
      const dir = await tempDir();
      const name = `a${bad}b.yaml`;
      await writeFile(join(dir, name), 'name: fine\n');
      const ok = runBinary(['validate', name], dir);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/^ok a\\u/);
      expect(ok.stdout).not.toMatch(RAW);
      // The same name in an error: missing file, unknown scenario, a bad --out, unknown option.
      // Escaped (\u001b, or JSON's \r), or a line break folded into a space by the one-line rule.
      for (const args of [
        ['validate', `missing${bad}.yaml`],
        ['project', '--scenario', `nosuch${bad}`],
        ['export', '--out', name],
        ['export', `--x${bad}`],
      ])
        expectOneLineFailure(runBinary(args, dir), /\\(u[0-9a-f]{4}|[rnt])|'--x '/);
    },
  );

  it.each(TERMINAL_HOSTILE.map((c) => [JSON.stringify(c), c]))(
    '%s in a parser’s excerpt (JSON and YAML) is shown escaped',
    async (_, bad) => {
      const dir = await tempDir();
      await writeFile(join(dir, 'x.json'), `${bad}{`);
      await writeFile(join(dir, 'y.yaml'), `name: [${bad}\n`);
      expectOneLineFailure(runBinary(['validate', 'x.json'], dir), /^x\.json: not valid JSON or YAML: /);
      expectOneLineFailure(runBinary(['validate', 'y.yaml'], dir), /^y\.yaml: /);
    },
  );

  it('an export summary shows a hostile --out escaped', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'o\u001b[31m'));
    const result = runBinary(['export', '--out', 'o\u001b[31m', '--format', 'json'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('o\\u001b[31m/aifin-base.json');
    expect(result.stdout).not.toMatch(RAW);
  });
});

describe('class 7: YAML tags, directives and complex keys', () => {
  beforeAll(ensureBinary);

  it.each([
    ['an unknown tag on a key', '!foo name: x\n'],
    ['an unknown tag on a value', 'name: !bar x\n'],
    ['a standard tag that is not plain data', 'name: !!binary eA==\n'],
    ['a set tag', 'name: x\ninputs: !!set { growthFade }\n'],
    ['an unsupported %YAML version', '%YAML 1.3\n---\nname: x\n'],
    ['an unknown directive', '%FOO bar\n---\nname: x\n'],
    ['a %TAG directive with an unresolved tag', '%TAG !e! tag:example.com,2000:\n---\nname: !e!foo x\n'],
    ['a complex key at the top', '? [a, b]\n: 1\nname: x\n'],
    ['a complex key in inputs', 'name: x\ninputs:\n  ? { a: 1 }\n  : 0.1\n'],
    ['an alias to a missing anchor', 'name: *nope\n'],
    ['a merge key', 'base: &b { name: x }\n<<: *b\n'],
    ['two documents', 'name: x\n---\nname: y\n'],
  ])('%s: exactly one line, no warning, no JS error class', async (_, text) => {
    const dir = await tempDir();
    await writeFile(join(dir, 't.yaml'), text);
    expectOneLineFailure(runBinary(['validate', 't.yaml'], dir), /^t\.yaml: /);
  });

  // One policy for scenario and facts files (issue 16): no directive and no tag, even one that would resolve.
  it.each([
    ['a %YAML 1.2 directive', '%YAML 1.2\n---\nname: x\n', 'holds a %YAML directive: leave it out'],
    ['a %YAML 1.1 directive', '%YAML 1.1\n---\nname: x\n', 'holds a %YAML directive: leave it out'],
    ['a standard !!str tag', 'name: !!str x\n', 'line 1: holds a YAML tag (!!str)'],
    [
      'a %TAG directive for a tag that resolves',
      '%TAG !y! tag:yaml.org,2002:\n---\nname: !y!str x\n',
      'holds a %TAG directive: leave it out',
    ],
  ])('%s: refused in one line', async (_, text, detail) => {
    const dir = await tempDir();
    await writeFile(join(dir, 't.yaml'), text);
    const line = expectOneLineFailure(runBinary(['validate', 't.yaml'], dir), /^t\.yaml: /);
    expect(line).toContain(`t.yaml: not valid JSON or YAML: ${detail}`);
  });
});
