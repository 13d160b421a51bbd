import { BUILTIN_ORIGIN, type Company, type MetricKind, type Observation } from '../facts/fact.js';
import { BUILTIN_FACT_SET, type FactSet } from '../facts/fact-set.js';
import { METRIC_LABELS } from '../facts/metric-labels.js';
import { UNIT_LABELS } from '../units.js';
import { formulaCell, gridWidth, text } from './cells.js';
import { factName } from './names.js';
import type { Cell, SheetPlan } from './plan.js';
import { UNIT_FORMATS } from './styles.js';

/** The companies side by side, in column order. */
const COMPANIES: readonly Company[] = ['OpenAI', 'Anthropic'];

/** The comparisons the sheet is built around, in order, with the heading each sits under. */
const SECTIONS: readonly { readonly heading: string; readonly kinds: readonly MetricKind[] }[] = [
  { heading: 'Funding rounds and valuations', kinds: ['funding', 'valuation'] },
  { heading: 'Share of enterprise LLM spend', kinds: ['market-share'] },
  { heading: 'Models: benchmark and price / performance', kinds: ['benchmark', 'price-performance'] },
];

/** The note on what F14 and F15 measure, so that nobody reads them as revenue shares. */
export const SHARE_NOTE =
  'The shares are shares of enterprise spend on LLMs (Menlo Ventures): what enterprises pay for models, not either company’s revenue, and not consumer use; a larger share is not a larger business.';

const HEADER = ['Metric', 'OpenAI', 'OpenAI fact', 'Anthropic', 'Anthropic fact', 'Unit'];

/** A value cell linked to the fact's named cell on Sources, so the sheet follows the vintage in use. */
const linked = (fact: Observation | undefined): readonly (Cell | null)[] =>
  fact && fact.value !== null
    ? [
        formulaCell(factName(fact.id, 'value'), fact.value, fact.unit ? UNIT_FORMATS[fact.unit] : undefined),
        text(
          `${fact.id}: ${fact.label}${fact.period ? ` (${fact.period})` : ''}${
            // F17's second figure (performance relative to the flagship) has no cell of its own: it is stated here
            // as the source gives it.
            fact.secondary ? `; ${fact.secondary.label} ≈ ${fact.secondary.value}` : ''
          }`,
          'note',
        ),
      ]
    : [text('—', 'note'), null];

/** Rows of one kind: the i-th fact of each company side by side. */
const kindRows = (facts: readonly Observation[], kind: MetricKind): (readonly (Cell | null)[])[] => {
  const of = COMPANIES.map((company) => facts.filter((f) => f.kind === kind && f.company === company));
  const count = Math.max(...of.map((list) => list.length));
  return Array.from({ length: count }, (_, i) => {
    const [openAi, anthropic] = of.map((list) => list[i]);
    const unit = (openAi ?? anthropic)?.unit ?? null;
    return [
      text(METRIC_LABELS[kind], 'label'),
      ...linked(openAi),
      ...linked(anthropic),
      text(unit ? UNIT_LABELS[unit] : '—', 'note'),
    ];
  });
};

/** The kinds the fixed sections cover. */
const COVERED = new Set(SECTIONS.flatMap((s) => s.kinds));

/**
 * The Competitors sheet: OpenAI and Anthropic side by side from the facts in use (rounds and valuations, shares of
 * enterprise LLM spend F15 vs F14, model benchmark and price / performance F16–F17), then whatever the facts files
 * add for either company. Every figure is a formula reading its named fact on Sources.
 */
export const buildCompetitorsSheet = (facts: FactSet = BUILTIN_FACT_SET): SheetPlan => {
  const numeric = facts.facts.filter((f) => f.value !== null);
  // The article's own OpenAI operating figures (ARR, losses, mix, compute) and their newer vintages drive the model
  // sheets; a fact a facts file brings of its own (its first vintage is not built in) is news about a company.
  const isNew = (f: Observation) => facts.vintages.get(f.id)?.[0]?.origin !== BUILTIN_ORIGIN;
  const added = numeric.filter((f) => isNew(f) && !COVERED.has(f.kind));
  const addedKinds = [...new Set(added.map((f) => f.kind))];
  const rows: (readonly (Cell | null)[])[] = [
    [text('Competitors', 'title')],
    [
      text(
        `OpenAI and Anthropic side by side, from the facts as of ${facts.asOf ?? facts.latest}. Every figure is a link to its fact on Sources (its qualifier and source are there).`,
        'note',
      ),
    ],
    [text(SHARE_NOTE, 'note')],
    HEADER.map((h) => text(h, 'header')),
    ...SECTIONS.flatMap(({ heading, kinds }) => [
      [text(heading, 'section')],
      ...kinds.flatMap((kind) => kindRows(numeric, kind)),
    ]),
    ...(addedKinds.length === 0
      ? []
      : [[text('Added by facts files', 'section')], ...addedKinds.flatMap((kind) => kindRows(added, kind))]),
  ];
  return {
    name: 'Competitors',
    rows,
    width: gridWidth(rows),
    columnWidths: [30, 12, 44, 12, 44, 10],
    freeze: { rows: 4, columns: 1 },
    validations: [],
  };
};
