import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFICE_READY_TIMEOUT_MS, whenOfficeReady } from './office-ready.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('whenOfficeReady', () => {
  it('reports a slow start after 10 s, and still starts the pane if Office gets ready later', async () => {
    vi.useFakeTimers();
    let resolve: (info: string) => void = () => {};
    const ready = new Promise<string>((r) => {
      resolve = r;
    });
    const events: string[] = [];
    whenOfficeReady(
      () => ready,
      (info) => events.push(`ready ${info}`),
      () => events.push('slow'),
    );
    await vi.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS - 1);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(events).toEqual(['slow']);
    resolve('Excel');
    await vi.advanceTimersByTimeAsync(0);
    expect(events).toEqual(['slow', 'ready Excel']);
    expect(OFFICE_READY_TIMEOUT_MS).toBe(10_000);
  });

  it('never reports slow when Office is ready in time', async () => {
    vi.useFakeTimers();
    const events: string[] = [];
    whenOfficeReady(
      () => Promise.resolve('Excel'),
      () => events.push('ready'),
      () => events.push('slow'),
    );
    await vi.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS * 2);
    expect(events).toEqual(['ready']);
  });
});
