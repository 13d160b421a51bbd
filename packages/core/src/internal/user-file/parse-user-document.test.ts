import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userErrorOf } from '../../errors/user-error-of.test-support.js';
import { FACTS_FILE_RULES } from '../../facts/parse-facts-text.js';
import { SCENARIO_FILE_RULES } from '../../scenarios/parse-scenario-text.js';

/** The rules of each kind of file, as the two parsers pass them. */
const RULES = { scenario: SCENARIO_FILE_RULES, facts: FACTS_FILE_RULES } as const;

import { parseUserDocument } from './parse-user-document.js';

/** Anything that would reach a terminal raw: C0 and C1 controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the terminal.
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const KINDS = [
  ['scenario', 'SCENARIO_SYNTAX'],
  ['facts', 'FACTS_SYNTAX'],
] as const;

/** The refusal of one text, the same for both kinds but for the code. */
function refusal(text: string, file = 'u.yaml'): string {
  const messages = KINDS.map(([kind, code]) => {
    const error = userErrorOf(() => parseUserDocument(text, file, RULES[kind]));
    expect(error.code).toBe(code);
    expect(error.message).not.toMatch(RAW_CONTROL);
    expect(error.message).not.toMatch(/(Reference|Type|Syntax|Range)Error|YAMLWarning/);
    return error.message;
  });
  expect(messages[1]).toBe(messages[0]);
  return messages[0] as string;
}

