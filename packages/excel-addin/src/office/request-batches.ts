import type { ExcelCommand } from './excel-command.js';
import { jsonBytes } from './json-bytes.js';

/**
 * The most a build puts in one request. Excel on the web rejects requests over 5 MB; the margin covers what
 * Office.js adds around the data (object paths, ids) that the estimate does not count.
 */
export const MAX_REQUEST_BYTES = 4_000_000;

/** Commands sent in one `context.sync()`, and their estimated size. */
export interface RequestBatch {
  readonly commands: readonly ExcelCommand[];
  readonly bytes: number;
}

/**
 * Packs commands, in order, into as few requests as the byte budget allows; each request starts by suspending
 * calculation so Excel does not recalculate while cells arrive.
 * @example packBatches(commands).length // 1 for the built-in plan, at any horizon
 */
export const packBatches = (
  commands: readonly ExcelCommand[],
  maxBytes = MAX_REQUEST_BYTES,
): RequestBatch[] => {
  const suspend: ExcelCommand = { op: 'suspendCalculation' };
  const start = (): { commands: ExcelCommand[]; bytes: number } => ({
    commands: [suspend],
    bytes: jsonBytes(suspend),
  });
  const batches: RequestBatch[] = [];
  let current = start();
  for (const command of commands) {
    const bytes = jsonBytes(command);
    if (current.commands.length > 1 && current.bytes + bytes > maxBytes) {
      batches.push(current);
      current = start();
    }
    current.commands.push(command);
    current.bytes += bytes;
  }
  if (current.commands.length > 1) batches.push(current);
  return batches;
};
