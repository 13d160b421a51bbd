import {
  AifinError,
  type AifinErrorCode,
  buildWorkbookPlan,
  type FactSet,
  type WorkbookPlanOptions,
} from '@aifin/core';
import { renderXlsx } from './xlsx.js';

/**
 * One export workbook as plain data, so that it can cross to the render worker: everything `buildWorkbookPlan` takes
 * except the fact set, which a batch shares and sends once.
 */
export type XlsxJob = Omit<WorkbookPlanOptions, 'facts'>;

/** An error as it crosses a thread: enough to rebuild a user error as one, and a bug's message and stack. */
export interface WireError {
  readonly name: string;
  readonly message: string;
  readonly code?: string | undefined;
  readonly stack?: string | undefined;
}

/** The worker's answer to one job. */
export type XlsxReply =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly error: WireError };

/**
 * Builds a job's workbook plan and renders it. Both steps run where this is called (the main thread or the render
 * worker): the plan's garbage (a Sensitivity study per workbook) weighs as much as the rendering's.
 * @example await writeFile('aifin-base.xlsx', await renderXlsxJob({ scenarios, selected: 'base' }, facts))
 */
export const renderXlsxJob = async (job: XlsxJob, facts: FactSet): Promise<Buffer> =>
  renderXlsx(buildWorkbookPlan({ ...job, facts }));

/**
 * What a thrown value becomes to cross a thread (structured clone keeps neither the class nor a custom `code`).
 * @example port.postMessage({ ok: false, error: toWireError(error) })
 */
export const toWireError = (error: unknown): WireError => {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { name: error.name, message: error.message, code, stack: error.stack };
};

/**
 * The error again on this side: an `AifinError` stays one (a user mistake, one line), anything else is a bug with
 * the worker's stack.
 * @example throw fromWireError(reply.error)
 */
export const fromWireError = (wire: WireError): Error => {
  if (wire.name === 'AifinError' && wire.code !== undefined)
    return new AifinError(wire.code as AifinErrorCode, wire.message);
  const error = new Error(wire.message);
  if (wire.stack !== undefined) error.stack = wire.stack;
  return error;
};
