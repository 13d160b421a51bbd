import { expect } from 'vitest';
import type { RunResult } from './binary.js';

/**
 * Asserts the README's promise for a user mistake or a broken environment: exit code 2, exactly one line on
 * stderr starting with "aifin: ", no stack trace or JS error class name, and (unless `stdoutAllowed`) nothing on
 * stdout. Returns the line without its "aifin: " prefix.
 */
export const expectOneLineFailure = (result: RunResult, message: RegExp, stdoutAllowed = false): string => {
  const { status, stdout, stderr } = result;
  expect(stderr.endsWith('\n'), JSON.stringify(stderr)).toBe(true);
  const lines = stderr.slice(0, -1).split('\n');
  expect(lines, stderr).toHaveLength(1);
  const [line = ''] = lines;
  expect(line.startsWith('aifin: '), line).toBe(true);
  expect(line.slice('aifin: '.length)).toMatch(message);
  expect(stderr).not.toMatch(
    /\n\s+at |(Reference|Type|Syntax|Range|Aifin)?Error:|YAMLWarning|internal error/,
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: no raw control character may reach the terminal.
  expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(status, stderr).toBe(2);
  if (!stdoutAllowed) expect(stdout).toBe('');
  return line.slice('aifin: '.length);
};
