import { showValueForCli } from './show-value.js';

/** Bad user input the CLI itself detects (files and flags), as opposed to core's scenario and horizon checks. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** Every message about the CLI's own inputs, in one place beside core's `userErrors`. */
export const cliErrors = {
  outputExists: (file: string) =>
    new CliUsageError(`output file ${showValueForCli(file)} already exists: pass --force to overwrite it`),
  outputNotFile: (file: string) =>
    new CliUsageError(`output ${showValueForCli(file)} exists and is not a file: choose another --out`),
  outDirNotDir: (dir: string) => new CliUsageError(`out = ${showValueForCli(dir)}: is not a directory`),
  outDirNotWritable: (dir: string, code: string) =>
    new CliUsageError(`out = ${showValueForCli(dir)}: cannot write there (${code})`),
  scenarioFileMissing: (file: string) =>
    new CliUsageError(`scenario file ${showValueForCli(file)} does not exist`),
  scenarioFileNotFile: (file: string) =>
    new CliUsageError(`scenario file ${showValueForCli(file)} is not a regular file`),
  scenarioFileUnreadable: (file: string, reason: string) =>
    new CliUsageError(`scenario file ${showValueForCli(file)} cannot be read: ${reason}`),
  scenariosDirUnreadable: (dir: string, reason: string) =>
    new CliUsageError(`scenarios-dir = ${showValueForCli(dir)}: ${reason}`),
  scenariosDirEmpty: (dir: string) =>
    new CliUsageError(`scenarios-dir = ${showValueForCli(dir)}: holds no .json, .yaml or .yml file`),
} as const;