describe('parseUserDocument: one policy for scenario and facts files', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    // Nothing the parser does may reach stderr: not a warning, not a deprecation.
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process, 'emitWarning').mockImplementation((warning) => {
      written.push(String(warning));
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    expect(written).toEqual([]);
  });

  it('reads plain YAML and JSON, anchors and aliases included', () => {
    expect(parseUserDocument('a: &x [1, 2]\nb: *x\n', 'u.yaml', RULES.scenario)).toEqual({
      a: [1, 2],
      b: [1, 2],
    });
    expect(parseUserDocument('{"a": {"b": [1, "c"]}}', 'U.JSON', RULES.facts)).toEqual({
      a: { b: [1, 'c'] },
    });
    expect(parseUserDocument('', 'u.yaml', RULES.facts)).toBeNull();
  });

  it.each([
    ['a custom tag', 'a: !custom 1\n', 'line 1: holds a YAML tag (!custom)'],
    ['a standard tag on a value', 'a: !!str 1\n', 'line 1: holds a YAML tag (!!str)'],
    ['!!binary', 'x: 1\nname: !!binary eA==\n', 'line 2: holds a YAML tag (!!binary)'],
    ['!!set', 'inputs: !!set { growthFade }\n', 'line 1: holds a YAML tag (!!set)'],
    ['!!timestamp', 'asOf: !!timestamp 2026-05-01\n', 'line 1: holds a YAML tag (!!timestamp)'],
    ['a tag on a key', '!k a: 1\n', 'line 1: holds a YAML tag (!k)'],
    ['a tag on a list item', 'facts:\n  - !entry { id: F9 }\n', 'line 2: holds a YAML tag (!entry)'],
    [
      'a verbatim tag',
      'a: !<tag:example.com,2000:x> 1\n',
      'line 1: holds a YAML tag (tag:example.com,2000:x)',
    ],
  ])('refuses %s, naming its line', (_, text, detail) => {
    expect(refusal(text)).toMatch(new RegExp(`^u\\.yaml: not valid JSON or YAML: ${literally(detail)}`));
  });

  it.each([
    [
      '%YAML 1.1 (1:30 would read as 90)',
      '%YAML 1.1\n---\na: 1:30\n',
      'holds a %YAML directive: leave it out',
    ],
    ['%YAML 1.2', '%YAML 1.2\n---\na: 1\n', 'holds a %YAML directive: leave it out'],
    ['%YAML 1.3', '%YAML 1.3\n---\na: 1\n', 'holds a %YAML directive'],
    ['%TAG', '%TAG !e! tag:example.com,2000:\n---\na: 1\n', 'holds a %TAG directive: leave it out'],
    ['an unknown directive', '%FOO bar\n---\na: 1\n', 'line 1, column 1: Unknown directive %FOO'],
  ])('refuses %s', (_, text, detail) => {
    expect(refusal(text)).toContain(detail);
  });

  it.each([
    ['a YAML key given twice', 'a: 1\nb: 2\na: 3\n', 'u.yaml', 'line 3, column 1: Map keys must be unique'],
    ['a YAML key given twice in a flow mapping', 'x: {a: 1, a: 2}\n', 'u.yaml', 'Map keys must be unique'],
    ['a YAML key given twice deep down', 'facts:\n  - id: F9\n    id: F10\n', 'u.yaml', 'line 3'],
    ['a JSON key given twice', '{"a": 1, "a": 2}', 'u.json', 'the key "a" is given twice at the top level'],
    [
      'a JSON key given twice in a list entry',
      '{"facts": [{"id": "F9", "value": 1, "value": 1e308}]}',
      'u.json',
      'the key "value" is given twice in facts[0]',
    ],
    [
      'a JSON key given twice, once escaped',
      '{"id": 1, "\\u0069d": 2}',
      'u.json',
      'the key "id" is given twice',
    ],
  ])('refuses %s', (_, text, file, detail) => {
    expect(refusal(text, file)).toContain(detail);
  });

  it('never lets a comment on a tagged line reach the terminal raw', () => {
    const text = 'a: !custom 1 # \u001b]0;owned\u0007\u001b[2J\u009b31m\n';
    const message = refusal(text);
    expect(message).toBe(
      'u.yaml: not valid JSON or YAML: line 1: holds a YAML tag (!custom): use plain mappings, lists, text and numbers',
    );
  });

  it('escapes user text that a parser quotes back, and the file name', () => {
    const message = refusal('{"a\\u001b[2J": 1, "a\\u001b[2J": 2}', 'x\u001b]0;t\u0007.json');
    expect(message).toBe(
      'x\\u001b]0;t\\u0007.json: not valid JSON or YAML: the key "a\\u001b[2J" is given twice at the top level',
    );
    expect(refusal('%F\u001b[2J\n---\na: 1\n')).toContain('Unknown directive %F\\u001b[2J');
  });

  it.each([
    ['a second document', 'a: 1\n---\nb: 2\n', 'holds more than one YAML document'],
    ['an alias without its anchor', 'a: *nope\n', 'nope'],
    ['a billion laughs', `a: &a [x, x, x, x, x, x, x, x, x, x]\n${laughs()}`, 'alias'],
    ['JSON that is not JSON', '{"a": 1,}', 'JSON'],
    ['bad indentation', 'a:\n  b: 1\n c: 2\n', 'line 3'],
  ])('refuses %s in one line', (_, text, detail) => {
    const message = refusal(text, text.startsWith('{"a": 1,}') ? 'u.json' : 'u.yaml');
    expect(message).not.toContain('\n');
    expect(message.toLowerCase()).toContain(detail.toLowerCase());
  });

  it('reports arguments of the wrong type as programmer errors', () => {
    expect(() => parseUserDocument(null as unknown as string, 'u.yaml', RULES.facts)).toThrow(TypeError);
    expect(() => parseUserDocument('a: 1', 3 as unknown as string, RULES.facts)).toThrow(TypeError);
    expect(() => parseUserDocument('a: 1', 'u.yaml', null as never)).toThrow(TypeError);
  });
});

/** A regular-expression source matching `text` literally. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nine levels of lists of ten aliases each: 10^9 nodes if expanded. */
function laughs(): string {
  const levels: string[] = [];
  for (let level = 'b'.charCodeAt(0); level <= 'j'.charCodeAt(0); level++) {
    const name = String.fromCharCode(level);
    const previous = String.fromCharCode(level - 1);
    levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
  }
  return `${levels.join('\n')}\n`;
}
