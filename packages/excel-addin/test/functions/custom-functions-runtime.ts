import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

/** The error codes Excel's runtime gives `CustomFunctions.ErrorCode` (CustomFunctionsRuntime 1.3). */
export const ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

/** A stand-in for `CustomFunctions.Error`: what Excel turns into an error value with a message. */
export class StandInError {
  readonly code: string;
  readonly message: string | undefined;
  constructor(code: string, message?: string) {
    if (!Object.values(ERROR_CODES).includes(code as never))
      throw new TypeError(`unknown error code ${code}`);
    this.code = code;
    this.message = message;
  }
}

/** What a custom function gives Excel: a value, or the error it threw. */
export type Outcome = { readonly value: unknown } | { readonly thrown: unknown };

/** The functions a script associated, by id, and a way to call one as Excel would. */
export interface LoadedFunctions {
  readonly ids: readonly string[];
  call(id: string, ...args: unknown[]): Outcome;
}

/**
 * Runs the built functions.js in a fresh VM context whose only global beyond JavaScript's own is a stand-in for
 * the `CustomFunctions` runtime (associate, Error, ErrorCode): no DOM, no Office, no Node, as in Excel's
 * JavaScript-only runtime. Associating an id twice, or something that is not a function, fails the load.
 * @example const cf = await loadFunctionsScript(dist); cf.call('FACT', 'F7') // { value: 20 }
 */
export const loadFunctionsScript = async (distDir: string): Promise<LoadedFunctions> => {
  const code = await readFile(join(distDir, 'functions.js'), 'utf8');
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const runtime = {
    associate(id: string, fn: unknown) {
      if (typeof fn !== 'function') throw new TypeError(`associate(${id}): not a function`);
      if (registered.has(id)) throw new Error(`associate(${id}): already associated`);
      registered.set(id, fn as (...args: unknown[]) => unknown);
    },
    Error: StandInError,
    ErrorCode: ERROR_CODES,
  };
  runInNewContext(code, { CustomFunctions: runtime }, { filename: 'functions.js' });
  return {
    ids: [...registered.keys()],
    call(id, ...args) {
      const fn = registered.get(id);
      if (!fn) throw new Error(`no function associated as ${id}`);
      try {
        return { value: fn(...args) };
      } catch (thrown) {
        return { thrown };
      }
    },
  };
};
