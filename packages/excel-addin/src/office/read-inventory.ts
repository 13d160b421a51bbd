import { SHEET_NAMES } from '@aifin/core';
import { GENERATED_PROPERTY } from './marker.js';
import type { WorkbookInventory } from './workbook-inventory.js';

/**
 * Reads what a build must respect, in at most two round trips: sheet and name lists, then, only for sheets named
 * like a model sheet, the add-in's mark and their charts. Writes nothing. `sync` counts the round trips.
 */
export const readInventory = async (
  context: Excel.RequestContext,
  sync: () => Promise<void>,
): Promise<WorkbookInventory> => {
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/comment,items/formula');
  await sync();
  const candidates = worksheets.items
    .filter((sheet) => SHEET_NAMES.some((m) => m.toLowerCase() === sheet.name.toLowerCase()))
    .map((sheet) => ({
      sheet,
      mark: sheet.customProperties.getItemOrNullObject(GENERATED_PROPERTY.key).load('value'),
      charts: sheet.charts.load('items/name'),
    }));
  if (candidates.length > 0) await sync();
  return {
    sheets: worksheets.items.map((sheet) => {
      const found = candidates.find((c) => c.sheet === sheet);
      const generated =
        found !== undefined && !found.mark.isNullObject && found.mark.value === GENERATED_PROPERTY.value;
      return { name: sheet.name, generated, charts: generated ? found.charts.items.map((c) => c.name) : [] };
    }),
    names: names.items.map((n) => ({ name: n.name, comment: n.comment, formula: n.formula })),
  };
};
