import type { FactId } from '../facts/fact.js';
import type { ConstantId } from '../model/constants.js';
import type { InputId } from '../model/inputs.js';
import type { LineId } from '../model/lines.js';

/** The defined name of a line's row of yearly values: its id with "." replaced by "_". @example lineName('cash.end') // "cash_end" */
export const lineName = (id: LineId): string => id.replaceAll('.', '_');

/** The defined name of an input's live cell. @example inputName('growthFade') // "in_growthFade" */
export const inputName = (id: InputId): string => `in_${id}`;

/** The defined name of a fact's value (or year) cell on the Sources sheet. @example factName('F7', 'value') // "fact_F7" */
export const factName = (id: FactId, field: 'value' | 'year'): string =>
  field === 'value' ? `fact_${id}` : `fact_${id}_year`;

/** The defined name of a model constant's cell. @example constantName('checkTolerance') // "const_checkTolerance" */
export const constantName = (id: ConstantId): string => `const_${id}`;

/** The defined name of the year row. */
export const YEARS_NAME = 'years';
/** The defined name of the scenario selector cell. */
export const SELECTED_SCENARIO_NAME = 'scenario_selected';
