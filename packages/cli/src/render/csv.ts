import { type Evaluation, getLine, LINE_IDS } from '@aifin/core';
import { numberField, textField } from './csv-field.js';

/** The columns of the tidy table. */
export const CSV_COLUMNS = ['scenario', 'line', 'unit', 'year', 'value'] as const;

// RFC 4180 ends records with CRLF.
const EOL = '\r\n';

/**
 * One scenario as a tidy long table, one row per line and year: `scenario,line,unit,year,value`. A year where the
 * line is not modelled has an empty value. Long rather than wide so that files of several scenarios concatenate
 * (after the header) into one table that pivots, filters and joins without reshaping, whatever each horizon.
 * @example renderCsv(evaluate(BUILTIN_SCENARIOS.base)).split('\r\n')[1] // "base,arr.total,usdB,2023,2"
 */
export const renderCsv = (evaluation: Evaluation): string => {
  const records = [CSV_COLUMNS.join(',')];
  for (const id of LINE_IDS) {
    const { unit } = getLine(id);
    const series = evaluation.lines[id];
    evaluation.years.forEach((year, index) => {
      records.push(
        [
          textField(evaluation.scenario),
          textField(id),
          textField(unit),
          numberField(year),
          numberField(series[index] ?? null),
        ].join(','),
      );
    });
  }
  return records.join(EOL) + EOL;
};
