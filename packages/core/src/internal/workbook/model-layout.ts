import { LINES, type LineDef, type LineId, MODEL_SHEETS, type ModelSheet } from '../../model/lines.js';

/** Model sheets: title rows, then the year header, then sections of lines. */
export const MODEL_HEADER_ROW = 4;
/** Columns A–C hold label, unit and source; years start in D. */
export const FIRST_YEAR_COLUMN = 4;

export type ModelRow =
  | { readonly kind: 'section'; readonly title: string }
  | { readonly kind: 'line'; readonly def: LineDef }
  | { readonly kind: 'blank' };

/** The rows of one model sheet, from the row after the header, grouped by section in line order. */
const rowsOf = (sheet: ModelSheet): readonly ModelRow[] => {
  const sections: string[] = [];
  for (const def of LINES)
    if (def.sheet === sheet && !sections.includes(def.section)) sections.push(def.section);
  return sections.flatMap((title, i) => [
    ...(i > 0 ? [{ kind: 'blank' } as const] : []),
    { kind: 'section', title } as const,
    ...LINES.filter((def) => def.sheet === sheet && def.section === title).map(
      (def) => ({ kind: 'line', def }) as const,
    ),
  ]);
};

export const MODEL_ROWS: Readonly<Record<ModelSheet, readonly ModelRow[]>> = Object.fromEntries(
  MODEL_SHEETS.map((sheet) => [sheet, rowsOf(sheet)]),
) as Record<ModelSheet, readonly ModelRow[]>;

const lineRows = new Map<LineId, { readonly sheet: ModelSheet; readonly row: number }>();
for (const sheet of MODEL_SHEETS) {
  MODEL_ROWS[sheet].forEach((entry, i) => {
    if (entry.kind === 'line') lineRows.set(entry.def.id, { sheet, row: MODEL_HEADER_ROW + 1 + i });
  });
}

/** The sheet and 1-based row a line is laid out on. */
export const lineRow = (id: LineId): { readonly sheet: ModelSheet; readonly row: number } => {
  const found = lineRows.get(id);
  if (!found) throw new Error(`line ${id} has no row`);
  return found;
};
