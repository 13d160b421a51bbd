import { describe, expect, it } from 'vitest';
import { bandBar, sparkline, tornadoBar } from './pictures.js';

describe('terminal pictures', () => {
  it('draw a sparkline from lowest to highest, blank where a value is missing', () => {
    expect(sparkline([1, 2, 3, null])).toBe('▁▅█ ');
    expect(sparkline([4, 4])).toBe('▄▄');
    expect(sparkline([null])).toBe(' ');
  });

  it('draw a band from P10 to P90 with the median marked, on a shared scale', () => {
    expect(bandBar(2, 5, 8, 0, 10, 11)).toBe('  ━━━┃━━━  ');
    expect(bandBar(0, 0, 10, 0, 10, 5)).toBe('┃━━━━');
  });

  it('draw a tornado bar either side of the scenario’s value, low end ░ and high end █, on a shared scale', () => {
    expect(tornadoBar(-2, 4, 4, 9)).toBe('  ░░┃████');
    expect(tornadoBar(4, -4, 4, 9)).toBe('████┃░░░░');
    // Both ends on one side: the smaller change stays visible over the larger one.
    expect(tornadoBar(1, 4, 4, 9)).toBe('    ┃░███');
    expect(tornadoBar(0, 0, 0, 5)).toBe('  ┃  ');
  });
});
