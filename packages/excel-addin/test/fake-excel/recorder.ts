/** One queued Office.js operation, as the fake recorded it at `context.sync()`. */
export interface RecordedCall {
  /** 1-based index of the sync that sent it. */
  readonly sync: number;
  /** Readable object path, e.g. `workbook.worksheets.getItem("Cover").getRange("A1:C20")`. */
  readonly path: string;
  /** Property set, method called, `load`, or the method that created the object (`getItem`, `getRange`, …). */
  readonly member: string;
  /** Arguments as sent: proxies appear as `{ ref: <their path> }`, 2D arrays as written. */
  readonly args: readonly unknown[];
}

/** One `context.sync()` round trip. */
export interface SyncRecord {
  readonly index: number;
  /** Operations queued since the previous sync. */
  readonly actions: number;
  /** UTF-8 size of the JSON request those operations make (objects referenced by id, as Office.js does). */
  readonly payloadBytes: number;
  /** Whether `application.suspendApiCalculationUntilNextSync()` was queued in this request. */
  readonly calculationSuspended: boolean;
  /** Excel's error message when the request failed. */
  readonly error?: string;
}

/** Calls and syncs across every `Excel.run` on one fake host. */
export interface FakeRecorder {
  readonly calls: RecordedCall[];
  readonly syncs: SyncRecord[];
}

const encoder = new TextEncoder();

/** UTF-8 byte length of a value's JSON, the unit of Excel on the web's request limit. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value)).length;
