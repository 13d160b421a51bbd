/**
 * An in-memory, recording fake of the Excel JavaScript API subset the add-in uses. Plain TypeScript with no Node
 * imports: the unit tests install it on `globalThis`, and the browser end-to-end test bundles it into the page.
 *
 * Like Office.js, proxies queue operations until `context.sync()`; reading a property before load + sync throws;
 * written input is parsed as Excel parses typing (a string "=…" becomes a formula unless the cell is text); every
 * sync records its operations and the JSON size of its request.
 */

import { parseAddress, splitQualified } from './a1.js';
import { compareVersions } from './api-versions.js';
import { parseInput } from './cell-input.js';
import { FAKE_EXCEL_ENUMS } from './enums.js';
import { customFunctionsRuntime } from './fake-custom-functions.js';
import type { RecordedCall, SyncRecord } from './recorder.js';
import { type FakeHost, FakeRequestContext } from './request-context.js';
import { snapshotWorkbook, type WorkbookSnapshot } from './snapshot.js';
import { cellKey, emptyCell, type FakeName, type FakeWorkbook, newSheet } from './workbook-state.js';

export { StandInError } from './fake-custom-functions.js';
export { FakeOfficeError } from './fake-error.js';
export type { RecordedCall, SyncRecord } from './recorder.js';
export type { SheetSnapshot, WorkbookSnapshot } from './snapshot.js';
export type { FakeCell, FakeCellContent, FakeWorkbook } from './workbook-state.js';

/** A sheet the workbook starts with. */
export interface FakeSheetSeed {
  readonly name: string;
  /**
   * Cells from A1, row by row, entered as a user types them: numbers, booleans, text, "=…" formulas, `null` for
   * an empty cell.
   */
  readonly rows?: readonly (readonly (string | number | boolean | null)[])[];
  /** Worksheet custom properties, e.g. `{ aifin: 'generated' }` for a sheet an earlier build made. */
  readonly customProperties?: Readonly<Record<string, string>>;
  /** The sheet is protected: every write to it fails with AccessDenied. */
  readonly protected?: boolean;
  /** Names scoped to this sheet (what Excel makes when a sheet with workbook names is copied). */
  readonly names?: readonly FakeNameSeed[];
}

/** A workbook-level name the workbook starts with. */
export interface FakeNameSeed {
  readonly name: string;
  /** What it refers to, e.g. "=Cover!$A$1" (follows the sheet) or any other formula ("=0.25"). */
  readonly formula: string;
  readonly comment?: string;
}

/** What the fake host looks like. */
export interface FakeOfficeOptions {
  /** Highest ExcelApi requirement set the host supports (default "1.17"). */
  readonly apiVersion?: string;
  /** The workbook's sheets, in order (default: one empty "Sheet1", as a new workbook). */
  readonly sheets?: readonly FakeSheetSeed[];
  /** Workbook-level names (default none). */
  readonly names?: readonly FakeNameSeed[];
  /** The workbook structure is protected: adding, deleting, renaming or moving a sheet fails with AccessDenied. */
  readonly protectedStructure?: boolean;
  /** The sheet the user is on (default the first). */
  readonly activeSheet?: string;
}

/**
 * The handle to an installed fake: the live state, what was recorded, and switches for failure tests.
 * `JSON.stringify(handle)` gives `{ apiVersion, workbook: WorkbookSnapshot, syncs, calls }` for the e2e test.
 */
export interface FakeOfficeHandle {
  readonly apiVersion: string;
  /** The live in-memory workbook (Maps inside: use `snapshot()` for comparisons). */
  readonly workbook: FakeWorkbook;
  /** Every `context.sync()` round trip so far, in order, with its operation count and payload bytes. */
  readonly syncs: readonly SyncRecord[];
  /** Every operation sent so far, in order. */
  readonly calls: readonly RecordedCall[];
  /** `Excel.run` calls so far. */
  readonly runs: number;
  /** The workbook as plain, comparable JSON. */
  snapshot(): WorkbookSnapshot;
  /** Makes the next `context.sync()` reject with Excel's "GeneralException" and this message, applying nothing. */
  failNextSync(message: string): void;
  /** Forgets recorded syncs and calls (the workbook stays), to measure one build after another. */
  clearRecording(): void;
  toJSON(): {
    apiVersion: string;
    workbook: WorkbookSnapshot;
    syncs: readonly SyncRecord[];
    calls: readonly RecordedCall[];
  };
}

