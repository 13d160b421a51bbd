import { lstat, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AifinError, userErrors } from '@aifin/core';
import type { ExportFormat } from './formats.js';

/** One file an export will write. */
export interface Target {
  readonly scenario: string;
  readonly format: ExportFormat;
  /** Absolute path. */
  readonly path: string;
  /** The path as the user would type it (relative to their `--out`). */
  readonly shown: string;
}

/**
 * The file name of a scenario's export. Scenario names are restricted to a safe alphabet by the schema, so the
 * name cannot escape the output directory.
 * @example exportFileName('base', 'xlsx') // "aifin-base.xlsx"
 */
export const exportFileName = (scenario: string, format: ExportFormat): string =>
  `aifin-${scenario}.${format}`;

/** Every file an export of these scenarios in these formats writes, scenario by scenario. */
export const planTargets = (
  outDir: string,
  cwd: string,
  scenarios: readonly string[],
  formats: readonly ExportFormat[],
): readonly Target[] =>
  scenarios.flatMap((scenario) =>
    formats.map((format) => {
      const name = exportFileName(scenario, format);
      return { scenario, format, path: resolve(cwd, outDir, name), shown: join(outDir, name) };
    }),
  );

const codeOf = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

type Stats = Awaited<ReturnType<typeof lstat>>;

/** The entry at `path` (`follow`: through a symbolic link), or null when there is none. */
const statOrNull = async (path: string, follow: boolean): Promise<Stats | null> => {
  try {
    return await (follow ? stat(path) : lstat(path));
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
};

/** A system error while checking `shown` as one user line (ENAMETOOLONG, EACCES, ELOOP…); a bug stays one. */
const checkFailure = (shown: string, error: unknown): unknown => {
  if (error instanceof AifinError) return error;
  const code = codeOf(error);
  if (code === 'ENOTDIR') return userErrors.outDirNotDir(shown);
  return code === undefined ? error : userErrors.outputWriteFailed(shown, code);
};

/**
 * Refuses, before anything is written, an output directory that is not one, a target that is not a regular file
 * (a directory, or a symbolic link, which could point anywhere), and an existing file unless `force` is given.
 * An output directory that is a symbolic link to a directory is followed.
 */
export const checkTargets = async (
  outDir: string,
  cwd: string,
  targets: readonly Target[],
  force: boolean,
): Promise<void> => {
  const absoluteOut = resolve(cwd, outDir);
  let dir: Stats | null;
  try {
    dir = await statOrNull(absoluteOut, true);
    if (dir === null) {
      // A dangling symbolic link: there is something at the path, but no directory to write into. Anything else
      // found now was created since the first look (another export making the same directory): take it as it is.
      const entry = await statOrNull(absoluteOut, false);
      if (entry?.isSymbolicLink()) throw userErrors.outDirNotDir(outDir);
      dir = entry;
    }
  } catch (error) {
    throw checkFailure(outDir, error);
  }
  if (dir === null) return;
  if (!dir.isDirectory()) throw userErrors.outDirNotDir(outDir);
  for (const target of targets) {
    let stats: Stats | null;
    try {
      stats = await statOrNull(target.path, false);
    } catch (error) {
      throw checkFailure(target.shown, error);
    }
    if (stats === null) continue;
    if (!stats.isFile()) throw userErrors.outputNotFile(target.shown);
    if (!force) throw userErrors.outputExists(target.shown);
  }
};
