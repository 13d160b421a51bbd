import {
  BUILTIN_FACT_SET,
  BUILTIN_OBSERVATIONS,
  checkFactSetFinite,
  type FactSet,
  type Observation,
  parseAsOf,
  parseFactsFile,
  resolveFactSet,
} from '@aifin/core';
import { STDIN, STDIN_NAME } from '../read-stdin.js';
import { readUserFile } from '../read-user-file.js';

/** `--facts` and `--as-of`, as every command that reads facts takes them. */
export interface FactsFlags {
  /** Facts files, in the order given: a later file may revise a fact an earlier one added. */
  readonly facts?: readonly string[] | undefined;
  /** The date the facts are taken as known on (YYYY-MM-DD); default: everything known. */
  readonly asOf?: string | undefined;
}

/**
 * The name a facts file goes by in messages and to the parser: standard input is `<stdin>`.
 * @example shownName('-') // "<stdin>"
 */
export const shownName = (file: string): string => (file === STDIN ? STDIN_NAME : file);

/**
 * Reads one facts file's bytes by the CLI's one reader of user files (`readUserFile`): regular files only (a FIFO
 * is refused, not waited on), the size checked on the open handle before any byte is read.
 * @example parseFactsFile(await readFactsFile('newer.yaml', process.cwd()), 'newer.yaml', BUILTIN_OBSERVATIONS)
 */
export function readFactsFile(file: string, cwd: string): Promise<Uint8Array> {
  return readUserFile(file, cwd, 'facts');
}

/**
 * The fact set a command works with: the built-in facts, every facts file's observations on top, as known on
 * `--as-of`. Every file is read and checked before a command writes anything, and the set is refused when the model
 * would compute a value that is not finite under it (`checkFactSetFinite`).
 * The working directory is asked for only when there is a file to read: `aifin facts` works in a deleted directory.
 * @example await loadFactSet({ facts: ['newer.yaml'], asOf: '2026-06-30' }, () => process.cwd())
 */
export const loadFactSet = async (flags: FactsFlags, cwd: () => string): Promise<FactSet> => {
  const asOf = flags.asOf === undefined ? null : parseAsOf(flags.asOf);
  const files = flags.facts ?? [];
  if (files.length === 0 && asOf === null) return BUILTIN_FACT_SET;
  const observations: Observation[] = [...BUILTIN_OBSERVATIONS];
  for (const file of files)
    observations.push(...parseFactsFile(await readFactsFile(file, cwd()), shownName(file), observations));
  const set = resolveFactSet(observations, asOf);
  // Facts that make any modelled value NaN or infinite are refused here, for every command alike, before a table,
  // a workbook or a simulation shows a number computed from them.
  if (files.length > 0) checkFactSetFinite(set);
  return set;
};
