import { FACTS, TIMELINE } from '../facts/facts.js';
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

/** The Sources sheet: every fact with its qualifier and source chain, then the timeline of events. */
export const buildSourcesSheet = (): SheetPlan => {
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
        'Every number in this workbook is one of these facts, a formula over them, or a labelled assumption.',
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
    ].map((h) => text(h, 'header')),
    ...FACTS.map((f) => [
      text(f.id, 'label'),
      text(f.company),
      text(f.secondary ? `${f.label}; ${f.secondary.label} ≈ ${f.secondary.value}` : f.label),
      f.value === null ? text('—', 'note') : numberCell(f.value, f.unit ? UNIT_FORMATS[f.unit] : undefined),
      text(f.unit ? UNIT_LABELS[f.unit] : '—', 'note'),
      text(`${f.qualifier} (${f.qualifierText})`),
      text(f.period),
      f.year === null ? text('—', 'note') : numberCell(f.year, '0'),
      text(f.stated),
      text(f.source.originalDate ? `${f.source.original}, ${f.source.originalDate}` : f.source.original),
      text(describeSourceChain(f.source), 'note'),
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
    columnWidths: [10, 11, 52, 10, 9, 30, 22, 7, 28, 40, 60],
    freeze: { rows: HEADER_ROW, columns: 1 },
    validations: [],
    // The page ends at the last column: a long source chain overflowing past it would shrink the whole page.
    printColumns: 11,
  };
};

/** `fact_F7` for each fact's value cell, and `fact_F4_year` for each year cell. */
export const sourcesNames = (): readonly DefinedName[] =>
  FACTS.flatMap((f, index) => [
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
  ]);
