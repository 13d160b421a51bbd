import { describe, expect, it } from 'vitest';
import { UNIT_LABELS } from '../units.js';
import type { CellStyle } from './plan.js';
import { CELL_STYLES, UNIT_FORMATS } from './styles.js';

// Listing every style here makes the compiler fail when one is added to CellStyle.
const ALL_STYLES: Readonly<Record<CellStyle, true>> = {
  title: true,
  subtitle: true,
  header: true,
  section: true,
  label: true,
  input: true,
  formula: true,
  note: true,
  status: true,
  selector: true,
  link: true,
  headerActual: true,
  periodActual: true,
  periodEstimate: true,
  computed: true,
  wrapped: true,
  noteWrapped: true,
};

describe('CELL_STYLES', () => {
  it('has a spec for every cell style', () => {
    expect(Object.keys(CELL_STYLES).sort()).toEqual(Object.keys(ALL_STYLES).sort());
  });

  it('wraps long text in the wrapped styles only, the note one still grey italic', () => {
    const wrapping = Object.entries(CELL_STYLES)
      .filter(([, spec]) => spec.wrap === true)
      .map(([style]) => style);
    expect(wrapping.sort()).toEqual(['noteWrapped', 'wrapped']);
    expect(CELL_STYLES.noteWrapped).toMatchObject({ italic: true, fontColor: CELL_STYLES.note.fontColor });
  });

  it('makes inputs (and the selector) blue and formulas black', () => {
    expect(CELL_STYLES.input.fontColor).toBe('0000FF');
    expect(CELL_STYLES.selector.fontColor).toBe('0000FF');
    expect(CELL_STYLES.formula.fontColor).toBe('000000');
  });

  it('writes colours as six hex digits without "#"', () => {
    for (const [style, spec] of Object.entries(CELL_STYLES))
      for (const colour of [spec.fontColor, spec.fill].filter((c) => c !== undefined))
        expect(colour, style).toMatch(/^[0-9A-F]{6}$/);
  });
});

describe('UNIT_FORMATS', () => {
  it('has a format for every unit', () => {
    expect(Object.keys(UNIT_FORMATS).sort()).toEqual(Object.keys(UNIT_LABELS).sort());
    for (const format of Object.values(UNIT_FORMATS)) expect(format).not.toBe('');
  });

  it('shows ratios as percentages, years without separators and multiples with a ×', () => {
    expect(UNIT_FORMATS.ratio).toMatch(/^0\.0%/);
    expect(UNIT_FORMATS.year).toBe('0');
    expect(UNIT_FORMATS.multiple).toMatch(/^0\.0"×"/);
    expect(UNIT_FORMATS.usdB).toBe('#,##0.0_);(#,##0.0)');
  });

  it('shows every signed quantity negative in parentheses, one style across units', () => {
    for (const [unit, format] of Object.entries(UNIT_FORMATS)) {
      if (['year', 'years', 'flag', 'choice'].includes(unit)) continue;
      const [positive, negative] = format.split(';');
      expect(positive, unit).toMatch(/_\)$/);
      expect(negative, unit).toBe(`(${positive?.replace(/_\)$/, '')})`);
    }
  });

  it('marks links green and history apart from projection', () => {
    expect(CELL_STYLES.link.fontColor).toBe('008000');
    expect(CELL_STYLES.headerActual.fill).not.toBe(CELL_STYLES.header.fill);
    expect(CELL_STYLES.periodActual.fill).not.toBe(CELL_STYLES.periodEstimate.fill);
    expect([CELL_STYLES.periodActual.align, CELL_STYLES.periodEstimate.align]).toEqual(['right', 'right']);
  });
});
