import { describe, expect, it } from 'vitest';
import { FIRST_PROJECTION_YEAR, modelYears } from './calendar.js';

describe('modelYears', () => {
  it('covers 2023–2025 and then the horizon', () => {
    expect(modelYears(5)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(modelYears(1)).toEqual([2023, 2024, 2025, 2026]);
    expect(modelYears(15).at(-1)).toBe(2040);
    expect(FIRST_PROJECTION_YEAR).toBe(2026);
  });
});
