import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  linkSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { analysisErrors } from '@aifin/core';
import { type PathRows, type PreparedSimulation, pathColumns } from '@aifin/core/analysis';
import { onCleanup } from '../process-cleanup.js';

/** A paths file being written: rows stream into a hidden temporary file that `publish` renames into place. */
export interface PathsFile {
  readonly header: (prepared: PreparedSimulation) => void;
  readonly write: (rows: PathRows, prepared: PreparedSimulation) => void;
  /** Puts the finished file in place (refusing to replace one that appeared meanwhile, unless forced). */
  readonly publish: () => void;
  /** Removes the temporary file; safe after publish and more than once. */
  readonly discard: () => void;
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : 'an error';
}

/** A number as CSV reads it back exactly (shortest round trip); a figure not reached is empty. */
function cell(value: number): string {
  return Number.isNaN(value) ? '' : String(value);
}

/**
 * Opens `--paths-out FILE.csv` for writing: refuses a name that is not `.csv`, a directory, or an existing file
 * without `--force`, before any path is drawn. The rows go to a temporary file beside it, removed if the process
 * ends early, so the file appears whole or not at all.
 * @example const file = openPathsFile('paths.csv', cwd, false); …; file.publish()
 */
export function openPathsFile(shown: string, cwd: string, force: boolean): PathsFile {
  if (!shown.toLowerCase().endsWith('.csv')) throw analysisErrors.pathsOut(shown, 'must name a .csv file');
  const path = resolve(cwd, shown);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw analysisErrors.pathsOut(shown, 'is a directory');
    if (!force) throw analysisErrors.pathsOut(shown, 'already exists: give --force to replace it');
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'wx');
  } catch (error) {
    throw analysisErrors.pathsOut(shown, `cannot be written (${codeOf(error)})`);
  }
  let open = true;
  const forget = onCleanup(() => {
    if (open) closeSync(fd);
    open = false;
    unlinkSync(temp);
  });
  const put = (text: string) => {
    try {
      writeSync(fd, text);
    } catch (error) {
      throw analysisErrors.pathsOut(shown, `cannot be written (${codeOf(error)})`);
    }
  };
  return {
    header: (prepared) => put(`path,scenario,${pathColumns(prepared).join(',')}\r\n`),
    write: (rows, prepared) => {
      const names = prepared.plan.components.map((c) => c.name);
      const width = rows.values.length / rows.count;
      const lines: string[] = [];
      for (let p = 0; p < rows.count; p++) {
        const cells = [String(rows.start + p + 1), names[rows.components[p] as number] as string];
        for (let i = p * width; i < (p + 1) * width; i++) cells.push(cell(rows.values[i] as number));
        lines.push(cells.join(','));
      }
      put(`${lines.join('\r\n')}\r\n`);
    },
    publish: () => {
      closeSync(fd);
      open = false;
      try {
        if (force) renameSync(temp, path);
        else {
          // link fails when the name was taken meanwhile; rename would silently replace it.
          linkSync(temp, path);
          unlinkSync(temp);
        }
      } catch (error) {
        throw codeOf(error) === 'EEXIST'
          ? analysisErrors.pathsOut(shown, 'already exists: give --force to replace it')
          : analysisErrors.pathsOut(shown, `cannot be written (${codeOf(error)})`);
      }
      forget();
    },
    discard: () => {
      try {
        if (open) closeSync(fd);
        open = false;
        unlinkSync(temp);
      } catch {
        // already gone
      }
      forget();
    },
  };
}
