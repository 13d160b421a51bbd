import type { Observation } from '../../facts/fact.js';
import { BUILTIN_FACT_SET, type FactSet } from '../../facts/fact-set.js';
import { describeSourceChain, HUXIU_2026_02_20 } from '../../facts/sources.js';
import { BUILTIN_AS_OF, BUILTIN_TIMELINE } from '../../facts/vintages.js';
import { UNIT_LABELS } from '../../units.js';
import { absolute } from '../../workbook/address.js';
import { factName } from '../../workbook/names.js';
import type { Cell, DefinedName, SheetPlan } from '../../workbook/plan.js';
import { UNIT_FORMATS } from '../../workbook/styles.js';
import { COLLECTION_CLOSED } from '../facts/public-fact.js';
import { gridWidth, numberCell, text } from './cells.js';

const HEADER_ROW = 5;
const VALUE_COLUMN = 4;
const YEAR_COLUMN = 8;
const factRow = (index: number): number => HEADER_ROW + 1 + index;

/** Every vintage of every fact in sheet order (one row each): facts in the set's order, vintages oldest first. */
const vintageRows = (facts: FactSet): readonly Observation[] => [...facts.vintages.values()].flat();

/** The address of the page that reports a figure, or of the original where a facts file gives one. */
function pageAddress(f: Observation): string | undefined {
  const { via } = f.source;
  return via !== null && 'url' in via ? via.url : f.source.url;
}

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
        `Beside it, public reporting to ${COLLECTION_CLOSED} (ids P + its row id: PB8, PG7_POST): one fact per value, each as of its page's or event's date, with a confidence.`,
        'note',
      ),
    ],
    [
      text(
        `Every number here is one of these facts, a formula over them, or a labelled assumption. Facts as of ${facts.asOf ?? facts.latest}: the vintage in use is marked; formulas read it by name (fact_F9).`,
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
      'Chain',
      'As of',
      'In use',
      'Confidence',
      'Original source',
      'Address',
    ].map((h) => text(h, 'header')),
    ...vintageRows(facts).map((f) => [
      text(f.id, 'wrapped'),
      text(f.company),
      text(f.secondary ? `${f.label}; ${f.secondary.label} ≈ ${f.secondary.value}` : f.label, 'wrapped'),
      // Only the vintage in use is blue: it is the cell the model reads; the others are for the record.
      f.value === null
        ? text('—', 'note')
        : numberCell(
            f.value,
            f.unit ? UNIT_FORMATS[f.unit] : undefined,
            facts.facts.includes(f) ? 'input' : 'note',
          ),
      text(f.unit ? UNIT_LABELS[f.unit] : '—', 'noteWrapped'),
      text(`${f.qualifier} (${f.qualifierText})`, 'wrapped'),
      text(f.period, 'wrapped'),
      f.year === null ? text('—', 'note') : numberCell(f.year, '0'),
      text(f.stated, 'wrapped'),
      // The page's address has a column of its own, on screen only: printed, a long URL would take many lines.
      text(
        f.origin === 'built-in'
          ? describeSourceChain(f.source, false)
          : `${describeSourceChain(f.source, false)} (file ${f.origin})`,
        'noteWrapped',
      ),
      text(f.asOf),
      text(useOf(facts, f), facts.facts.includes(f) ? 'wrapped' : 'noteWrapped'),
      // The article's figures carry no confidence of their own: one source, the article, reports each.
      text(f.confidence ?? (f.asOf === BUILTIN_AS_OF && f.origin === 'built-in' ? 'article' : '—'), 'note'),
      text(f.source.originalDate ? `${f.source.original}, ${f.source.originalDate}` : f.source.original),
      text(pageAddress(f) ?? '—', 'note'),
    ]),
    [],
    [text('Timeline and qualitative points (not used in arithmetic)', 'section')],
    ['Date', 'Company', 'Event'].map((h) => text(h, 'header')),
    ...BUILTIN_TIMELINE.map((e) => [
      text(e.date ?? 'undated', 'label'),
      text(e.company),
      text(e.text, 'wrapped'),
    ]),
  ];
  return {
    name: 'Sources',
    rows,
    width: gridWidth(rows),
    // Narrow columns whose text wraps, so that the printed ones fit one page wide at a legible size (about 8 pt
    // and up on a landscape page); the source chain, the longest text, gets the widest column.
    columnWidths: [9, 9, 22, 9, 6, 13, 10, 6, 13, 26, 11, 9, 9, 36, 60],
    freeze: { rows: HEADER_ROW, columns: 1 },
    validations: [],
    // The page ends at the confidence: the original source (already at the head of the chain) and the page's
    // address stay on screen.
    printColumns: 12,
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
