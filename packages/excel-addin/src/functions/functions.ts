/**
 * The `=AIFIN.*` custom functions. This file is the one `custom-functions-metadata` reads: each function's JSDoc
 * (`@customfunction ID`, `@param`, `@returns`) becomes its entry in dist/functions.json, so the metadata Excel shows
 * cannot drift from the code. The functions are thin: the lookups live beside this file, pure and tested alone.
 */
import { factLookup, factsTable } from './fact-lookup.js';
import { lineLookup } from './line-lookup.js';
import { summaryLookup } from './summary-lookup.js';
import { toExcelError } from './to-excel-error.js';

/**
 * A sourced fact's value or one of its fields.
 * @customfunction FACT
 * @param id Fact id, F1 to F17.
 * @param [field] value (default), unit, qualifier, period, source or asOf.
 * @returns The fact's number, or the field's text.
 */
export function fact(id: string, field?: string): number | string {
  try {
    return factLookup(id, field);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A model line in a year, e.g. revenue.total in 2027.
 * @customfunction LINE
 * @param lineId Model line id, such as revenue.total, operatingIncome or cash.end.
 * @param year Model year, 2023 to the last projected year.
 * @param [scenario] bear, base (default) or bull.
 * @returns The line's value that year.
 */
export function line(lineId: string, year: number, scenario?: string): number {
  try {
    return lineLookup(lineId, year, scenario);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * A summary figure of a scenario, e.g. breakevenYear or cashAtHorizonEnd.
 * @customfunction SUMMARY
 * @param field Summary figure, such as breakevenYear, runwayEndYear or valuationToArr.
 * @param [scenario] bear, base (default) or bull.
 * @returns The figure.
 */
export function summary(field: string, scenario?: string): number {
  try {
    return summaryLookup(field, scenario);
  } catch (error) {
    throw toExcelError(error);
  }
}

/**
 * Every sourced fact as a table with a header row; spills where Excel has dynamic arrays.
 * @customfunction FACTS
 * @returns id, label, value, unit, qualifier, period, source and asOf of each fact.
 */
// biome-ignore lint/suspicious/noExplicitAny: custom-functions-metadata maps only any[][] to a mixed matrix result.
export function facts(): any[][] {
  try {
    return factsTable();
  } catch (error) {
    throw toExcelError(error);
  }
}

// The ids are the @customfunction ids above; the build checks each is registered and in functions.json.
CustomFunctions.associate('FACT', fact);
CustomFunctions.associate('LINE', line);
CustomFunctions.associate('SUMMARY', summary);
CustomFunctions.associate('FACTS', facts);
