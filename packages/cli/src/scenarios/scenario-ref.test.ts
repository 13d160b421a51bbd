import { describe, expect, it } from 'vitest';
import { hasScenarioExtension, isScenarioFileRef } from './scenario-ref.js';

describe('isScenarioFileRef', () => {
  it('reads names as built-ins', () => {
    expect(isScenarioFileRef('bull')).toBe(false);
    expect(isScenarioFileRef('nosuch')).toBe(false);
  });

  it('reads extensions and paths as files', () => {
    expect(isScenarioFileRef('fast.json')).toBe(true);
    expect(isScenarioFileRef('fast.YAML')).toBe(true);
    expect(isScenarioFileRef('fast.yml')).toBe(true);
    expect(isScenarioFileRef('./fast')).toBe(true);
    expect(isScenarioFileRef('dir/fast.txt')).toBe(true);
  });

  it('knows the scenario file extensions', () => {
    expect(hasScenarioExtension('a.txt')).toBe(false);
    expect(hasScenarioExtension('a.Json')).toBe(true);
  });
});
