import type { Page } from 'playwright-core';

/** What one burst of what-if changes did in the pane. */
export interface LiveRiskBurst {
  /** Milliseconds from the last change to the live bands of its value in the DOM (the panel no longer busy). */
  readonly ms: number;
  /** The slider's value after the last change, as the pane read it (the browser snaps values to the step). */
  readonly value: number;
  /** Durations of the long tasks (> 50 ms) the UI thread ran from the first change until the bands settled. */
  readonly longTasks: readonly number[];
}

/**
 * Moves a what-if slider through `values`, `gapMs` apart, as a quick drag does (each move an input event, as React
 * sees from a user), then waits for the live bands to settle and reports the time from the last move, and every
 * long task the UI thread ran meanwhile. All in the page, so the timing has no round trip to the test in it.
 * @example const burst = await driveLiveRisk(page, 'growthFade', [0.12, 0.2, 0.28], 20)
 */
export async function driveLiveRisk(
  page: Page,
  input: string,
  values: readonly number[],
  gapMs: number,
): Promise<LiveRiskBurst> {
  return page.evaluate(
    async ({ input, values, gapMs }) => {
      const slider = document.querySelector<HTMLInputElement>(`input[type="range"][aria-label="${input}"]`);
      const panel = document.querySelector('[data-testid="live-risk"]');
      if (slider === null || panel === null) throw new Error(`no slider ${input} or no live-risk panel`);
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longTasks.push(entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      const move = (value: number) => {
        setValue?.call(slider, String(value));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      for (const value of values.slice(0, -1)) {
        move(value);
        await sleep(gapMs);
      }
      // Armed before the last move: the first time after it that the panel stops being busy, the bands of the last
      // value are in the DOM (the pane drops every older run's result).
      let lastMove = 0;
      const settled = new Promise<number>((resolve) => {
        const watch = new MutationObserver(() => {
          if (panel.getAttribute('aria-busy') === 'false') {
            watch.disconnect();
            resolve(performance.now());
          }
        });
        watch.observe(panel, { attributes: true, attributeFilter: ['aria-busy'] });
      });
      lastMove = performance.now();
      move(values.at(-1) as number);
      const done = await settled;
      // Long-task entries arrive after the task: give them time to come in.
      await sleep(150);
      observer.disconnect();
      return { ms: done - lastMove, value: Number(slider.value), longTasks };
    },
    { input, values, gapMs },
  );
}

/**
 * The live bands' tables as the pane shows them: for each line, each row's cells (year, P5, P25, P50, P75, P95).
 * @example (await shownBands(page))['cash.end'][0] // ['2023', '…', …]
 */
export async function shownBands(page: Page): Promise<Record<string, string[][]>> {
  return page.evaluate(() => {
    const shown: Record<string, string[][]> = {};
    for (const table of document.querySelectorAll<HTMLTableElement>('[data-testid^="live-bands-"]')) {
      const line = table.dataset.testid?.slice('live-bands-'.length) ?? '';
      shown[line] = [...(table.tBodies[0]?.rows ?? [])].map((row) =>
        [...row.cells].map((cell) => cell.textContent ?? ''),
      );
    }
    return shown;
  });
}
