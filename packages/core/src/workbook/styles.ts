import { deepFreeze } from '../internal/deep-freeze.js';
import type { Unit } from '../units.js';
import type { CellStyle } from './plan.js';

/** How a semantic style looks; both renderers apply the same table. Colours are RGB hex without "#". */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly size?: number;
  /** Horizontal alignment; absent: the host's default (text left, numbers right). */
  readonly align?: 'left' | 'center' | 'right';
  /** Wrap text within the column and align it to the top of the row; absent: one line, overflowing. */
  readonly wrap?: boolean;
}

/**
 * Finance convention: inputs blue, formulas black, formulas that read another sheet green. Actual years carry a grey
 * year header and an "A" mark, estimates a blue "E", so history and projection read apart at a glance.
 */
export const CELL_STYLES: Readonly<Record<CellStyle, StyleSpec>> = /* @__PURE__ */ deepFreeze({
  title: { bold: true, size: 14, fontColor: '1F3864' },
  subtitle: { italic: true, fontColor: '595959' },
  header: { bold: true, fontColor: 'FFFFFF', fill: '1F3864' },
  section: { bold: true, fontColor: '1F3864', fill: 'D9E1F2' },
  label: {},
  input: { fontColor: '0000FF', fill: 'FFF2CC' },
  formula: { fontColor: '000000' },
  note: { italic: true, fontColor: '595959' },
  wrapped: { wrap: true },
  noteWrapped: { italic: true, fontColor: '595959', wrap: true },
  status: { bold: true },
  selector: { bold: true, fontColor: '0000FF', fill: 'FFF2CC' },
  link: { fontColor: '008000' },
  headerActual: { bold: true, fontColor: 'FFFFFF', fill: '595959' },
  // Right-aligned, so each mark sits over its year's numbers.
  periodActual: { bold: true, fontColor: '404040', fill: 'D9D9D9', align: 'right' },
  periodEstimate: { bold: true, fontColor: '1F3864', fill: 'DDEBF7', align: 'right' },
  // Grey on white: a number aifin computed at build time, which no edit in the workbook changes.
  computed: { fontColor: '595959' },
});
/**
 * Number formats per unit (English format codes, which every Excel locale reads through `numberFormat`). One
 * negative style throughout: every signed quantity shows a negative in parentheses, and its positive leaves the
 * same room on the right (`_)`) so the digits line up. Ratios show as %, multiples with "×". Years and flags are
 * labels, never negative.
 */
export const UNIT_FORMATS: Readonly<Record<Unit, string>> = /* @__PURE__ */ deepFreeze({
  usdB: '#,##0.0_);(#,##0.0)',
  ratio: '0.0%_);(0.0%)',
  gw: '0.00_);(0.00)',
  usdBPerGw: '#,##0.0_);(#,##0.0)',
  year: '0',
  years: '0',
  multiple: '0.0"×"_);(0.0"×")',
  score: '0.0_);(0.0)',
  users: '#,##0_);(#,##0)',
  shares: '#,##0_);(#,##0)',
  count: '#,##0_);(#,##0)',
  flag: '0',
  choice: '@',
});
