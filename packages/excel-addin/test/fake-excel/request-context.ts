import { FakeClientObject } from './client-object.js';
import { FakeOfficeError } from './fake-error.js';
import { FakeWorkbookObject } from './fake-workbook-object.js';
import { type FakeRecorder, jsonBytes } from './recorder.js';
import type { FakeWorkbook } from './workbook-state.js';

/** The host a request context talks to: the state, the API version it supports, and what it records. */
export interface FakeHost {
  readonly state: FakeWorkbook;
  readonly apiVersion: string;
  readonly recorder: FakeRecorder;
  /** When set, the next sync fails with this message before applying anything. */
  pendingFailure: string | null;
}

interface Action {
  readonly object: FakeClientObject<unknown>;
  readonly member: string;
  readonly args: readonly unknown[];
  readonly bytes: number;
  readonly run: () => void;
}

/** Arguments as Office.js sends them: objects by reference, values as they are. */
const wireArgs = (args: readonly unknown[], path: boolean): unknown[] =>
  args.map((a) => (a instanceof FakeClientObject ? { ref: path ? a.path : a.objectId } : a));

/**
 * A fake `Excel.RequestContext`: operations queue here until `sync()`, which applies them in order to the in-memory
 * workbook, records the round trip and its payload, and rejects with Excel's error when one fails (the operations
 * before it stay applied, as in Excel: a batch is not a transaction).
 */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  readonly #host: FakeHost;
  #queue: Action[] = [];
  #nextId = 1;
  #suspended = false;

  constructor(host: FakeHost) {
    this.#host = host;
    this.workbook = new FakeWorkbookObject(this, 'workbook', { kind: 'fixed', target: host.state });
  }

  get apiVersion(): string {
    return this.#host.apiVersion;
  }

  get state(): FakeWorkbook {
    return this.#host.state;
  }

  /** Operations waiting for the next sync. */
  get pending(): number {
    return this.#queue.length;
  }

  nextObjectId(): number {
    return this.#nextId++;
  }

  /** Marks the current request as running with calculation suspended (see Application). */
  suspendCalculation(): void {
    this.#suspended = true;
  }

  enqueue(
    object: FakeClientObject<unknown>,
    member: string,
    args: readonly unknown[],
    run: () => void,
    parent?: FakeClientObject<unknown>,
  ): void {
    const wire = {
      o: object.objectId,
      ...(parent ? { p: parent.objectId } : {}),
      m: member,
      a: wireArgs(args, false),
    };
    this.#queue.push({ object, member, args, bytes: jsonBytes(wire), run });
  }

  /** Sends the queued operations: one round trip. */
  async sync(): Promise<void> {
    const queue = this.#queue;
    this.#queue = [];
    const { recorder } = this.#host;
    const index = recorder.syncs.length + 1;
    for (const action of queue)
      recorder.calls.push({
        sync: index,
        path: action.object.path,
        member: action.member,
        args: wireArgs(action.args, true),
      });
    const record = {
      index,
      actions: queue.length,
      payloadBytes: queue.reduce((sum, a) => sum + a.bytes, 0),
      calculationSuspended: false,
    };
    await Promise.resolve();
    let failure: FakeOfficeError | null = null;
    if (this.#host.pendingFailure !== null) {
      failure = new FakeOfficeError('GeneralException', this.#host.pendingFailure);
      this.#host.pendingFailure = null;
    } else {
      for (const action of queue) {
        try {
          action.run();
        } catch (error) {
          const location = `${action.object.path}.${action.member}`;
          failure =
            error instanceof FakeOfficeError
              ? new FakeOfficeError(error.code, error.message, location)
              : new FakeOfficeError('GeneralException', String(error), location);
          break;
        }
      }
    }
    recorder.syncs.push(
      failure === null
        ? { ...record, calculationSuspended: this.#suspended }
        : { ...record, calculationSuspended: this.#suspended, error: failure.message },
    );
    this.#suspended = false;
    if (failure) throw failure;
  }
}
