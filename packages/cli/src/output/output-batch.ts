import { randomBytes } from 'node:crypto';
import {
  close,
  constants,
  copyFileSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFile,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { AifinError, userErrors } from '@aifin/core';
import { onCleanup } from '../process-cleanup.js';
import { makeDirectory } from './make-directory.js';

/** One file of the batch: where it goes, and how the user would name it. */
export interface OutputFile {
  /** Absolute path. */
  readonly path: string;
  /** The path as the user would type it (relative to their `--out`), for messages. */
  readonly shown: string;
}

interface Staged extends OutputFile {
  readonly temp: string;
  readonly forget: () => void;
}

/** What a published file replaced, so that a failure later in the batch can put it back. */
interface Published {
  readonly file: Staged;
  /** The inode this process put at `path`: removed on rollback only while it is still there. */
  readonly ino: number;
  /** A hard link to the file that was there before (with --force), or null when there was none. */
  readonly backup: string | null;
}

/** Codes that mean the output directory cannot be made or written: the user's choice of `--out`, not a bug. */
const OUT_DIR_REFUSED = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);
/** A file system without hard links (some network and FAT mounts): publish by an exclusive copy instead. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

const codeOf = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

/** A system error about `shown` as one user line; anything without a system code is a bug and stays one. */
const writeFailure = (shown: string, error: unknown): unknown => {
  if (error instanceof AifinError) return error;
  const code = codeOf(error);
  return code === undefined ? error : userErrors.outputWriteFailed(shown, code);
};

/** A hidden name beside `path` that no other process picks: pid and random bytes. */
const tempBeside = (path: string, kind: 'tmp' | 'old'): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(6).toString('hex')}.${kind}`);

const removeQuietly = (path: string): void => rmSync(path, { force: true });
const writeFd = promisify((fd: number, data: string | Uint8Array, done: (error: Error | null) => void) =>
  writeFile(fd, data, done),
);
const closeFd = promisify(close);

/**
 * All-or-nothing output for an export. Each file is first written to a temporary file beside its target
 * (`stage`, asynchronous, one scenario at a time so memory stays flat); only when every file of the batch is
 * written are they published together (`publish`, synchronous, so no signal lands in the middle). Without
 * `--force` a file is published with link + unlink, which fails when a target appeared meanwhile (another export
 * into the same directory), instead of rename, which would silently replace it. Any failure — a full disk, a
 * read-only target, a file-size limit, a name too long — removes every temporary file, puts back every file
 * already replaced and removes every file already published, then reports one line naming the path and the cause.
 * Only files this process created are ever removed, and SIGINT / SIGTERM remove them too (see process-cleanup.ts).
 * @example const batch = await openOutputBatch('out', cwd); await batch.stage(file, data); batch.publish(false);
 */
export interface OutputBatch {
  readonly stage: (file: OutputFile, data: string | Uint8Array) => Promise<void>;
  /** Publishes every staged file, or none: throws after undoing what it had done. */
  readonly publish: (force: boolean) => void;
  /** Removes every temporary file (and directories this batch created, if empty); safe to call more than once. */
  readonly discard: () => void;
}

/**
 * Creates the output directory when missing (remembering which directories it made) and returns an empty batch.
 * A directory the user may not write to becomes a one-line user error naming `--out`.
 */
export const openOutputBatch = async (outDir: string, cwd: string): Promise<OutputBatch> => {
  const absoluteOut = resolve(cwd, outDir);
  let firstCreated: string | undefined;
  try {
    // Synchronous, like the temporary files' creation: a signal cannot land between making a directory and
    // registering it for cleanup.
    firstCreated = makeDirectory(absoluteOut);
  } catch (error) {
    const code = codeOf(error);
    if (code !== undefined && OUT_DIR_REFUSED.has(code)) throw userErrors.outDirNotWritable(outDir, code);
    throw writeFailure(outDir, error);
  }
  // The directories this export created, deepest first: removed again if nothing is published.
  const createdDirs: string[] = [];
  for (let dir = absoluteOut; firstCreated !== undefined; dir = dirname(dir)) {
    createdDirs.push(dir);
    if (dir === firstCreated || dirname(dir) === dir) break;
  }
  const forgetDirs = onCleanup(() => removeCreatedDirs());
  const removeCreatedDirs = (): void => {
    for (const dir of createdDirs) {
      try {
        rmdirSync(dir);
      } catch {
        return; // not empty (or gone): it holds something that is not ours
      }
    }
  };

  const staged: Staged[] = [];
  let published = false;

  const discard = (): void => {
    for (const file of staged.splice(0)) {
      removeQuietly(file.temp);
      file.forget();
    }
    if (!published) removeCreatedDirs();
    forgetDirs();
  };

  const stage = async (file: OutputFile, data: string | Uint8Array): Promise<void> => {
    const temp = tempBeside(file.path, 'tmp');
    let fd: number;
    try {
      // wx: the temporary file is ours only if this call created it; otherwise it is never removed. Opened
      // synchronously and registered at once, so no signal can arrive between its creation and its registration.
      fd = openSync(temp, 'wx');
    } catch (error) {
      throw writeFailure(file.shown, error);
    }
    staged.push({ ...file, temp, forget: onCleanup(() => removeQuietly(temp)) });
    try {
      await writeFd(fd, data);
    } catch (error) {
      throw writeFailure(file.shown, error);
    } finally {
      await closeFd(fd);
    }
  };

  const publishOne = (file: Staged, force: boolean): Published => {
    const ino = lstatSync(file.temp).ino;
    if (!force) {
      try {
        linkSync(file.temp, file.path);
      } catch (error) {
        const code = codeOf(error);
        if (code === 'EEXIST') throw userErrors.outputExists(file.shown);
        if (code === undefined || !NO_HARD_LINKS.has(code)) throw error;
        copyFileSync(file.temp, file.path, constants.COPYFILE_EXCL);
        return { file, ino: lstatSync(file.path).ino, backup: null };
      }
      return { file, ino, backup: null };
    }
    let backup: string | null = tempBeside(file.path, 'old');
    try {
      linkSync(file.path, backup);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') throw error;
      backup = null; // nothing there to keep
    }
    try {
      renameSync(file.temp, file.path);
    } catch (error) {
      if (backup !== null) removeQuietly(backup);
      throw error;
    }
    return { file, ino, backup };
  };

  const undo = (done: readonly Published[]): void => {
    for (const { file, ino, backup } of [...done].reverse()) {
      try {
        if (backup !== null) renameSync(backup, file.path);
        else if (lstatSync(file.path).ino === ino) unlinkSync(file.path);
      } catch {
        // Best effort: keep undoing the others.
      }
    }
  };

  const publish = (force: boolean): void => {
    const done: Published[] = [];
    try {
      for (const file of staged) done.push(publishOne(file, force));
    } catch (error) {
      const failed = staged[done.length];
      undo(done);
      discard();
      throw failed === undefined ? error : writeFailure(failed.shown, error);
    }
    published = true;
    for (const { backup } of done) if (backup !== null) removeQuietly(backup);
    discard();
  };

  return { stage, publish, discard };
};
