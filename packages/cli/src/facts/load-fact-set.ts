import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  BUILTIN_FACT_SET,
  BUILTIN_OBSERVATIONS,
  type FactSet,
  MAX_FACTS_FILE_BYTES,
  type Observation,
  parseAsOf,
  parseFactsText,
  resolveFactSet,
  userErrors,
} from '@aifin/core';
import { readStdin, STDIN, STDIN_NAME } from '../read-stdin.js';

/** `--facts` and `--as-of`, as every command that reads facts takes them. */
export interface FactsFlags {
  /** Facts files, in the order given: a later file may revise a fact an earlier one added. */
  readonly facts?: readonly string[] | undefined;
  /** The date the facts are taken as known on (YYYY-MM-DD); default: everything known. */
  readonly asOf?: string | undefined;
}

const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

const unreadable = (shown: string, error: unknown): Error => {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return userErrors.factsFileMissing(shown);
  if (code === 'EISDIR') return userErrors.factsFileNotFile(shown);
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  return userErrors.factsFileUnreadable(shown, code);
};

/**
 * The name a facts file goes by in messages and to the parser: standard input is `<stdin>`.
 * @example shownName('-') // "<stdin>"
 */
export const shownName = (file: string): string => (file === STDIN ? STDIN_NAME : file);

/**
 * Reads one facts file, its size checked on the open handle before any byte is read.
 * @example parseFactsText(await readFactsFile('newer.yaml', process.cwd()), 'newer.yaml', BUILTIN_OBSERVATIONS)
 */
export const readFactsFile = async (file: string, cwd: string): Promise<string> => {
  // `-`: standard input, under the same size limit as a file.
  if (file === STDIN)
    return readStdin({
      flag: '--facts',
      limit: MAX_FACTS_FILE_BYTES,
      tooLarge: (bytes) => userErrors.factsTooLarge(STDIN_NAME, bytes, MAX_FACTS_FILE_BYTES),
      notUtf8: () => userErrors.factsSyntax(STDIN_NAME, 'not UTF-8 text'),
    });
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(resolve(cwd, file), 'r');
  } catch (error) {
    throw unreadable(file, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw userErrors.factsFileNotFile(file);
    if (stats.size > MAX_FACTS_FILE_BYTES)
      throw userErrors.factsTooLarge(file, stats.size, MAX_FACTS_FILE_BYTES);
    try {
      // Editors on Windows save a byte-order mark, which JSON.parse rejects.
      return (await handle.readFile({ encoding: 'utf8' })).replace(/^\uFEFF/, '');
    } catch (error) {
      throw unreadable(file, error);
    }
  } finally {
    await handle.close();
  }
};

/**
 * The fact set a command works with: the built-in facts, every facts file's observations on top, as known on
 * `--as-of`. Every file is read and checked before a command writes anything.
 * The working directory is asked for only when there is a file to read: `aifin facts` works in a deleted directory.
 * @example await loadFactSet({ facts: ['newer.yaml'], asOf: '2026-06-30' }, () => process.cwd())
 */
export const loadFactSet = async (flags: FactsFlags, cwd: () => string): Promise<FactSet> => {
  const asOf = flags.asOf === undefined ? null : parseAsOf(flags.asOf);
  const files = flags.facts ?? [];
  if (files.length === 0 && asOf === null) return BUILTIN_FACT_SET;
  const observations: Observation[] = [...BUILTIN_OBSERVATIONS];
  for (const file of files)
    observations.push(...parseFactsText(await readFactsFile(file, cwd()), shownName(file), observations));
  return resolveFactSet(observations, asOf);
};
