import {
  type Evaluation,
  escapeForTerminal,
  evaluate,
  getLine,
  type LineId,
  modelForFacts,
  NOT_REACHED,
  parseHorizon,
  SUMMARY_FIGURES,
  UNIT_LABELS,
} from '@aifin/core';
import { sparkline } from '../analysis/pictures.js';
import { type FactsFlags, loadFactSet } from '../facts/load-fact-set.js';
import type { Io } from '../io.js';
import { formatValue } from '../render/format-value.js';
import { renderJson } from '../render/json.js';
import { renderTable, type TableLayout } from '../render/table.js';
import { resolveScenarios } from '../scenarios/resolve-scenarios.js';
import { tableFit } from '../screen-width.js';

type Fit = NonNullable<TableLayout['fit']>;

/** `aifin project` flags. */
export interface ProjectOptions extends FactsFlags {
  /** A built-in scenario name or a scenario file; default base. */
  readonly scenario?: string | undefined;
  /** Projected years after 2025, overriding the scenario's own. */
  readonly horizon?: string | undefined;
  /** Print the JSON document instead of tables. */
  readonly json: boolean;
  /** `--wide`: draw the tables at full width rather than in blocks that fit the screen. */
  readonly wide?: boolean | undefined;
}

/** The lines a reader looks at first; the JSON and the exports carry every line. */
const MAIN_LINES: readonly LineId[] = [
  'arr.total',
  'arr.enterprise',
  'arr.api',
  'arr.consumer',
  'revenue.total',
  'grossMargin',
  'compute.spend',
  'costs.total',
  'operatingIncome',
  'operatingMargin',
  'freeCashFlow',
  'funding',
  'funding.gap',
  'cash.end',
  'valuation.multiple',
  'valuation.ev',
  'equityValue',
  'ownership.roundHolders',
];

/** The main lines by year; on a terminal, each with a sparkline of its years (a pipe gets the plain table). */
const linesTable = (evaluation: Evaluation, pictures: boolean, fit: Fit): string =>
  renderTable(
    ['line', 'unit', ...evaluation.years.map(String), ...(pictures ? ['trend'] : [])],
    MAIN_LINES.map((id) => {
      const { label, unit } = getLine(id);
      const series = evaluation.lines[id];
      return [
        label,
        UNIT_LABELS[unit],
        ...series.map((value) => formatValue(value, unit)),
        ...(pictures ? [sparkline(series)] : []),
      ];
    }),
    // Years in blocks that fit the screen, each repeating the line and its unit.
    { alignRight: evaluation.years.map((_, i) => i + 2), fit: { ...fit, keep: 2, wrapFirst: 28 } },
  );

/** Every summary figure, labelled as on the Cover (one definition for both). */
const summaryTable = ({ summary }: Evaluation, fit: Fit): string =>
  renderTable(
    ['summary', 'value', 'unit'],
    SUMMARY_FIGURES.filter((figure) => figure.key !== 'horizonEndYear').map((figure) => {
      const value = summary[figure.key];
      return [
        figure.label(summary.horizonEndYear),
        value === null ? NOT_REACHED : formatValue(value, figure.unit),
        UNIT_LABELS[figure.unit],
      ];
    }),
    { fit: { ...fit, wrapFirst: 36 } },
  );

const checksTable = ({ checks }: Evaluation, fit: Fit): string =>
  renderTable(
    ['check', 'status', 'finding'],
    checks.map((check) => [check.id, check.status, check.message]),
    { widths: [24, 8, 80], ruled: true, fit },
  );

/**
 * Projects one scenario: tables of the main lines by year, the summary and the checks, or the JSON document.
 * @example await runProject({ scenario: 'bull', horizon: '8', json: true }, nodeIo()) // 0
 */
export const runProject = async (options: ProjectOptions, io: Io): Promise<number> => {
  const [resolved] = await resolveScenarios(
    {
      refs: [options.scenario ?? 'base'],
      horizon: options.horizon === undefined ? undefined : parseHorizon(options.horizon),
    },
    io.cwd,
  );
  if (resolved === undefined) throw new Error('no scenario resolved');
  const facts = await loadFactSet(options, () => io.cwd);
  const evaluation = evaluate(resolved.scenario, modelForFacts(facts));
  if (options.json) {
    io.out(renderJson(evaluation, resolved.scenario, facts));
    return 0;
  }
  io.out(`Scenario ${resolved.scenario.name}: ${escapeForTerminal(resolved.scenario.description)}\n`);
  io.out(
    `Facts as of ${facts.asOf ?? facts.latest}; actuals to ${evaluation.lastActualYear}, projected from ${evaluation.lastActualYear + 1}.\n`,
  );
  const fit = tableFit(io, options.wide, 1);
  io.out(linesTable(evaluation, io.outIsTerminal === true, fit));
  io.out(summaryTable(evaluation, fit));
  io.out(checksTable(evaluation, fit));
  return 0;
};
