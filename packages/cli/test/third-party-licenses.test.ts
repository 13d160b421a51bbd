import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBinary } from './support/binary.js';

const packageDir = fileURLToPath(new URL('../', import.meta.url));

/** The "name version, licence" lines of one list in the notices file. */
function listed(text: string, heading: RegExp): string[] {
  const start = text.split('\n').findIndex((line) => heading.test(line));
  expect(start, String(heading)).toBeGreaterThanOrEqual(0);
  const lines: string[] = [];
  for (const line of text.split('\n').slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    lines.push(line.trim().split(' ')[0] ?? '');
  }
  return lines;
}

describe('dist/THIRD-PARTY-LICENSES.txt of the CLI (shipped in the tarball with dist/)', () => {
  let text = '';
  beforeAll(() => {
    ensureBinary();
    text = readFileSync(join(packageDir, 'dist', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
  });

  it('lists the packages esbuild bundled and the dependencies npm installs beside them', () => {
    const bundled = listed(text, /^Bundled into dist\//);
    for (const name of ['@aifin/core', 'commander', 'cli-table3', 'cli-progress'])
      expect(bundled, name).toContain(name);
    // exceljs and jszip are not in the bundle (external), but are what the package installs.
    expect(bundled).not.toContain('exceljs');
    expect(listed(text, /^Installed by npm beside the bundle/)).toEqual(['exceljs', 'jszip']);
  });

  it('carries the licence text each bundled package ships', () => {
    const bundled = listed(text, /^Bundled into dist\//);
    const sections = text.split(`${'='.repeat(78)}\n`).slice(1);
    expect(sections.map((section) => section.split(' ')[0])).toEqual(bundled);
    const commander = sections.find((section) => section.startsWith('commander '));
    expect(commander).toMatch(/Permission is hereby granted, free of charge/);
    expect(sections.filter((section) => section.includes('No licence file in the package'))).toEqual([]);
  });
});
