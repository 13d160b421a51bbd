import { AifinError } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { parseFormats } from './formats.js';

describe('parseFormats', () => {
  it('reads comma lists and repeats, in order, without duplicates', () => {
    expect(parseFormats(['csv, XLSX', 'json', 'csv'])).toEqual(['csv', 'xlsx', 'json']);
  });

  it('names an unknown format', () => {
    expect(() => parseFormats(['xlsx,pdf'])).toThrow(AifinError);
    expect(() => parseFormats(['xlsx,pdf'])).toThrow(/format = "pdf"/);
  });

  it('refuses an empty list', () => {
    expect(() => parseFormats([''])).toThrow(/format = ""/);
  });
});