const seedWorkbook = (options: FakeOfficeOptions): FakeWorkbook => {
  const workbook: FakeWorkbook = {
    sheets: [],
    names: [],
    activeSheetId: 0,
    nextId: 1,
    calculations: 0,
    structureProtected: options.protectedStructure === true,
    customFunctions: new Map(),
  };
  for (const seed of options.sheets ?? [{ name: 'Sheet1' }]) {
    const sheet = newSheet(workbook, seed.name);
    for (const [r, row] of (seed.rows ?? []).entries())
      for (const [c, input] of row.entries()) {
        const content = parseInput(input, 'General');
        if (content) sheet.cells.set(cellKey(r, c), { ...emptyCell(), content });
      }
    for (const [key, value] of Object.entries(seed.customProperties ?? {}))
      sheet.customProperties.set(key, value);
    sheet.protected = seed.protected === true;
    workbook.sheets.push(sheet);
  }
  const active = workbook.sheets.find((s) => s.name === options.activeSheet) ?? workbook.sheets[0];
  workbook.activeSheetId = active?.id ?? 0;
  const seedName = (seed: FakeNameSeed): FakeName => {
    const qualified = splitQualified(seed.formula.replace(/^=/, ''));
    const sheet =
      qualified && workbook.sheets.find((s) => s.name.toLowerCase() === qualified.sheet.toLowerCase());
    const box = qualified && parseAddress(qualified.address);
    return {
      name: seed.name,
      comment: seed.comment ?? '',
      target: sheet && box ? { sheetId: sheet.id, box } : { formula: seed.formula },
    };
  };
  for (const seed of options.names ?? []) workbook.names.push(seedName(seed));
  for (const [i, seed] of (options.sheets ?? []).entries())
    for (const name of seed.names ?? []) workbook.sheets[i]?.names.push(seedName(name));
  return workbook;
};

/**
 * Installs `Office` and `Excel` globals backed by an in-memory workbook on `target` (e.g. `globalThis` or `window`).
 * @example
 * const host = installFakeOffice(globalThis, { apiVersion: '1.12', sheets: [{ name: 'Cover', rows: [['mine']] }] });
 * await Excel.run(async (context) => { … });
 * host.snapshot().sheets[0]?.cells.A1; // { content: { kind: 'text', text: 'mine' }, … }
 */
export function installFakeOffice(target: object, options: FakeOfficeOptions = {}): FakeOfficeHandle {
  const apiVersion = options.apiVersion ?? '1.17';
  const host: FakeHost = {
    state: seedWorkbook(options),
    apiVersion,
    recorder: { calls: [], syncs: [] },
    pendingFailure: null,
  };
  let runs = 0;

  const excel = {
    ...FAKE_EXCEL_ENUMS,
    /** Runs a batch on a new context; operations still queued when it returns are sent, as Excel.run does. */
    run: async <R>(batch: (context: FakeRequestContext) => Promise<R>): Promise<R> => {
      if (typeof batch !== 'function') throw new TypeError('fake-excel: Excel.run(batch) takes a function');
      runs++;
      const context = new FakeRequestContext(host);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
  };

  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      host: 'Excel',
      platform: 'OfficeOnline',
      displayLanguage: 'en-US',
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number): boolean =>
          name === 'ExcelApi' &&
          (minVersion === undefined || compareVersions(String(minVersion), apiVersion) <= 0),
      },
      officeTheme: {
        bodyBackgroundColor: '#FFFFFF',
        bodyForegroundColor: '#000000',
        controlBackgroundColor: '#FFFFFF',
        controlForegroundColor: '#000000',
        isDarkTheme: false,
      },
    },
  };

  // Excel's custom functions runtime too, so a built functions.js can register =AIFIN.* and cells can call them.
  const customFunctions = customFunctionsRuntime('AIFIN', host.state.customFunctions);
  Object.assign(target, { Office: office, Excel: excel, CustomFunctions: customFunctions });

  return {
    apiVersion,
    workbook: host.state,
    get syncs() {
      return host.recorder.syncs;
    },
    get calls() {
      return host.recorder.calls;
    },
    get runs() {
      return runs;
    },
    snapshot: () => snapshotWorkbook(host.state),
    failNextSync: (message) => {
      host.pendingFailure = message;
    },
    clearRecording: () => {
      host.recorder.calls.length = 0;
      host.recorder.syncs.length = 0;
    },
    toJSON() {
      return {
        apiVersion,
        workbook: snapshotWorkbook(host.state),
        syncs: host.recorder.syncs,
        calls: host.recorder.calls,
      };
    },
  };
}
