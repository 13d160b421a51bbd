import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AifinError, MAX_FACTS_FILE_BYTES, MAX_SCENARIO_FILE_BYTES, userErrors } from '@aifin/core';
import { readStdin, STDIN, STDIN_NAME } from './read-stdin.js';

/** The two kinds of file a user names on the command line: `--scenario FILE` (and `validate FILE`), `--facts FILE`. */
export type UserFileKind = 'scenario' | 'facts';

/** What differs between the kinds: the limit and the messages that name the kind. */
const RULES = {
  scenario: {
    maxBytes: MAX_SCENARIO_FILE_BYTES,
    missing: userErrors.scenarioFileMissing,
    notFile: userErrors.scenarioFileNotFile,
    unreadable: userErrors.scenarioFileUnreadable,
    tooLarge: userErrors.tooLarge,
  },
  facts: {
    maxBytes: MAX_FACTS_FILE_BYTES,
    missing: userErrors.factsFileMissing,
    notFile: userErrors.factsFileNotFile,
    unreadable: userErrors.factsFileUnreadable,
    tooLarge: userErrors.factsTooLarge,
  },
} as const;

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** A system error while finding, opening or reading the file, as the one line the user reads. */
function unreadable(kind: UserFileKind, file: string, error: unknown): Error {
  if (error instanceof AifinError) return error;
  const rules = RULES[kind];
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return rules.missing(file);
  if (code === 'EISDIR') return rules.notFile(file);
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  return rules.unreadable(file, code);
}

/**
 * The bytes of a file the user named (`-`: standard input), for core's `parseScenarioFile` / `parseFactsFile`: the
 * CLI's one reader of user files. Anything but a regular file (a FIFO, a device, a socket, a directory) is refused before it is
 * opened, because opening a FIFO blocks until a writer comes, forever; the open itself does not block either
 * (O_NONBLOCK), so a file swapped for a FIFO after the check is refused too. The size is checked on the open
 * handle before any byte is read, so an oversized file is refused without loading it. Decoding (strict UTF-8) is
 * core's.
 * @example parseFactsFile(await readUserFile('newer.yaml', process.cwd(), 'facts'), 'newer.yaml')
 */
export async function readUserFile(file: string, cwd: string, kind: UserFileKind): Promise<Uint8Array> {
  const rules = RULES[kind];
  // `-`: standard input, under the same limit and through the same decoding and parsing as a file.
  if (file === STDIN)
    return readStdin({
      flag: `--${kind}`,
      limit: rules.maxBytes,
      tooLarge: (bytes) => rules.tooLarge(STDIN_NAME, bytes, rules.maxBytes),
    });
  const path = resolve(cwd, file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    if (!(await stat(path)).isFile()) throw rules.notFile(file);
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(kind, file, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw rules.notFile(file);
    if (stats.size > rules.maxBytes) throw rules.tooLarge(file, stats.size, rules.maxBytes);
    const bytes = await handle.readFile();
    // A file that grew between the size check and the read is held to the same limit.
    if (bytes.length > rules.maxBytes) throw rules.tooLarge(file, bytes.length, rules.maxBytes);
    return bytes;
  } catch (error) {
    throw unreadable(kind, file, error);
  } finally {
    await handle.close();
  }
}
