import { CONSTANT_IDS, CONSTANTS } from '../../model/constants.js';
import { INPUT_IDS, INPUTS, type InputId } from '../../model/inputs.js';
import type { Scenario } from '../../scenarios/scenario.js';
import { UNIT_LABELS } from '../../units.js';
import { a1, absolute, columnLetter } from '../../workbook/address.js';
import { constantName, inputName, SELECTED_SCENARIO_NAME } from '../../workbook/names.js';
import type { Cell, DefinedName, ListValidation, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { formulaCell, gridWidth, numberCell, text } from './cells.js';

const SELECTOR_ROW = 4;
const HEADER_ROW = 6;
const FIRST_INPUT_ROW = HEADER_ROW + 1;
/** A Input · B Key · C Unit · D Basis · E Live · F… one column per scenario · then the reasons. */
const LIVE_COLUMN = 5;
const FIRST_SCENARIO_COLUMN = 6;
const SELECTOR_COLUMN = 3;

const rowOf = (index: number): number => FIRST_INPUT_ROW + index;
/** Model constants sit below the inputs, after a blank row and a section row. */
const FIRST_CONSTANT_ROW = rowOf(INPUT_IDS.length) + 2;

/** A scenario's value of an input as the sheet shows it: a choice input shows its option's name. */
const shownValue = (id: InputId, value: number): string | number => INPUTS[id].choices?.[value] ?? value;

/**
 * The Assumptions sheet: every input once, one column per scenario, and a live column that follows the scenario
 * chosen in the selector cell (a dropdown). The reasons sit beside the values, also per scenario.
 */
export const buildAssumptionsSheet = (scenarios: readonly Scenario[], selected: Scenario): SheetPlan => {
  const count = scenarios.length;
  const lastScenarioColumn = FIRST_SCENARIO_COLUMN + count - 1;
  const liveWhyColumn = lastScenarioColumn + 1;
  const firstWhyColumn = liveWhyColumn + 1;
  const headerRange = `${absolute(HEADER_ROW, FIRST_SCENARIO_COLUMN)}:${absolute(HEADER_ROW, lastScenarioColumn)}`;
  const pickLive = (row: number, firstColumn: number): string =>
    `INDEX($${columnLetter(firstColumn)}${row}:$${columnLetter(firstColumn + count - 1)}${row},1,MATCH(${SELECTED_SCENARIO_NAME},${headerRange},0))`;

  const rows: (readonly (Cell | null)[])[] = [
    [text('Assumptions', 'title')],
    [
      text(
        'Blue cells are inputs. None of these values is reported by the sources: each is an assumption, and the basis column names the fact it builds on.',
        'note',
      ),
    ],
    [],
    [text('Live scenario (choose from the list)', 'label'), null, text(selected.name, 'selector')],
    [text('Every formula in the workbook follows the live column (E).', 'note')],
    [
      text('Input', 'header'),
      text('Key (for scenario files)', 'header'),
      text('Unit', 'header'),
      text('Source', 'header'),
      text('Live', 'header'),
      ...scenarios.map((s) => text(s.name, 'header')),
      text('Why (live)', 'header'),
      ...scenarios.map((s) => text(`Why: ${s.name}`, 'header')),
    ],
  ];
  const validations: ListValidation[] = [
    { ref: a1(SELECTOR_ROW, SELECTOR_COLUMN), source: `=${headerRange}` },
  ];
  INPUT_IDS.forEach((id, index) => {
    const def = INPUTS[id];
    const row = rowOf(index);
    const { choices } = def;
    // A choice shows its option's name, which needs no number format.
    const format = choices ? undefined : UNIT_FORMATS[def.unit];
    // One validation per cell, like the selector's: both renderers and every host read a single cell the same way.
    if (choices)
      for (let column = FIRST_SCENARIO_COLUMN; column <= lastScenarioColumn; column++)
        validations.push({ ref: a1(row, column), values: choices });
    rows.push([
      text(def.label, 'label'),
      text(id, 'note'),
      text(UNIT_LABELS[def.unit], 'note'),
      text(def.basis ? `assumption (basis: ${def.basis})` : 'assumption', 'note'),
      formulaCell(pickLive(row, FIRST_SCENARIO_COLUMN), shownValue(id, selected.inputs[id]), format),
      ...scenarios.map((s) =>
        choices ? text(String(shownValue(id, s.inputs[id])), 'input') : numberCell(s.inputs[id], format),
      ),
      formulaCell(pickLive(row, firstWhyColumn), selected.rationale[id], undefined, 'note'),
      ...scenarios.map((s) => text(s.rationale[id], 'note')),
    ]);
  });
  rows.push([]);
  rows.push([text('Model constants (the same in every scenario: not assumptions)', 'section')]);
  for (const id of CONSTANT_IDS) {
    const def = CONSTANTS[id];
    rows.push([
      text(def.label, 'label'),
      text(id, 'note'),
      text('number', 'note'),
      text('constant', 'note'),
      numberCell(def.value),
      ...scenarios.map(() => null),
      text(def.why, 'note'),
    ]);
  }
  rows.push([]);
  rows.push([text('Scenario descriptions', 'section')]);
  for (const s of scenarios) rows.push([text(s.name, 'label'), text(s.description, 'note')]);

  return {
    name: 'Assumptions',
    rows,
    width: gridWidth(rows),
    columnWidths: [58, 24, 12, 26, 12, ...scenarios.map(() => 12), 60, ...scenarios.map(() => 40)],
    freeze: { rows: HEADER_ROW, columns: 1 },
    validations,
    // The per-scenario reasons stay on screen: with them a landscape page would shrink the text to a third.
    printColumns: liveWhyColumn,
  };
};

/** The selector cell, every input's live cell and every model constant, by name. */
export const assumptionsNames = (): readonly DefinedName[] => [
  { name: SELECTED_SCENARIO_NAME, sheet: 'Assumptions', ref: absolute(SELECTOR_ROW, SELECTOR_COLUMN) },
  ...INPUT_IDS.map((id, index) => ({
    name: inputName(id),
    sheet: 'Assumptions' as const,
    ref: absolute(rowOf(index), LIVE_COLUMN),
  })),
  ...CONSTANT_IDS.map((id, index) => ({
    name: constantName(id),
    sheet: 'Assumptions' as const,
    ref: absolute(FIRST_CONSTANT_ROW + index, LIVE_COLUMN),
  })),
];
