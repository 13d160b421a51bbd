import { ANALYSIS_SHEETS, OPTIONAL_SHEETS } from '@aifin/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildModelInWorkbook } from '../../src/office/build-model.js';
import { type FakeOfficeHandle, installFakeOffice } from '../fake-excel/index.js';
import { builtinPlan } from './plan-fixtures.js';

describe('colour scales from the plan', () => {
  let host: FakeOfficeHandle;
  beforeEach(() => {
    host = installFakeOffice(globalThis);
  });

  it('writes each Sensitivity grid’s scale as an Excel colour-scale conditional format, once per build', async () => {
    const plan = builtinPlan(undefined, [...OPTIONAL_SHEETS, ...ANALYSIS_SHEETS]);
    const scales = plan.sheets.find((s) => s.name === 'Sensitivity')?.conditionalFormats ?? [];
    expect(scales).toHaveLength(3);
    await buildModelInWorkbook(plan);
    const expected = scales.map((scale) => ({
      type: 'ColorScale',
      criteria: {
        minimum: { type: 'LowestValue', color: `#${scale.low}` },
        midpoint: { formula: '50', type: 'Percentile', color: `#${scale.mid}` },
        maximum: { type: 'HighestValue', color: `#${scale.high}` },
      },
    }));
    const sheetFormats = () =>
      host.workbook.sheets
        .find((s) => s.name === 'Sensitivity')
        ?.conditionalFormats.map(({ type, criteria }) => ({ type, criteria }));
    expect(sheetFormats()).toEqual(expected);
    // A rebuild resets the sheet first: the scales are replaced, not piled up.
    await buildModelInWorkbook(plan);
    expect(sheetFormats()).toEqual(expected);
  });

  it('refuses a criterion Excel would refuse', async () => {
    await expect(
      Excel.run(async (context) => {
        const format = context.workbook.worksheets
          .getItem('Sheet1')
          .getRange('A1:B2')
          .conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
        format.colorScale.criteria = {
          minimum: { type: Excel.ConditionalFormatColorCriterionType.percentile, color: '#FF0000' },
          maximum: { type: Excel.ConditionalFormatColorCriterionType.highestValue, color: 'green' },
        };
        await context.sync();
      }),
    ).rejects.toThrow(/bad colour-scale criterion/);
  });
});
