import type { Observation } from '../facts/fact.js';
import { BUILTIN_FACT_SET, type FactSet } from '../facts/fact-set.js';
import { TIMELINE } from '../facts/facts.js';
import { describeSourceChain, HUXIU_2026_02_20 } from '../facts/sources.js';
import { UNIT_LABELS } from '../units.js';
import { absolute } from './address.js';
import { gridWidth, numberCell, text } from './cells.js';
import { factName } from './names.js';
import type { Cell, DefinedName, SheetPlan } from './plan.js';
import { UNIT_FORMATS } from './styles.js';

const HEADER_ROW = 4;
const VALUE_COLUMN = 4;
const YEAR_COLUMN = 8;
const factRow = (index: number): number => HEADER_ROW + 1 + index;

/** Every vintage of every fact in sheet order (one row each): facts in the set's order, vintages oldest first. */
const vintageRows = (facts: FactSet): readonly Observation[] => [...facts.vintages.values()].flat();

/** What the "In use" column says of a vintage: the model reads the one marked in use, by its name. */
const useOf = (facts: FactSet, observation: Observation): string => {
  if (facts.facts.includes(observation)) return '● in use';
  if (facts.asOf !== null && observation.asOf > facts.asOf) return `not yet known on ${facts.asOf}`;
  return 'superseded';
};

/**
 * The Sources sheet: every vintage of every fact with its qualifier, as-of date and source chain, the one in use
 * marked (its value cell holds the fact's name, so every formula reads the value in use); then the timeline.
 */
export const buildSourcesSheet = (facts: FactSet = BUILTIN_FACT_SET): SheetPlan => {
  const article = HUXIU_2026_02_20;
  const rows: (readonly (Cell | null)[])[] = [
    [text('Sources', 'title')],
    [
      text(
        `${article.publisher}, ${article.author}, ${article.published}: “${article.headline}” (${article.headlineEnglish})`,
        'note',
      ),
    ],
    [
      text(
        `Every number in this workbook is one of these facts, a formula over them, or a labelled assumption. Facts as of ${facts.asOf ?? facts.latest}: each fact's vintage in use is marked; formulas read it by name (fact_F9).`,
        'note',
      ),
    ],
    [
      'ID',
      'Company',
      'What',
      'Value',
      'Unit',
      'Qualifier',
      'Period',
      'Year',
      'As stated',
      'Original source',
      'Chain',
      'As of',
      'In use',
    ].map((h) => text(h, 'header')),
    ...vintageRows(facts).map((f) => [
      text(f.id, 'label'),
      text(f.company),
      text(f.secondary ? `${f.label}; ${f.secondary.label} ≈ ${f.secondary.value}` : f.label),
      // Only the vintage in use is blue: it is the cell the model reads; the others are for the record.
      f.value === null
        ? text('—', 'note')
        : numberCell(
            f.value,
            f.unit ? UNIT_FORMATS[f.unit] : undefined,
            facts.facts.includes(f) ? 'input' : 'note',
          ),
      text(f.unit ? UNIT_LABELS[f.unit] : '—', 'note'),
      text(`${f.qualifier} (${f.qualifierText})`),
      text(f.period),
      f.year === null ? text('—', 'note') : numberCell(f.year, '0'),
      text(f.stated),
      text(f.source.originalDate ? `${f.source.original}, ${f.source.originalDate}` : f.source.original),
      text(
        f.origin === 'built-in'
          ? describeSourceChain(f.source)
          : `${describeSourceChain(f.source)} (file ${f.origin})`,
        'note',
      ),
      text(f.asOf),
      text(useOf(facts, f), facts.facts.includes(f) ? 'label' : 'note'),
    ]),
    [],
    [text('Timeline and qualitative points (not used in arithmetic)', 'section')],
    ['Date', 'Company', 'Event'].map((h) => text(h, 'header')),
    ...TIMELINE.map((e) => [text(e.date ?? 'undated', 'label'), text(e.company), text(e.text)]),
  ];
  return {
    name: 'Sources',
    rows,
    width: gridWidth(rows),
    columnWidths: [10, 11, 52, 10, 9, 30, 22, 7, 28, 40, 60, 11, 24],
    freeze: { rows: HEADER_ROW, columns: 1 },
    validations: [],
    // The page ends at the last column: a long source chain overflowing past it would shrink the whole page.
    printColumns: 11,
  };
};

/** The names of one row's value and year cells. */
const namesOf = (f: Observation, index: number): readonly DefinedName[] => [
  ...(f.value === null
    ? []
    : [
        {
          name: factName(f.id, 'value'),
          sheet: 'Sources' as const,
          ref: absolute(factRow(index), VALUE_COLUMN),
        },
      ]),
  ...(f.year === null
    ? []
    : [
        {
          name: factName(f.id, 'year'),
          sheet: 'Sources' as const,
          ref: absolute(factRow(index), YEAR_COLUMN),
        },
      ]),
];

/** `fact_F7` for the value cell of each fact's vintage in use, and `fact_F4_year` for its year cell. */
export const sourcesNames = (facts: FactSet = BUILTIN_FACT_SET): readonly DefinedName[] =>
  vintageRows(facts).flatMap((f, index) => (facts.facts.includes(f) ? namesOf(f, index) : []));
