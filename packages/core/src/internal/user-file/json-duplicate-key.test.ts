import { describe, expect, it } from 'vitest';
import { findDuplicateJsonKey } from './json-duplicate-key.js';

describe('findDuplicateJsonKey', () => {
  it.each([
    ['at the top level', '{"a": 1, "a": 2}', { key: 'a', path: '' }],
    [
      'in a nested object',
      '{"facts": [{"id": "F9"}, {"id": "F9", "value": 1, "value": 2}]}',
      { key: 'value', path: 'facts[1]' },
    ],
    ['spelt with an escape', '{"source": {"url": "x", "\\u0075rl": "y"}}', { key: 'url', path: 'source' }],
    [
      'after a string holding quotes, braces and colons',
      '{"a": "\\"}{:,", "b": {"c": 1, "c": 1}}',
      { key: 'c', path: 'b' },
    ],
    ['across whitespace before the colon', '{"a" \n\t: 1, "a"   : 2}', { key: 'a', path: '' }],
  ])('finds a key given twice %s', (_, text, expected) => {
    expect(findDuplicateJsonKey(text)).toEqual(expected);
  });

  it.each([
    ['equal keys in sibling objects', '[{"a": 1}, {"a": 2}]'],
    ['a value equal to a key', '{"a": "a", "b": "a"}'],
    ['keys that differ only in case', '{"a": 1, "A": 2}'],
    ['a list of equal strings', '{"l": ["a", "a"]}'],
    ['a scalar document', '"a"'],
  ])('finds nothing for %s', (_, text) => {
    expect(findDuplicateJsonKey(text)).toBeNull();
  });
});
