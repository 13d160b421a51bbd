import { describe, expect, it } from 'vitest';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { buildWorkbookPlan } from '../../workbook/build-workbook-plan.js';
import type { FormulaCell, SheetName } from '../../workbook/plan.js';
import { readsAnotherSheet } from './link-styles.js';

const names = new Map<string, SheetName>([
  ['in_growthFade', 'Assumptions'],
  ['fact_F7', 'Sources'],
  ['cash_end', 'Cash Flow'],
]);

describe('readsAnotherSheet', () => {
  it('sees sheet-qualified references to another sheet, quoted or not', () => {
    expect(readsAnotherSheet("='Revenue Mix'!H22-H8", 'Cash Flow', names)).toBe(true);
    expect(readsAnotherSheet('=COUNTIF(Checks!$B$5:$B$9,"flag")', 'Cover', names)).toBe(true);
    expect(readsAnotherSheet("='Cash Flow'!H22-H8", 'Cash Flow', names)).toBe(false);
  });

  it('sees defined names that live on another sheet, and not those on its own', () => {
    expect(readsAnotherSheet('=G7*(1+in_growthFade)', 'Cash Flow', names)).toBe(true);
    expect(readsAnotherSheet('=INDEX(cash_end,1,COLUMNS(cash_end))', 'Cover', names)).toBe(true);
    expect(readsAnotherSheet('=INDEX(cash_end,1,COLUMNS(cash_end))', 'Cash Flow', names)).toBe(false);
    expect(readsAnotherSheet('=H6+H7', 'Cash Flow', names)).toBe(false);
    // A name that ends like a cell address is still a name.
    expect(readsAnotherSheet('=fact_F7*2', 'Cash Flow', names)).toBe(true);
  });

  it('ignores functions, cell addresses and quoted text that look like names', () => {
    expect(readsAnotherSheet('=IF(H9>=0,1,0)', 'Cash Flow', names)).toBe(false);
    expect(readsAnotherSheet('=IF(H9<0,"in_growthFade",fact_F7x)', 'Cash Flow', names)).toBe(false);
  });
});

describe('markCrossSheetLinks, in the plan', () => {
  const plan = buildWorkbookPlan({ scenarios: Object.values(BUILTIN_SCENARIOS), selected: 'base' });
  const nameSheets = new Map(plan.names.map((n) => [n.name, n.sheet]));

  it('styles every plain formula green exactly when it reads another sheet', () => {
    let links = 0;
    let own = 0;
    for (const sheet of plan.sheets)
      for (const cell of sheet.rows.flat())
        if (cell?.kind === 'formula' && (cell.style === 'formula' || cell.style === 'link')) {
          const reads = readsAnotherSheet(cell.formula, sheet.name, nameSheets);
          expect(cell.style, `${sheet.name} ${cell.formula}`).toBe(reads ? 'link' : 'formula');
          if (reads) links++;
          else own++;
        }
    expect(links).toBeGreaterThan(10);
    expect(own).toBeGreaterThan(10);
  });

  it('leaves inputs, headers and status cells as they were', () => {
    const checks = plan.sheets.find((s) => s.name === 'Checks');
    // The status column: each status compares the measure and bound cells beside it, on its own sheet.
    const statuses =
      checks?.rows.flatMap((row) => (row[1]?.kind === 'formula' ? [row[1] as FormulaCell] : [])) ?? [];
    expect(statuses.length).toBeGreaterThan(0);
    for (const cell of statuses) expect(cell.style).toBe('status');
  });
});
