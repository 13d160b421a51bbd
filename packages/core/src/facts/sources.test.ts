import { describe, expect, it } from 'vitest';
import { describeSourceChain, viaHuxiu } from './sources.js';

describe('describeSourceChain', () => {
  it('reads from the original publisher to the reporting article', () => {
    expect(describeSourceChain(viaHuxiu('Bloomberg', '2026-02-19'))).toBe(
      'Bloomberg (2026-02-19) → Huxiu (虎嗅网), technology desk, 2026-02-20',
    );
  });

  it('leaves out an unknown original date', () => {
    expect(describeSourceChain(viaHuxiu('CFO blog', null))).toBe(
      'CFO blog → Huxiu (虎嗅网), technology desk, 2026-02-20',
    );
  });
});
