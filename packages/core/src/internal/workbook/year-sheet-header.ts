import type { Evaluation } from '../../model/evaluate.js';
import { SELECTED_SCENARIO_NAME } from '../../workbook/names.js';
import type { Cell } from '../../workbook/plan.js';
import { formulaCell, text } from './cells.js';
import { MODEL_HEADER_ROW } from './model-layout.js';
import { periodMarks, yearHeaderCell } from './period-marks.js';

/**
 * The head of a sheet laid out by year (the model sheets and the Plan sheet): title, the live scenario, a note with
 * the actual/estimate marks over the year columns, and the Line / Unit / Source / years header. It is shared so the
 * header lands on `MODEL_HEADER_ROW` on every such sheet, which the cross-sheet row references rely on.
 */
export function yearSheetHeader(
  title: string,
  note: string,
  evaluation: Evaluation,
): (readonly (Cell | null)[])[] {
  const { years, lastActualYear } = evaluation;
  const rows: (readonly (Cell | null)[])[] = [
    [text(title, 'title')],
    [
      text('Scenario', 'label'),
      formulaCell(SELECTED_SCENARIO_NAME, evaluation.scenario, undefined, 'status'),
    ],
    [text(note, 'note'), null, null, ...periodMarks(years, lastActualYear)],
    [
      text('Line', 'header'),
      text('Unit', 'header'),
      text('Source', 'header'),
      ...years.map((y) => yearHeaderCell(y, lastActualYear)),
    ],
  ];
  if (rows.length !== MODEL_HEADER_ROW) throw new Error('the year-sheet header must end on MODEL_HEADER_ROW');
  return rows;
}
