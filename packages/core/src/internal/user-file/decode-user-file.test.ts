import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../../errors/user-error-of.test-support.js';
import { FACTS_FILE_RULES } from '../../facts/parse-facts-text.js';
import { SCENARIO_FILE_RULES } from '../../scenarios/parse-scenario-text.js';

/** The rules of each kind of file, as the two parsers pass them. */
const RULES = { scenario: SCENARIO_FILE_RULES, facts: FACTS_FILE_RULES } as const;

import { MAX_FACTS_FILE_BYTES } from '../../facts/facts-file-schema.js';
import { MAX_SCENARIO_FILE_BYTES } from '../../scenarios/schema.js';
import { decodeUserFile } from './decode-user-file.js';

const bytes = (...parts: (string | readonly number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : [...part])),
  );

describe('decodeUserFile', () => {
  it('decodes UTF-8 text, accents and emoji included, and drops a byte-order mark', () => {
    expect(decodeUserFile(bytes('name: café 😀'), 'a.yaml', RULES.scenario)).toBe('name: café 😀');
    expect(decodeUserFile(bytes([0xef, 0xbb, 0xbf], '{"facts": []}'), 'f.json', RULES.facts)).toBe(
      '{"facts": []}',
    );
  });

  it.each([
    ['a lone 0xFF byte', bytes('name: a\nx: ', [0xff], '\n'), 2, 12],
    ['a Latin-1 é (0xE9)', bytes('a: 1\nb: 2\nname: caf', [0xe9], '\n'), 3, 20],
    ['a sequence cut at the end', bytes('name: x', [0xe2, 0x82]), 1, 8],
    ['an overlong "/" (0xC0 0xAF)', bytes([0xc0, 0xaf]), 1, 1],
    ['an encoded surrogate (0xED 0xA0 0x80)', bytes('x: ', [0xed, 0xa0, 0x80]), 1, 4],
  ])('refuses %s, naming the line and the byte, instead of writing U+FFFD', (_, input, line, byte) => {
    for (const [kind, code] of [
      ['scenario', 'SCENARIO_SYNTAX'],
      ['facts', 'FACTS_SYNTAX'],
    ] as const) {
      const error = userErrorOf(() => decodeUserFile(input, 'bad.yaml', RULES[kind]));
      expect(error.code).toBe(code);
      expect(error.message).toBe(
        `bad.yaml: not valid JSON or YAML: invalid UTF-8 on line ${line} (byte ${byte})`,
      );
    }
  });

  it('refuses a file above its kind’s limit before decoding it', () => {
    const scenario = userErrorOf(() =>
      decodeUserFile(new Uint8Array(MAX_SCENARIO_FILE_BYTES + 1).fill(0xff), 's.yaml', RULES.scenario),
    );
    expect(scenario.code).toBe('FILE_TOO_LARGE');
    expect(scenario.message).toContain('limit for scenario files');
    const facts = userErrorOf(() =>
      decodeUserFile(new Uint8Array(MAX_FACTS_FILE_BYTES + 1), 'f.yaml', RULES.facts),
    );
    expect(facts.message).toContain('limit for facts files');
    expect(
      decodeUserFile(new Uint8Array(MAX_FACTS_FILE_BYTES).fill(0x20), 'f.yaml', RULES.facts),
    ).toHaveLength(MAX_FACTS_FILE_BYTES);
  });

  it('escapes a hostile file name in the message', () => {
    const error = userErrorOf(() => decodeUserFile(bytes([0xff]), 'evil\u001b]0;x\u0007.yaml', RULES.facts));
    expect(error.message).toMatch(/^evil\\u001b\]0;x\\u0007\.yaml: /);
  });

  it('reports what is not bytes as a programmer error', () => {
    for (const bad of ['name: x', null, [110, 97], new ArrayBuffer(2)])
      expect(() => decodeUserFile(bad as unknown as Uint8Array, 'x.yaml', RULES.scenario)).toThrow(TypeError);
    expect(() => decodeUserFile(bytes('x'), 'x.yaml', null as never)).toThrow(TypeError);
  });
});
