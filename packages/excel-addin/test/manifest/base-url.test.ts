import { describe, expect, it } from 'vitest';
import { DEV_BASE_URL, parseBaseUrl, rebaseManifest } from '../../build-tools/base-url.js';

describe('ADDIN_BASE_URL', () => {
  it('defaults to the dev server and keeps a sub-path, adding the trailing slash', () => {
    expect(parseBaseUrl(undefined)).toBe(DEV_BASE_URL);
    expect(parseBaseUrl('  ')).toBe(DEV_BASE_URL);
    expect(parseBaseUrl('https://example.org/tools/aifin')).toBe('https://example.org/tools/aifin/');
    expect(parseBaseUrl('https://example.org/')).toBe('https://example.org/');
  });

  it.each([
    ['http://example.org/', /https URL/],
    ['example.org/aifin', /absolute https URL/],
    ['https://example.org/?v=2', /without query/],
  ])('refuses %s with one line naming the variable and the value', (value, message) => {
    expect(() => parseBaseUrl(value)).toThrow(message);
    expect(() => parseBaseUrl(value)).toThrow(`"${value}"`);
  });

  it('moves every dev URL under the base and refuses a manifest that would still name localhost', () => {
    const text =
      '<a DefaultValue="https://localhost:3000/taskpane.html"/><b DefaultValue="https://localhost:3000/x.js"/>';
    expect(rebaseManifest(text, 'https://x.org/a/')).toBe(
      '<a DefaultValue="https://x.org/a/taskpane.html"/><b DefaultValue="https://x.org/a/x.js"/>',
    );
    expect(() => rebaseManifest('<a DefaultValue="http://localhost:3000/x"/>', 'https://x.org/a/')).toThrow(
      /localhost/,
    );
    // The dev build keeps the dev URLs as they are.
    expect(rebaseManifest(text, DEV_BASE_URL)).toBe(text);
  });
});
