import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  AifinError,
  MAX_SCENARIO_FILE_BYTES,
  parseScenarioText,
  type Scenario,
  userErrors,
} from '@aifin/core';
import { readStdin, STDIN, STDIN_NAME } from '../read-stdin.js';

/** Standard input standing for a scenario file. */
const SCENARIO_STDIN = {
  flag: '--scenario',
  limit: MAX_SCENARIO_FILE_BYTES,
  tooLarge: (bytes: number) => userErrors.tooLarge(STDIN_NAME, bytes, MAX_SCENARIO_FILE_BYTES),
  notUtf8: () => userErrors.syntax(STDIN_NAME, 'not UTF-8 text'),
};

const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

const unreadable = (shown: string, error: unknown): Error => {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return userErrors.scenarioFileMissing(shown);
  if (code === 'EISDIR') return userErrors.scenarioFileNotFile(shown);
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  return userErrors.scenarioFileUnreadable(shown, code);
};

/**
 * Reads and validates one scenario file. Anything but a regular file (a FIFO, a device, a socket, a directory) is
 * refused before it is opened, because opening a FIFO blocks until a writer comes, forever; the open itself does
 * not block either (O_NONBLOCK), so a file swapped for a FIFO after the check is refused too. The size is checked
 * on the open handle before any byte is read, so an oversized file is refused without loading it.
 * @example await loadScenarioFile('scenarios/fast.yaml', process.cwd())
 */
export const loadScenarioFile = async (file: string, cwd: string): Promise<Scenario> => {
  // `-`: standard input, through the same parser and checks as a file, under the same size limit.
  if (file === STDIN) return parseScenarioText(await readStdin(SCENARIO_STDIN), STDIN_NAME);
  const path = resolve(cwd, file);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    if (!(await stat(path)).isFile()) throw userErrors.scenarioFileNotFile(file);
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    if (error instanceof AifinError) throw error;
    throw unreadable(file, error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw userErrors.scenarioFileNotFile(file);
    if (stats.size > MAX_SCENARIO_FILE_BYTES)
      throw userErrors.tooLarge(file, stats.size, MAX_SCENARIO_FILE_BYTES);
    let text: string;
    try {
      text = await handle.readFile({ encoding: 'utf8' });
    } catch (error) {
      throw unreadable(file, error);
    }
    // Editors on Windows save a byte-order mark, which JSON.parse rejects.
    return parseScenarioText(text.replace(/^\uFEFF/, ''), file);
  } finally {
    await handle.close();
  }
};
