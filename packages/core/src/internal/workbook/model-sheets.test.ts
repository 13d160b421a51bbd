import { describe, expect, it } from 'vitest';
import { modelYears } from '../../model/calendar.js';
import { evaluate } from '../../model/evaluate.js';
import { LINES, type LineId, MODEL_SHEETS, type ModelSheet } from '../../model/lines.js';
import { BUILTIN_SCENARIOS } from '../../scenarios/builtins.js';
import { UNIT_LABELS } from '../../units.js';
import type { Cell } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { lineRow, MODEL_ROWS } from './model-layout.js';
import { buildModelSheet, modelCharts, modelNames } from './model-sheets.js';

const evaluation = evaluate(BUILTIN_SCENARIOS.base); // 2023–2030 in columns D–K
const sheets = Object.fromEntries(
  MODEL_SHEETS.map((name) => [name, buildModelSheet(name, evaluation)]),
) as Record<ModelSheet, ReturnType<typeof buildModelSheet>>;
const revenueMix = sheets['Revenue Mix'];
const cashFlow = sheets['Cash Flow'];
const textOf = (cell: Cell | null | undefined) => (cell?.kind === 'text' ? cell.text : undefined);
const row = (id: LineId) => lineRow(id).row;
/** The cell of a line in a year column (0 = 2023, column D). */
const cell = (id: LineId, yearIndex: number) => {
  return sheets[lineRow(id).sheet].rows[row(id) - 1]?.[3 + yearIndex];
};

describe('buildModelSheet', () => {
  it('marks each year column A (2023–2025, actuals) or E (estimates) in the row above the years', () => {
    for (const sheet of Object.values(sheets)) {
      const marks = sheet.rows[2]?.slice(3);
      expect(marks?.map(textOf)).toEqual(evaluation.years.map((y) => (y <= 2025 ? 'A' : 'E')));
      expect(marks?.map((c) => c?.style)).toEqual(
        evaluation.years.map((y) => (y <= 2025 ? 'periodActual' : 'periodEstimate')),
      );
      expect(sheet.rows[2]?.slice(1, 3)).toEqual([null, null]);
    }
  });

  it('heads row 4 with line, unit, source and the years (actuals shaded apart), and freezes them', () => {
    for (const sheet of Object.values(sheets)) {
      expect(sheet.rows[3]?.slice(0, 3).map(textOf)).toEqual(['Line', 'Unit', 'Source']);
      expect(sheet.rows[3]?.slice(3)).toEqual(
        evaluation.years.map((y) => ({
          kind: 'number',
          value: y,
          format: '0',
          style: y <= 2025 ? 'headerActual' : 'header',
        })),
      );
      expect(sheet.freeze).toEqual({ rows: 4, columns: 3 });
      expect(sheet.width).toBe(3 + evaluation.years.length);
      expect(sheet.columnWidths).toHaveLength(sheet.width);
    }
  });

  it('writes each line’s label and unit, and a formula in its unit’s format caching evaluate()’s value', () => {
    for (const def of LINES) {
      const cells = sheets[def.sheet].rows[row(def.id) - 1] ?? [];
      expect(textOf(cells[1]), def.id).toBe(UNIT_LABELS[def.unit]);
      evaluation.years.forEach((y, i) => {
        if (y < def.from) expect(cells[3 + i], `${def.id} ${y}`).toBeNull();
        else
          expect(cells[3 + i], `${def.id} ${y}`).toMatchObject({
            kind: 'formula',
            value: evaluation.lines[def.id][i],
            format: UNIT_FORMATS[def.unit],
          });
      });
    }
  });

  it('compiles known cells: facts, same-sheet and cross-sheet lines, the year header', () => {
    expect(cell('arr.total', 0)).toMatchObject({ formula: '=fact_F5' });
    expect(cell('arr.total', 2)).toMatchObject({ formula: '=fact_F7' });
    expect(cell('mix.api', 3)).toMatchObject({ formula: `=G${row('arr.api')}/G${row('arr.total')}` });
    expect(cell('cash.end', 2)).toMatchObject({ formula: '=in_openingCash' });
    expect(cell('cash.end', 3)).toMatchObject({
      formula: `=F${row('cash.end')}+G${row('funding')}+G${row('freeCashFlow')}+G${row('funding.gap')}`,
    });
    expect(cell('valuation.ev', 4)).toMatchObject({
      formula: `='Revenue Mix'!H${row('arr.total')}*H${row('valuation.multiple')}`,
    });
    expect(cell('stargate.equity', 3)).toMatchObject({
      formula: '=IF(G$4<=fact_F4_year,fact_PF2_EQUITY/(fact_F4_year-fact_F7_year)*in_stargateEquityPaid,0)',
    });
    expect(cell('costs.revenueShare', 2)).toMatchObject({
      formula: `='Revenue Mix'!F${row('revenue.total')}*F${row('revenueShare.rate')}`,
    });
    expect(cell('depreciation', 4)).toMatchObject({
      formula: `=SUMIFS(capex,years,">"&(H$4-in_usefulLife),years,"<="&H$4)/in_usefulLife`,
    });
    expect(cell('funding.gap', 3)).toMatchObject({
      formula: `=MAX(0,in_minimumCash-(F${row('cash.end')}+G${row('funding')}+G${row('freeCashFlow')}))`,
    });
  });

  it('uses no number in any formula but 0 and 1', () => {
    for (const sheet of Object.values(sheets))
      for (const r of sheet.rows)
        for (const c of r) {
          if (c?.kind !== 'formula') continue;
          // Drop names (in_x, fact_F7, const_y) and cell references, then look for any other number.
          const bare = c.formula.replace(/"[^"]*"|'[^']*'!|\$?[A-Z]{1,3}\$?\d+|[A-Za-z_][A-Za-z_\d.]*/g, '');
          expect(bare, c.formula).not.toMatch(/[2-9]|\d\d|\.\d/);
        }
  });

  it('titles each section', () => {
    const titles = revenueMix.rows.filter((r) => r[0]?.style === 'section').map((r) => textOf(r[0]));
    expect(titles).toEqual(MODEL_ROWS['Revenue Mix'].flatMap((e) => (e.kind === 'section' ? [e.title] : [])));
  });
});

