import { BUILTIN_OBSERVATIONS, MAX_FACTS_FILE_BYTES } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { readFactsFile } from './read-facts-file.js';

const fileOf = (name: string, text: string, size = text.length) => ({ name, size, text: async () => text });

describe('readFactsFile', () => {
  it('reads a facts file into observations on top of what is known', async () => {
    const result = await readFactsFile(
      fileOf(
        'f9.yaml',
        '\uFEFFfacts: [{ id: F9, value: 13.5, asOf: 2026-05-01, source: { publisher: WSJ } }]',
      ),
      BUILTIN_OBSERVATIONS,
    );
    expect(result).toMatchObject({ ok: true, observations: [{ id: 'F9', value: 13.5, origin: 'f9.yaml' }] });
  });

  it('says in one line what is wrong with a bad file, as the CLI does', async () => {
    const result = await readFactsFile(
      fileOf(
        'bad.json',
        '{"facts": [{"id": "X1", "value": 3, "asOf": "2026-05-01", "source": {"publisher": "A"}}]}',
      ),
      BUILTIN_OBSERVATIONS,
    );
    expect(result).toEqual({
      ok: false,
      message: 'bad.json: facts[0].metric = undefined: is required for X1, which is not a known fact',
    });
  });

  it('refuses a file above the size limit without reading it', async () => {
    const file = {
      name: 'huge.yaml',
      size: MAX_FACTS_FILE_BYTES + 1,
      text: async () => {
        throw new Error('read');
      },
    };
    const result = await readFactsFile(file, BUILTIN_OBSERVATIONS);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('larger than the');
  });
});
