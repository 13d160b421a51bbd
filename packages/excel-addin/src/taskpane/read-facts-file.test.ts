import { BUILTIN_OBSERVATIONS, MAX_FACTS_FILE_BYTES } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { readFactsFile } from './read-facts-file.js';

const fileOf = (name: string, text: string) => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

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
      arrayBuffer: async () => {
        throw new Error('read');
      },
    };
    const result = await readFactsFile(file, BUILTIN_OBSERVATIONS);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('larger than the');
  });

  it.each([
    [
      'a tag',
      'facts: [{ id: F9, value: !custom 10 }]',
      'f.yaml: not valid JSON or YAML: line 1: holds a YAML tag (!custom)',
    ],
    [
      'a repeated JSON key',
      '{"facts": [], "facts": []}',
      'f.json: not valid JSON or YAML: the key "facts" is given twice',
    ],
  ])('refuses %s as the CLI does', async (_, text, message) => {
    const name = text.startsWith('{') ? 'f.json' : 'f.yaml';
    const result = await readFactsFile(fileOf(name, text), BUILTIN_OBSERVATIONS);
    expect(result.ok ? '' : result.message).toContain(message);
  });

  it('refuses facts under which the model would compute NaN, naming them, as the CLI does', async () => {
    const text = `facts:\n${['F10', 'F11', 'F12'].map((id) => `  - { id: ${id}, value: 0, asOf: 2026-05-01, source: { publisher: A } }`).join('\n')}\n`;
    const result = await readFactsFile(fileOf('mix.yaml', text), BUILTIN_OBSERVATIONS);
    expect(result.ok ? '' : result.message).toMatch(
      /^facts F10 = 0 \(mix\.yaml\), F11 = 0 \(mix\.yaml\), F12 = 0 \(mix\.yaml\): the model would compute NaN for /,
    );
  });
});
