import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { inMemoryBudget, WORKER_ADDRESS_SPACE_BYTES, workerCap } from './thread-limits.js';

describe('thread limits', () => {
  it('caps workers at the machine’s parallelism and at what an address-space limit leaves room for', () => {
    expect(workerCap(64, null)).toBe(Math.min(64, availableParallelism()));
    expect(workerCap(8, 400 * 1024 * 1024)).toBe(0);
    expect(workerCap(8, 384 * 1024 * 1024 + 2 * WORKER_ADDRESS_SPACE_BYTES)).toBe(
      Math.min(2, availableParallelism()),
    );
  });

  it('keeps fewer values in memory under an address-space limit', () => {
    expect(inMemoryBudget(512, null)).toBe(512);
    expect(inMemoryBudget(512 * 1024 * 1024, 300 * 1024 * 1024)).toBe(100 * 1024 * 1024);
  });
});
