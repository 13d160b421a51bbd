import { LINE_IDS } from '@aifin/core';
import { LookupError, shown, someOf } from './lookup-error.js';
import { textArgument } from './optional-text.js';
import { findScenario, longestEvaluation } from './scenario-lookup.js';

/**
 * `=AIFIN.LINE(lineId, year, [scenario])` without the Excel runtime: a model line's value in a year. Line ids are
 * whatever the model defines (`LINE_IDS`), matched case-insensitively. Throws {@link LookupError} for bad arguments.
 * @example lineLookup('revenue.total', 2027) // the base case's 2027 revenue, USD B
 */
export const lineLookup = (lineId: unknown, year: unknown, scenario?: unknown): number => {
  const wanted = textArgument('lineId', lineId).toLowerCase();
  const id = LINE_IDS.find((l) => l.toLowerCase() === wanted);
  if (!id)
    throw new LookupError(
      'notAvailable',
      `lineId ${shown(lineId)} is not a model line: use ${someOf(LINE_IDS)}.`,
    );
  if (typeof year !== 'number' || !Number.isInteger(year))
    throw new LookupError('invalidValue', `year must be a whole number such as 2027, got ${shown(year)}.`);
  const evaluation = longestEvaluation(findScenario(scenario));
  const { years } = evaluation;
  const index = years.indexOf(year);
  if (index < 0)
    throw new LookupError(
      'notAvailable',
      `year ${year} is outside the model (${years[0]}–${years[years.length - 1]}).`,
    );
  const value = evaluation.lines[id][index];
  if (value === null || value === undefined)
    throw new LookupError('notAvailable', `lineId "${id}" has no value in year ${year}.`);
  return value;
};
