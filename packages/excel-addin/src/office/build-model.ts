import type { WorkbookPlan } from '@aifin/core';
import type { ExcelCommand } from './excel-command.js';
import { excelErrorMessage } from './excel-error.js';
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
 * everything written, summed over requests. A conflict or an unsupported host means nothing was written.
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
      readonly ok: false;
      readonly reason: 'unsupported';
      readonly requirement: string;
      readonly message: string;
    };

/** Limits a build works within; tests lower them to exercise request splitting. */
export interface BuildLimits {
  readonly maxRequestBytes: number;
}

const conflictMessage = (sheets: readonly string[], names: readonly string[]): string => {
  const list = (items: readonly string[]) => items.map((s) => `"${s}"`).join(', ');
  const parts = [
    sheets.length > 0 ? `sheets ${list(sheets)}` : '',
    names.length > 0 ? `names ${list(names)}` : '',
  ].filter((p) => p !== '');
  return (
    `This workbook already has ${parts.join(' and ')} that the model needs and that aifin did not make. ` +
    'Nothing was changed. Allow aifin to move them aside (they are renamed, e.g. "Cover (yours)", never deleted) ' +
    'or rename them yourself, then build again.'
  );
};

/**
 * Writes a workbook plan into the open workbook in a few batched round trips (at most 4 for the built-in plan):
 * read what is there, then write every sheet as 2D arrays with calculation suspended, names and charts, then
 * recalculate and show the Cover. Sheets and names an earlier build made are replaced in place; the user's own
 * sheets are never overwritten. Rejects with a readable message when Excel fails.
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
  const writes = [
    ...plan.sheets.flatMap((sheet) => sheetCommands(sheet, limits.maxRequestBytes / 2)),
    ...plan.names.map(
      (n): ExcelCommand => ({
        op: 'addName',
        name: n.name,
        formula: `='${n.sheet.replaceAll("'", "''")}'!${n.ref}`,
        comment: GENERATED_NAME_COMMENT,
      }),
    ),
    ...plan.charts.map((chart): ExcelCommand => ({ op: 'chart', chart })),
  ];
  const first = plan.sheets.find((s) => s.name === 'Cover') ?? plan.sheets[0];
  const finish: ExcelCommand[] = [
    { op: 'calculate' },
    ...(first ? [{ op: 'activate', sheet: first.name } as const] : []),
  ];

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
      if (reconciliation.kind === 'conflict')
        return {
          ok: false,
          reason: 'conflict',
          sheets: reconciliation.sheets,
          message: conflictMessage(reconciliation.sheets, reconciliation.names),
        } as const;

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
    throw new Error(excelErrorMessage(error), { cause: error });
  }
}
