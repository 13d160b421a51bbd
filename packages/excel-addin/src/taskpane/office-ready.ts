/** How long the pane waits for `Office.onReady` before it says so instead of staying blank. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

/** The timer functions the wait uses (the browser's, or a test's). */
export interface Timers {
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
  readonly clearTimeout: (handle: never) => void;
}

/**
 * Calls `onReady` when Office is ready, and `onSlow` once if that has not happened within `timeoutMs`: a blocked
 * frame, a stalled CDN or a host that never initialises would otherwise leave a blank pane. If Office becomes ready
 * after all, `onReady` still runs, so a slow start recovers by itself.
 * @example whenOfficeReady(Office.onReady, (info) => renderApp(info), () => renderStillWaiting());
 */
export const whenOfficeReady = <I>(
  onReadyPromise: () => Promise<I>,
  onReady: (info: I) => void,
  onSlow: () => void,
  timeoutMs = OFFICE_READY_TIMEOUT_MS,
  timers: Timers = globalThis,
): void => {
  let ready = false;
  const handle = timers.setTimeout(() => {
    if (!ready) onSlow();
  }, timeoutMs);
  void onReadyPromise().then((info) => {
    ready = true;
    timers.clearTimeout(handle as never);
    onReady(info);
  });
};
