import {
  AifinError,
  BUILTIN_OBSERVATIONS,
  checkFactSetFinite,
  escapeForTerminal,
  type Observation,
  parseFactsFile,
  resolveFactSet,
} from '@aifin/core';
import { oneLine } from '../errors/one-line.js';
import { readFactsFile } from '../facts/load-fact-set.js';
import type { Io } from '../io.js';
import { loadScenarioFile } from '../scenarios/load-scenario-file.js';

/** `aifin validate` arguments. */
export interface ValidateOptions {
  /** Scenario files. */
  readonly files: readonly string[];
  /** Facts files, in the order a command would read them (`--facts`): each builds on the ones before it. */
  readonly facts: readonly string[];
}

/** What a good facts file brings: how many observations, of which facts, over which dates. */
const factsSummary = (observations: readonly Observation[]): string => {
  const ids = [...new Set(observations.map((o) => o.id))];
  const dates = observations.map((o) => o.asOf).sort();
  const span =
    dates.length === 0
      ? ''
      : dates[0] === dates.at(-1)
        ? `, as of ${dates[0]}`
        : `, as of ${dates[0]} to ${dates.at(-1)}`;
  const count = observations.length;
  return `${count} observation${count === 1 ? '' : 's'} (${ids.join(', ')})${span}`;
};

/**
 * Checks scenario files and facts files without writing anything: one line per file, "ok" with what it holds, or
 * its error. Facts files are checked in order, each on top of the built-in facts and the good files before it, as
 * `--facts` reads them. Returns 2 when any file is bad, or when there is no file to check.
 * @example await runValidate({ files: ['fast.yaml'], facts: ['newer.yaml'] }, nodeIo()) // 0
 */
export const runValidate = async (options: ValidateOptions, io: Io): Promise<number> => {
  if (options.files.length === 0 && options.facts.length === 0) {
    io.err('aifin: validate needs a scenario file or --facts FILE to check\n');
    return 2;
  }
  let bad = 0;
  const fail = (error: unknown) => {
    if (!(error instanceof AifinError)) throw error;
    bad++;
    io.err(`aifin: ${escapeForTerminal(oneLine(error.message))}\n`);
  };
  const observations: Observation[] = [...BUILTIN_OBSERVATIONS];
  for (const file of options.facts) {
    try {
      const added = parseFactsFile(await readFactsFile(file, io.cwd), file, observations);
      // The file is "ok" only if the model stays finite with it on top of the files before it.
      checkFactSetFinite(resolveFactSet([...observations, ...added]));
      observations.push(...added);
      io.out(`ok ${escapeForTerminal(file)}: ${escapeForTerminal(factsSummary(added))}\n`);
    } catch (error) {
      fail(error);
    }
  }
  for (const file of options.files) {
    try {
      const scenario = await loadScenarioFile(file, io.cwd);
      const count = scenario.overrides.length;
      io.out(
        `ok ${escapeForTerminal(file)}: name ${scenario.name}, extends ${scenario.extends ?? 'base'}, horizon ${scenario.horizon}, ` +
          `${count} input${count === 1 ? '' : 's'} overridden\n`,
      );
    } catch (error) {
      fail(error);
    }
  }
  return bad > 0 ? 2 : 0;
};
