import { SaxesParser } from 'saxes';
import { expect } from 'vitest';
import { zipEntry, zipEntryNames } from './zip-entry.js';

/**
 * Parses every XML part of an .xlsx with a strict XML 1.0 parser (saxes: it refuses characters XML forbids, which
 * LibreOffice would silently drop along with every later string). Returns the number of parts parsed.
 */
export const expectWellFormedXlsx = (xlsx: Buffer): number => {
  const parts = zipEntryNames(xlsx).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
  expect(parts.length).toBeGreaterThan(5);
  for (const part of parts) {
    const parser = new SaxesParser({ xmlns: false });
    const errors: string[] = [];
    parser.on('error', (error) => errors.push(error.message));
    parser.write(zipEntry(xlsx, part)).close();
    expect(errors, part).toEqual([]);
  }
  return parts.length;
};
