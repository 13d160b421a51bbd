import type { WorkbookPlan } from '@aifin/core';
import type { SheetPlan } from '@aifin/core/workbook';
import { describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { installFakeOffice } from '../fake-excel/index.js';
import { builtinPlan } from './plan-fixtures.js';

const RISKY = [
  '=SUM(A1:A2) is how we add',
  '+5% on the base case',
  '-3 B if the round slips',
  '@risk: compute',
  "'quoted'",
  '1/2',
  '007',
  'TRUE',
];

/** The built-in plan with the risky texts as an extra row on the Assumptions sheet, like scenario rationales. */
const planWithRiskyText = (): WorkbookPlan => {
  const plan = builtinPlan();
  return {
    ...plan,
    sheets: plan.sheets.map(
      (sheet): SheetPlan =>
        sheet.name === 'Assumptions'
          ? {
              ...sheet,
              rows: [...sheet.rows, RISKY.map((text) => ({ kind: 'text', text, style: 'note' }) as const)],
            }
          : sheet,
    ),
  };
};

describe('text cells', () => {
  it('reach the workbook as the same text, even when they start with "=", "+", "-", "@" or look like numbers', async () => {
    const host = installFakeOffice(globalThis);
    const plan = planWithRiskyText();
    await buildModelInWorkbook(plan);
    const sheet = host.snapshot().sheets.find((s) => s.name === 'Assumptions');
    const row = plan.sheets.find((s) => s.name === 'Assumptions')?.rows.length ?? 0;
    const written = RISKY.map((_, c) => sheet?.cells[`${String.fromCharCode(65 + c)}${row}`]?.content);
    expect(written).toEqual(RISKY.map((text) => ({ kind: 'text', text })));
  });

  it('would turn into formulas and numbers if written as they are (the fake parses input like Excel)', async () => {
    const host = installFakeOffice(globalThis);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1:H1').formulas = [RISKY];
      await context.sync();
    });
    const kinds = Object.values(host.snapshot().sheets[0]?.cells ?? {}).map((c) => c.content?.kind);
    expect(kinds).toEqual(['formula', 'formula', 'formula', 'formula', 'text', 'text', 'number', 'boolean']);
  });
});
