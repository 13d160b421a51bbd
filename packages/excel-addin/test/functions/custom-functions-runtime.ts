import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { type CustomFunction, customFunctionsRuntime } from '../fake-excel/fake-custom-functions.js';

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
  const registered = new Map<string, CustomFunction>();
  const runtime = customFunctionsRuntime('AIFIN', registered);
  runInNewContext(code, { CustomFunctions: runtime }, { filename: 'functions.js' });
  return {
    ids: [...registered.keys()].map((name) => name.replace(/^AIFIN\./, '')),
    call(id, ...args) {
      const fn = registered.get(`AIFIN.${id}`);
      if (!fn) throw new Error(`no function associated as ${id}`);
      try {
        return { value: fn(...args) };
      } catch (thrown) {
        return { thrown };
      }
    },
  };
};
