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
    expect(await runValidate({ files: ['fast.yaml', 'plain.json'] }, io)).toBe(0);
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
    expect(await runValidate({ files: ['bad.yaml', 'missing.yml', 'good.yaml'] }, io)).toBe(2);
    expect(stdout()).toMatch(/^ok good\.yaml: name good/);
    const errors = stderr().trimEnd().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^aifin: bad\.yaml: horizon = 99: /);
    expect(errors[1]).toBe('aifin: scenario file "missing.yml" does not exist');
  });
});
