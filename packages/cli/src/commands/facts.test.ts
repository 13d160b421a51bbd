import { describeSourceChain, FACTS } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/support/memory-io.js';
import { runFacts } from './facts.js';

describe('runFacts', () => {
  it('prints every fact as JSON', async () => {
    const { io, stdout } = memoryIo(process.cwd());
    expect(await runFacts({ json: true }, io)).toBe(0);
    expect(JSON.parse(stdout())).toEqual(JSON.parse(JSON.stringify(FACTS)));
  });

  it('tabulates every fact with its qualifier and the start of its source chain', async () => {
    const { io, stdout, stderr } = memoryIo(process.cwd());
    expect(await runFacts({ json: false }, io)).toBe(0);
    const table = stdout();
    for (const fact of FACTS) {
      expect(table).toMatch(new RegExp(`│ ${fact.id} +│ ${fact.company}`));
      expect(table).toContain(fact.qualifier);
    }
    expect(table).toContain('20 B USD');
    const [first] = FACTS;
    if (!first) throw new Error('no facts');
    expect(table).toContain(describeSourceChain(first.source).slice(0, 30));
    expect(stderr()).toBe('');
  });
});
