import { parseScenarioFile, type Scenario } from '@aifin/core';
import { STDIN, STDIN_NAME } from '../read-stdin.js';
import { readUserFile } from '../read-user-file.js';

/**
 * Reads and validates one scenario file: its bytes by the CLI's one reader of user files (`readUserFile`: regular
 * files or `-` for standard input, size checked before reading), its content by core's `parseScenarioFile` (the
 * policy the pane uses).
 * @example await loadScenarioFile('scenarios/fast.yaml', process.cwd())
 */
export async function loadScenarioFile(file: string, cwd: string): Promise<Scenario> {
  // `-` is standard input, read by the same reader under the same limit, and named `<stdin>` in messages.
  return parseScenarioFile(await readUserFile(file, cwd, 'scenario'), file === STDIN ? STDIN_NAME : file);
}
