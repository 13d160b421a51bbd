import { describe, expect, it } from 'vitest';
import { neutraliseFormula, numberField, quoteField, textField } from './csv-field.js';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('prefixes a quote to %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it('leaves other text alone', () => {
    expect(neutraliseFormula('arr.total')).toBe('arr.total');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('')).toBe('');
  });
});

describe('quoteField', () => {
  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(quoteField('a,b')).toBe('"a,b"');
    expect(quoteField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteField('two\nlines')).toBe('"two\nlines"');
    expect(quoteField('cr\rhere')).toBe('"cr\rhere"');
  });

  it('leaves plain fields bare', () => {
    expect(quoteField('usdB')).toBe('usdB');
  });
});

describe('textField', () => {
  it('neutralises before quoting, so the quote sits inside the quoted field', () => {
    expect(textField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
});

describe('numberField', () => {
  it('writes negative numbers as numbers, untouched', () => {
    expect(numberField(-9)).toBe('-9');
    expect(numberField(0.25)).toBe('0.25');
  });

  it('writes null as an empty field', () => {
    expect(numberField(null)).toBe('');
  });
});
