import type { WorkbookPlan } from '@aifin/core';
import type { ExcelCommand } from './excel-command.js';
import { buildFailureMessage } from './excel-error.js';
import { jsonBytes } from './json-bytes.js';
import { GENERATED_NAME_COMMENT } from './marker.js';
import { CommandQueue } from './queue-command.js';
import { readInventory } from './read-inventory.js';
import { reconcile } from './reconcile.js';
import { MAX_REQUEST_BYTES, packBatches } from './request-batches.js';
import { hostSupportsBuild, REQUIREMENT, UNSUPPORTED_MESSAGE } from './requirements.js';
import { sheetCommands } from './sheet-commands.js';

/** How a build runs. */
export interface BuildOptions {
  /** Called as the build advances, for a progress bar. */
  readonly onProgress?: (step: string, fraction: number) => void;
  /** The user agreed to move aside their own sheets that carry a name the model needs. */
  readonly replaceUserSheets?: boolean;
}

/**
 * The outcome of a build. `syncs` counts `context.sync()` round trips; `payloadBytes` is the estimated JSON size of
 * everything written, summed over requests. A conflict, a blocked build or an unsupported host means nothing was written.
 */
export type BuildResult =
  | {
      readonly ok: true;
      readonly sheets: readonly string[];
      readonly syncs: number;
      readonly payloadBytes: number;
      readonly movedUserSheets: readonly string[];
    }
  | {
      readonly ok: false;
      readonly reason: 'conflict';
      readonly sheets: readonly string[];
      readonly message: string;
    }
  | {
      /** Protection, the user's own names or sheet-scoped copies of ours stand in the way; the message says which. */
      readonly ok: false;
      readonly reason: 'blocked';
      readonly message: string;
    }
  | {
      readonly ok: false;
      readonly reason: 'unsupported';
      readonly requirement: string;
      readonly message: string;
    };

/** Limits a build works within; tests lower them to exercise request splitting. */
export interface BuildLimits {
  readonly maxRequestBytes: number;
}

const conflictMessage = (sheets: readonly string[]): string =>
  `This workbook already has ${sheets.length === 1 ? 'a sheet' : 'sheets'} ${sheets.map((s) => `"${s}"`).join(', ')} ` +
  'that the model needs and that aifin did not make. Nothing was changed. If you allow it, aifin renames ' +
  `${sheets.length === 1 ? 'it' : 'each'} to "<name> (yours)" (e.g. "${sheets[0]} (yours)") with ${sheets.length === 1 ? 'its' : 'their'} contents, ` +
  'and formulas that refer to them follow; nothing is deleted. Or rename them yourself, then build again.';

/**
 * Writes a workbook plan into the open workbook in a few batched round trips (at most 4 for the built-in plan):
 * read what is there, then write every sheet as 2D arrays with calculation suspended, names and charts, then
 * recalculate and show the Cover. Sheets and names an earlier build made are replaced in place; the user's own
 * sheets are never overwritten and their names never deleted or re-pointed. What Excel would refuse part-way
 * (protection, clashing names) is found in the reads and reported as `blocked` before anything is written.
 * Rejects with a readable message when Excel fails anyway.
 * @example
 * const result = await buildModelInWorkbook(buildWorkbookPlan({ scenarios, selected: 'base' }), { onProgress });
 * if (!result.ok && result.reason === 'conflict') askToMoveAside(result.sheets);
 */
export function buildModelInWorkbook(plan: WorkbookPlan, options: BuildOptions = {}): Promise<BuildResult> {
  return buildModelWithLimits(plan, options, { maxRequestBytes: MAX_REQUEST_BYTES });
}

/** `buildModelInWorkbook` with explicit limits. */
export async function buildModelWithLimits(
  plan: WorkbookPlan,
  options: BuildOptions,
  limits: BuildLimits,
): Promise<BuildResult> {
  if (!hostSupportsBuild())
    return { ok: false, reason: 'unsupported', requirement: REQUIREMENT, message: UNSUPPORTED_MESSAGE };
  const progress = options.onProgress ?? (() => {});
  const sheetWrites = plan.sheets.flatMap((sheet) => sheetCommands(sheet, limits.maxRequestBytes / 2));
  const nameWrites = plan.names.map(
    (n): ExcelCommand => ({
      op: 'addName',
      name: n.name,
      formula: `='${n.sheet.replaceAll("'", "''")}'!${n.ref}`,
      comment: GENERATED_NAME_COMMENT,
    }),
  );
  const chartWrites = plan.charts.map((chart): ExcelCommand => ({ op: 'chart', chart }));
  const first = plan.sheets.find((s) => s.name === 'Cover') ?? plan.sheets[0];
  const finish: ExcelCommand[] = [
    { op: 'calculate' },
    ...(first ? [{ op: 'activate', sheet: first.name } as const] : []),
  ];

  let scopedClashes: readonly string[] = [];
  try {
    return await Excel.run(async (context) => {
      let syncs = 0;
      const sync = async () => {
        syncs++;
        await context.sync();
      };
      progress('Reading the workbook', 0.05);
      const inventory = await readInventory(context, sync);
      const reconciliation = reconcile(plan, inventory, options.replaceUserSheets === true);
      if (reconciliation.kind === 'blocked')
        return { ok: false, reason: 'blocked', message: reconciliation.message } as const;
      if (reconciliation.kind === 'conflict')
        return {
          ok: false,
          reason: 'conflict',
          sheets: reconciliation.sheets,
          message: conflictMessage(reconciliation.sheets),
        } as const;
      scopedClashes = inventory.sheets.flatMap((s) =>
        (s.scopedNames ?? []).filter((n) => plan.names.some((p) => p.name.toLowerCase() === n.toLowerCase())),
      );
      // A sheet holding sheet-scoped copies of the names makes names.add fail while it is active (issue 2875).
      const activate: ExcelCommand[] =
        reconciliation.activateBeforeNames === null
          ? []
          : [{ op: 'activate', sheet: reconciliation.activateBeforeNames }];
      const writes = [...sheetWrites, ...activate, ...nameWrites, ...chartWrites];

      // The last request runs after calculation resumed: it recalculates what the suspended writes left dirty.
      const batches = [
        ...packBatches([...reconciliation.commands, ...writes], limits.maxRequestBytes),
        { commands: finish, bytes: jsonBytes(finish) },
      ];
      let payloadBytes = 0;
      for (const [i, batch] of batches.entries()) {
        progress(
          i === batches.length - 1 ? 'Recalculating' : 'Writing the model',
          0.15 + (0.8 * i) / batches.length,
        );
        const queue = new CommandQueue(context);
        for (const command of batch.commands) queue.queue(command);
        await sync();
        payloadBytes += batch.bytes;
      }
      progress('Done', 1);
      return {
        ok: true,
        sheets: plan.sheets.map((s) => s.name),
        syncs,
        payloadBytes,
        movedUserSheets: reconciliation.movedUserSheets,
      } as const;
    });
  } catch (error) {
    throw new Error(buildFailureMessage(error, scopedClashes), { cause: error });
  }
}
