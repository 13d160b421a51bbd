import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/support/memory-io.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { runValidate } from './validate.js';

describe('runValidate', () => {
  it('prints one ok line per good file and exits 0', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'fast.yaml'),
      'name: fast\nextends: bull\nhorizon: 7\ninputs:\n  growthFade: 0.1\n  openingCash: { value: 40, rationale: "more" }\n',
    );
    await writeFile(join(dir, 'plain.json'), '{"name": "plain"}');
    const { io, stdout, stderr } = memoryIo(dir);
    expect(await runValidate({ files: ['fast.yaml', 'plain.json'], facts: [] }, io)).toBe(0);
    expect(stdout()).toBe(
      'ok fast.yaml: name fast, extends bull, horizon 7, 2 inputs overridden\n' +
        'ok plain.json: name plain, extends base, horizon 5, 0 inputs overridden\n',
    );
    expect(stderr()).toBe('');
  });

  it('prints each bad file’s error line, checks the rest, and exits 2', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bad.yaml'), 'name: bad\nhorizon: 99\n');
    await writeFile(join(dir, 'good.yaml'), 'name: good\n');
    const { io, stdout, stderr } = memoryIo(dir);
    expect(await runValidate({ files: ['bad.yaml', 'missing.yml', 'good.yaml'], facts: [] }, io)).toBe(2);
    expect(stdout()).toMatch(/^ok good\.yaml: name good/);
    const errors = stderr().trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^aifin: bad\.yaml: horizon = 99: /);
    expect(errors[1]).toBe('aifin: scenario file "missing.yml" does not exist');
  });

  it('checks facts files in order, each on top of the good ones before it, with one line per file', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'newer.yaml'),
      'facts:\n  - { id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }\n  - { id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: Reuters } }\n',
    );
    // X1 exists only thanks to newer.yaml: a later file may revise it.
    await writeFile(
      join(dir, 'later.yaml'),
      'facts:\n  - { id: X1, value: 31, asOf: 2026-11-25, source: { publisher: FT } }\n',
    );
    await writeFile(
      join(dir, 'bad.yaml'),
      'facts:\n  - { id: F7, value: 0, asOf: 2026-05-02, source: { publisher: A } }\n',
    );
    await writeFile(join(dir, 'good.yaml'), 'name: good\n');
    const { io, stdout, stderr } = memoryIo(dir);
    expect(
      await runValidate({ files: ['good.yaml'], facts: ['newer.yaml', 'bad.yaml', 'later.yaml'] }, io),
    ).toBe(2);
    expect(stdout()).toBe(
      'ok newer.yaml: 2 observations (F9, X1), as of 2026-05-01 to 2026-11-20\n' +
        'ok later.yaml: 1 observation (X1), as of 2026-11-25\n' +
        'ok good.yaml: name good, extends base, horizon 5, 0 inputs overridden\n',
    );
    expect(stderr()).toBe('aifin: bad.yaml: facts[0].value = 0: must be above 0 for an ARR\n');
  });

  it('refuses to check nothing, with exit 2', async () => {
    const { io, stderr } = memoryIo(await tempDir());
    expect(await runValidate({ files: [], facts: [] }, io)).toBe(2);
    expect(stderr()).toBe('aifin: validate needs a scenario file or --facts FILE to check\n');
  });
});
