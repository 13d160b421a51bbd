import { parseScenarioFile, type Scenario } from '@aifin/core';
import { readUserFile } from '../read-user-file.js';

/**
 * Reads and validates one scenario file: its bytes by the CLI's one reader of user files (`readUserFile`: regular
 * files only, size checked before reading), its content by core's `parseScenarioFile` (the policy the pane uses).
 * @example await loadScenarioFile('scenarios/fast.yaml', process.cwd())
 */
export async function loadScenarioFile(file: string, cwd: string): Promise<Scenario> {
  return parseScenarioFile(await readUserFile(file, cwd, 'scenario'), file);
}
