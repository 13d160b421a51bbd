import { AifinError, escapeForTerminal } from '@aifin/core';
import { oneLine } from '../errors/one-line.js';
import type { Io } from '../io.js';
import { loadScenarioFile } from '../scenarios/load-scenario-file.js';

/** `aifin validate` arguments. */
export interface ValidateOptions {
  readonly files: readonly string[];
}

/**
 * Checks scenario files without writing anything: one line per file, "ok" with what it defines, or its error.
 * Returns 2 when any file is bad.
 * @example await runValidate({ files: ['fast.yaml'] }, nodeIo()) // 0
 */
export const runValidate = async (options: ValidateOptions, io: Io): Promise<number> => {
  let bad = 0;
  for (const file of options.files) {
    try {
      const scenario = await loadScenarioFile(file, io.cwd);
      const count = scenario.overrides.length;
      io.out(
        `ok ${escapeForTerminal(file)}: name ${scenario.name}, extends ${scenario.extends ?? 'base'}, horizon ${scenario.horizon}, ` +
          `${count} input${count === 1 ? '' : 's'} overridden\n`,
      );
    } catch (error) {
      if (!(error instanceof AifinError)) throw error;
      bad++;
      io.err(`aifin: ${escapeForTerminal(oneLine(error.message))}\n`);
    }
  }
  return bad > 0 ? 2 : 0;
};
