import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * Address space a worker thread reserves when it starts (measured: 600–800 MB of virtual memory each on Node 20,
 * most of it V8's code range and heap reservations), with room for its buffers. Under an address-space limit
 * (`ulimit -v`) a worker that cannot reserve this does not fail politely: V8 aborts the whole process (exit 133).
 */
export const WORKER_ADDRESS_SPACE_BYTES = 900 * 1024 * 1024;
/** Kept for the main thread's own work (merging, the result) under an address-space limit. */
const MAIN_THREAD_RESERVE_BYTES = 384 * 1024 * 1024;

/** Bytes of address space left under the soft limit (`/proc/self/limits`), or null when unlimited or unknown. */
export function addressSpaceLeft(): number | null {
  try {
    const limits = readFileSync('/proc/self/limits', 'utf8');
    const soft = /^Max address space\s+(\S+)/m.exec(limits)?.[1];
    if (soft === undefined || soft === 'unlimited') return null;
    const used = Number(/^VmSize:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;
    return Number.isFinite(used) ? Number(soft) - used : null;
  } catch {
    return null; // not Linux, or /proc hidden: no limit known, so none applied
  }
}

/**
 * The worker threads a run may start: at most the machine's parallelism, and no more than the address space left
 * can hold (0: run in the main thread).
 * @example workerCap(8) // 2 on a 2-core machine
 */
export function workerCap(asked: number, left: number | null = addressSpaceLeft()): number {
  const cores = Math.max(1, availableParallelism());
  let cap = Math.min(asked, cores);
  if (left !== null)
    cap = Math.min(cap, Math.floor((left - MAIN_THREAD_RESERVE_BYTES) / WORKER_ADDRESS_SPACE_BYTES));
  return Math.max(0, cap);
}

/**
 * The most bytes of kept values a run may hold before it streams: core's default, or less when an address-space
 * limit leaves less (a third of what is left, for the values, their merge and the result).
 */
export function inMemoryBudget(defaultBytes: number, left: number | null = addressSpaceLeft()): number {
  return left === null ? defaultBytes : Math.max(0, Math.min(defaultBytes, Math.floor(left / 3)));
}
