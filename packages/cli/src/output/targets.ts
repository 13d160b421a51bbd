import { lstat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { userErrors } from '@aifin/core';
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

const codeOf = (error: unknown): unknown =>
  error instanceof Error && 'code' in error ? error.code : undefined;

const statOrNull = async (path: string) => {
  try {
    return await lstat(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
};

/**
 * Refuses, before anything is written, an output directory that is not one, a target that is not a file, and an
 * existing file unless `force` is given.
 */
export const checkTargets = async (
  outDir: string,
  cwd: string,
  targets: readonly Target[],
  force: boolean,
): Promise<void> => {
  let dir: Awaited<ReturnType<typeof statOrNull>>;
  try {
    dir = await statOrNull(resolve(cwd, outDir));
  } catch (error) {
    // A parent of the output directory is a file.
    if (codeOf(error) === 'ENOTDIR') throw userErrors.outDirNotDir(outDir);
    throw error;
  }
  if (dir === null) return;
  if (!dir.isDirectory()) throw userErrors.outDirNotDir(outDir);
  for (const target of targets) {
    const stats = await statOrNull(target.path);
    if (stats === null) continue;
    if (!stats.isFile() && !stats.isSymbolicLink()) throw userErrors.outputNotFile(target.shown);
    if (!force) throw userErrors.outputExists(target.shown);
  }
};
