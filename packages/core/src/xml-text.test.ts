import { describe, expect, it } from 'vitest';
import { hasXmlInvalidChar, stripXmlInvalidChars } from './xml-text.js';

/** Every kind of character XML 1.0 forbids, one of each. */
export const XML_INVALID_SAMPLES = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\ude00z',
];

describe('XML 1.0 text', () => {
  it.each(XML_INVALID_SAMPLES)('finds and strips %j', (bad) => {
    expect(hasXmlInvalidChar(`a${bad}b`)).toBe(true);
    expect(hasXmlInvalidChar(stripXmlInvalidChars(`a${bad}b`))).toBe(false);
  });

  it('keeps tab, newlines, emoji (a surrogate pair), BiDi and other valid text', () => {
    const fine = 'tab\there\nand\r\n😀 \u202e ünïcödé \ufffd';
    expect(hasXmlInvalidChar(fine)).toBe(false);
    expect(stripXmlInvalidChars(fine)).toBe(fine);
  });
});
