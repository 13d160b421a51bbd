import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILTIN_OBSERVATIONS, describeSourceChain, FACTS } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/support/memory-io.js';
import { tempDir } from '../../test/support/temp-dir.js';
import { runFacts } from './facts.js';

const RESTATED = [
  'facts:',
  '  - id: F9',
  '    value: 13.5',
  '    qualifier: estimate',
  '    asOf: 2026-05-01',
  '    source: { publisher: The Wall Street Journal, date: 2026-04-30, title: OpenAI loss restated }',
].join('\n');

const withFile = async (text: string): Promise<string> => {
  const dir = await tempDir();
  await writeFile(join(dir, 'restated.yaml'), text);
  return dir;
};

describe('runFacts', () => {
  it('prints every built-in fact as JSON, each the first vintage and in use', async () => {
    const { io, stdout } = memoryIo(process.cwd());
    expect(await runFacts({ json: true }, io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual(
      JSON.parse(JSON.stringify(BUILTIN_OBSERVATIONS.map((o) => ({ ...o, inUse: true })))),
    );
  });

  it('lists every vintage of a restated fact with its source, the one in use marked', async () => {
    const dir = await withFile(RESTATED);
    const { io, stdout } = memoryIo(dir);
    expect(await runFacts({ json: true, facts: ['restated.yaml'] }, io)).toBe(0);
    const rows = JSON.parse(stdout()) as {
      id: string;
      value: number;
      asOf: string;
      inUse: boolean;
      source: { original: string };
    }[];
    expect(rows).toHaveLength(BUILTIN_OBSERVATIONS.length + 1);
    expect(
      rows.filter((r) => r.id === 'F9').map((r) => [r.asOf, r.value, r.inUse, r.source.original]),
    ).toEqual([
      ['2026-02-20', 9, false, 'The Wall Street Journal'],
      ['2026-05-01', 13.5, true, 'The Wall Street Journal'],
    ]);
  });

  it('uses the vintage known on --as-of', async () => {
    const dir = await withFile(RESTATED);
    const { io, stdout } = memoryIo(dir);
    await runFacts({ json: true, facts: ['restated.yaml'], asOf: '2026-04-30' }, io);
    const rows = JSON.parse(stdout()) as { id: string; asOf: string; inUse: boolean }[];
    expect(rows.filter((r) => r.id === 'F9').map((r) => [r.asOf, r.inUse])).toEqual([
      ['2026-02-20', true],
      ['2026-05-01', false],
    ]);
  });

  it('by default lists every vintage in use; --as-of 2026-02-20 only the article and the public figures known by then', async () => {
    const all = memoryIo(process.cwd());
    await runFacts({ json: true }, all.io);
    const every = JSON.parse(all.stdout()) as { id: string; inUse: boolean; confidence?: string }[];
    expect(every.filter((r) => r.inUse)).toHaveLength(BUILTIN_OBSERVATIONS.length);
    expect(every.find((r) => r.id === 'PB14')).toMatchObject({ inUse: true, confidence: 'high' });

    const early = memoryIo(process.cwd());
    await runFacts({ json: true, asOf: '2026-02-20' }, early.io);
    const rows = JSON.parse(early.stdout()) as { id: string; asOf: string; inUse: boolean }[];
    const inUse = rows.filter((r) => r.inUse);
    expect(inUse.slice(0, 17).map((r) => r.id)).toEqual(FACTS.map((f) => f.id));
    expect(inUse.every((r) => r.asOf <= '2026-02-20')).toBe(true);
    expect(inUse.map((r) => r.id)).toContain('PG6_POST');
    expect(inUse.map((r) => r.id)).not.toContain('PB8');
    // Every vintage is still listed: the later ones as not in use.
    expect(rows.find((r) => r.id === 'PB8')).toMatchObject({ inUse: false });
  });

  it('tabulates every fact with its qualifier and the start of its source chain, marking the vintage in use', async () => {
    const dir = await withFile(RESTATED);
    const { io, stdout, stderr } = memoryIo(dir);
    expect(await runFacts({ json: false, facts: ['restated.yaml'] }, io)).toBe(0);
    const table = stdout();
    // The restated F9 (2026-05-01) is not the latest: the public collection runs to 2026-06-30.
    expect(table).toContain('Facts as of 2026-06-30 (the latest known)');
    for (const fact of FACTS) {
      expect(table).toMatch(new RegExp(`│ [ *]${fact.id} +│ ${fact.company}`));
      expect(table).toContain(fact.qualifier);
    }
    expect(table).toMatch(/│ {2}F9 +│ OpenAI .*│ 9 B USD/);
    expect(table).toMatch(/│ \*F9 +│ OpenAI .*│ 13\.5 B USD/);
    expect(table).toContain('20 B USD');
    const [first] = FACTS;
    if (!first) throw new Error('no facts');
    expect(table).toContain(describeSourceChain(first.source).slice(0, 30));
    // A public figure: its as-of date with its confidence, its chain through the page.
    expect(table).toMatch(/│ \*PB14 +│ OpenAI .*│ 20\.92 B USD .*│ 2026-06-18 │/);
    expect(table).toMatch(/│ +│ +│ .*│ conf\. high │/);
    expect(stderr()).toBe('');
  });
});
