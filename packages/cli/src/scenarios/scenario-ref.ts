import { sep } from 'node:path';

const FILE_EXTENSIONS = ['.json', '.yaml', '.yml'] as const;

/** True when a file name has a scenario file extension (.json, .yaml, .yml, any case). */
export const hasScenarioExtension = (name: string): boolean =>
  FILE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

/**
 * Whether a `--scenario` value names a file rather than a built-in: it ends in .json/.yaml/.yml or contains a
 * path separator, or is `-` (standard input).
 * @example isScenarioFileRef('bull') // false
 * @example isScenarioFileRef('./fast') // true
 */
export const isScenarioFileRef = (value: string): boolean =>
  value === '-' || hasScenarioExtension(value) || value.includes('/') || value.includes(sep);
