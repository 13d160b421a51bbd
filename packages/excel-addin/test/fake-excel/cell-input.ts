import type { FakeCellContent } from './workbook-state.js';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * How Excel turns one value written through `range.formulas` or `range.values` into cell contents, the way a user's
 * typing is parsed: a leading apostrophe forces text (and is not stored); a cell formatted as Text ("@") keeps the
 * string; otherwise "=…" is a formula, "+…", "-…" and "@…" are read as formulas too, numbers and TRUE/FALSE
 * become numbers and booleans. This is the behaviour that makes free text risky, so the fake must have it.
 */
export const parseInput = (input: unknown, numberFormat: string): FakeCellContent | null => {
  if (input === null || input === undefined || input === '') return null;
  if (typeof input === 'number') return { kind: 'number', value: input };
  if (typeof input === 'boolean') return { kind: 'boolean', value: input };
  const text = String(input);
  if (text.startsWith("'")) return text.length === 1 ? null : { kind: 'text', text: text.slice(1) };
  if (numberFormat === '@') return { kind: 'text', text };
  if (NUMBER.test(text.trim())) {
    const trimmed = text.trim();
    const percent = trimmed.endsWith('%');
    const value = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return { kind: 'number', value: percent ? value / 100 : value };
  }
  if (/^(true|false)$/i.test(text)) return { kind: 'boolean', value: text.toLowerCase() === 'true' };
  if (text.length > 1 && text.startsWith('=')) return { kind: 'formula', formula: text };
  if (text.length > 1 && /^[+\-@]/.test(text)) return { kind: 'formula', formula: `=${text}` };
  return { kind: 'text', text };
};
