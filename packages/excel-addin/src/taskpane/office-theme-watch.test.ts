import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_POLL_MS, watchOfficeTheme } from './office-theme-watch.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchOfficeTheme', () => {
  it('reports each switch between light and dark once, and nothing after stop', () => {
    vi.useFakeTimers();
    const theme = { isDarkTheme: false, bodyBackgroundColor: '#FFFFFF' };
    const seen: boolean[] = [];
    const stop = watchOfficeTheme(
      () => theme,
      (dark) => seen.push(dark),
    );
    vi.advanceTimersByTime(THEME_POLL_MS * 3);
    expect(seen).toEqual([]);
    theme.isDarkTheme = true;
    vi.advanceTimersByTime(THEME_POLL_MS * 3);
    expect(seen).toEqual([true]);
    theme.isDarkTheme = false;
    vi.advanceTimersByTime(THEME_POLL_MS);
    expect(seen).toEqual([true, false]);
    stop();
    theme.isDarkTheme = true;
    vi.advanceTimersByTime(THEME_POLL_MS * 3);
    expect(seen).toEqual([true, false]);
  });
});
