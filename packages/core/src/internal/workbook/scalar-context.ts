import { FIRST_HISTORY_YEAR } from '../../model/calendar.js';
import type { LineValues } from '../../model/compile-model.js';
import { LINES, type LineId } from '../../model/lines.js';
import type { ScalarContext } from '../../model/scalar-formulas.js';
import { absolute, qualified } from '../../workbook/address.js';
import { constantName, factName, inputName, lineName, YEARS_NAME } from '../../workbook/names.js';
import { FIRST_YEAR_COLUMN, lineRow, MODEL_HEADER_ROW } from './model-layout.js';

const FIRST_INDEX = new Map(LINES.map((def) => [def.id, def.from - FIRST_HISTORY_YEAR]));

/**
 * Where each line's first modelled year sits in an evaluation (its first non-null value): a model rolled forward by
 * an ARR actual starts its growth path a year later than the built-in lines say.
 * @example firstIndexOf(evaluate(BUILTIN_SCENARIOS.base).lines).get('growth.api') // 3
 */
export const firstIndexOf = (lines: LineValues): ReadonlyMap<LineId, number> =>
  new Map(
    (Object.entries(lines) as [LineId, LineValues[LineId]][]).map(([id, series]) => [
      id,
      Math.max(
        0,
        series.findIndex((v) => v !== null),
      ),
    ]),
  );

/**
 * Where summary figures and checks find the model in the workbook, for sheets other than the model sheets (the
 * Cover, the Checks sheet): lines by their defined names or sheet-qualified spans, inputs, facts and constants by
 * name.
 */
export const scalarContext = (
  years: readonly number[],
  firstIndex: ReadonlyMap<LineId, number> = FIRST_INDEX,
): ScalarContext => ({
  lastIndex: years.length - 1,
  lineName,
  yearsName: YEARS_NAME,
  lineCell: (id, index) => {
    const { sheet, row } = lineRow(id);
    return qualified(sheet, absolute(row, FIRST_YEAR_COLUMN + index));
  },
  lineSpan: (id, from, to) => {
    const { sheet, row } = lineRow(id);
    return qualified(
      sheet,
      `${absolute(row, FIRST_YEAR_COLUMN + from)}:${absolute(row, FIRST_YEAR_COLUMN + to)}`,
    );
  },
  firstIndex,
  yearCell: (index) => qualified('Revenue Mix', absolute(MODEL_HEADER_ROW, FIRST_YEAR_COLUMN + index)),
  inputName,
  factName,
  constantName,
  lineRow: lineName,
  yearRow: YEARS_NAME,
});