describe('modelNames and modelCharts', () => {
  it('names each line’s row over the year columns, and the year row on Revenue Mix only', () => {
    const yearList = modelYears(15); // 2023–2040 in D … U
    const names = modelNames('Cash Flow', yearList);
    expect(names).toContainEqual({
      name: 'cash_end',
      sheet: 'Cash Flow',
      ref: `$D$${row('cash.end')}:$U$${row('cash.end')}`,
    });
    expect(names.map((n) => n.name)).not.toContain('years');
    expect(names).toHaveLength(LINES.filter((d) => d.sheet === 'Cash Flow').length);
    expect(modelNames('Revenue Mix', yearList)).toContainEqual({
      name: 'years',
      sheet: 'Revenue Mix',
      ref: '$D$4:$U$4',
    });
  });

  it('charts over the line rows and places the charts below the data', () => {
    const [mix, cash] = modelCharts(evaluation.years);
    expect(mix?.categories).toBe(`'Revenue Mix'!$D$4:$K$4`);
    expect(cash?.series).toEqual([
      {
        name: 'Operating income',
        values: `'Income Statement'!$D$${row('operatingIncome')}:$K$${row('operatingIncome')}`,
      },
      {
        name: 'Free cash flow',
        values: `'Cash Flow'!$D$${row('freeCashFlow')}:$K$${row('freeCashFlow')}`,
      },
      { name: 'Cash at year end', values: `'Cash Flow'!$D$${row('cash.end')}:$K$${row('cash.end')}` },
    ]);
    expect(Number(mix?.from.slice(1))).toBeGreaterThan(revenueMix.rows.length);
    expect(Number(cash?.from.slice(1))).toBeGreaterThan(cashFlow.rows.length);
  });
});
