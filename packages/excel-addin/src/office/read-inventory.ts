import { SHEET_NAMES } from '@aifin/core';
import { GENERATED_PROPERTY } from './marker.js';
import type { WorkbookInventory } from './workbook-inventory.js';

/**
 * Reads what a build must respect, in two round trips, writing nothing: the sheet and name lists and whether the
 * workbook structure is protected; then every sheet's sheet-scoped names (a copied model sheet carries copies of
 * ours, office-js issue 2875) and, for sheets named like a model sheet, the add-in's mark, their charts and whether
 * they are protected. `sync` counts the round trips.
 */
export const readInventory = async (
  context: Excel.RequestContext,
  sync: () => Promise<void>,
): Promise<WorkbookInventory> => {
  const worksheets = context.workbook.worksheets.load('items/name');
  const names = context.workbook.names.load('items/name,items/comment,items/formula');
  const structure = context.workbook.protection.load('protected');
  await sync();
  const isModelSheet = (name: string) => SHEET_NAMES.some((m) => m.toLowerCase() === name.toLowerCase());
  const perSheet = worksheets.items.map((sheet) => ({
    sheet,
    scoped: sheet.names.load('items/name'),
    model: isModelSheet(sheet.name)
      ? {
          mark: sheet.customProperties.getItemOrNullObject(GENERATED_PROPERTY.key).load('value'),
          charts: sheet.charts.load('items/name'),
          protection: sheet.protection.load('protected'),
        }
      : null,
  }));
  await sync();
  return {
    structureProtected: structure.protected,
    sheets: perSheet.map(({ sheet, scoped, model }) => {
      const generated =
        model !== null && !model.mark.isNullObject && model.mark.value === GENERATED_PROPERTY.value;
      return {
        name: sheet.name,
        generated,
        charts: generated && model ? model.charts.items.map((c) => c.name) : [],
        protected: model?.protection.protected === true,
        scopedNames: scoped.items.map((n) => n.name),
      };
    }),
    names: names.items.map((n) => ({ name: n.name, comment: n.comment, formula: n.formula })),
  };
};
