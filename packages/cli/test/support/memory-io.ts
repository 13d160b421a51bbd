import type { Writable } from 'node:stream';
import type { Io } from '../../src/io.js';

/** An `Io` that records what a command prints, for in-process tests. */
export interface MemoryIo {
  readonly io: Io;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** @example const { io, stdout } = memoryIo(dir); await runFacts({ json: true }, io); JSON.parse(stdout()) */
export const memoryIo = (cwd: string, progress: Writable | null = null): MemoryIo => {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { cwd, out: (text) => out.push(text), err: (text) => err.push(text), progress },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
};
