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
import { readFactsFile, shownName } from '../facts/load-fact-set.js';
import type { Io } from '../io.js';
import { loadScenarioFile } from '../scenarios/load-scenario-file.js';

/** `aifin validate` arguments. */
export interface ValidateOptions {
  /** Scenario files. */
  readonly files: readonly string[];
  /** Facts files, in the order a command would read them (`--facts`): each builds on the ones before it. */
  readonly facts: readonly string[];
  /**
   * `--json`: print one document with every file's verdict instead of the ok lines. A bad file still gets its one
   * line on stderr, as every user mistake does: a script reads stdout, a person sees why it failed.
   */
  readonly json?: boolean | undefined;
}

/** One file's verdict in `validate --json`: what a good file holds, or a bad file's error. */
export type FileVerdict =
  | {
      readonly file: string;
      readonly kind: 'facts';
      readonly ok: true;
      readonly observations: number;
      readonly facts: readonly string[];
      readonly asOf: { readonly from: string; readonly to: string } | null;
    }
  | {
      readonly file: string;
      readonly kind: 'scenario';
      readonly ok: true;
      readonly name: string;
      readonly extends: string;
      readonly horizon: number;
      readonly overridden: number;
    }
  | {
      readonly file: string;
      readonly kind: 'facts' | 'scenario';
      readonly ok: false;
      readonly error: { readonly code: string; readonly message: string };
    };

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
  const verdicts: FileVerdict[] = [];
  const fail = (file: string, kind: 'facts' | 'scenario', error: unknown) => {
    if (!(error instanceof AifinError)) throw error;
    const message = oneLine(error.message);
    verdicts.push({ file, kind, ok: false, error: { code: error.code, message } });
    io.err(`aifin: ${escapeForTerminal(message)}\n`);
  };
  const observations: Observation[] = [...BUILTIN_OBSERVATIONS];
  for (const file of options.facts) {
    try {
      const added = parseFactsFile(await readFactsFile(file, io.cwd), shownName(file), observations);
      // The file is "ok" only if the model stays finite with it on top of the files before it.
      checkFactSetFinite(resolveFactSet([...observations, ...added]));
      observations.push(...added);
      const dates = added.map((o) => o.asOf).sort();
      const [from, to] = [dates[0], dates.at(-1)];
      verdicts.push({
        file,
        kind: 'facts',
        ok: true,
        observations: added.length,
        facts: [...new Set(added.map((o) => o.id))],
        asOf: from === undefined || to === undefined ? null : { from, to },
      });
      if (options.json !== true)
        io.out(`ok ${escapeForTerminal(file)}: ${escapeForTerminal(factsSummary(added))}\n`);
    } catch (error) {
      fail(file, 'facts', error);
    }
  }
  for (const file of options.files) {
    try {
      const scenario = await loadScenarioFile(file, io.cwd);
      const count = scenario.overrides.length;
      verdicts.push({
        file,
        kind: 'scenario',
        ok: true,
        name: scenario.name,
        extends: scenario.extends ?? 'base',
        horizon: scenario.horizon,
        overridden: count,
      });
      if (options.json !== true)
        io.out(
          `ok ${escapeForTerminal(file)}: name ${scenario.name}, extends ${scenario.extends ?? 'base'}, horizon ${scenario.horizon}, ` +
            `${count} input${count === 1 ? '' : 's'} overridden\n`,
        );
    } catch (error) {
      fail(file, 'scenario', error);
    }
  }
  const bad = verdicts.filter((v) => !v.ok).length;
  if (options.json === true) io.out(`${JSON.stringify({ ok: bad === 0, files: verdicts }, null, 2)}\n`);
  return bad > 0 ? 2 : 0;
};
