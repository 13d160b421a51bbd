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
import { renderTable } from '../render/table.js';
import { resolveScenarios } from '../scenarios/resolve-scenarios.js';

/** `aifin project` flags. */
export interface ProjectOptions extends FactsFlags {
  /** A built-in scenario name or a scenario file; default base. */
  readonly scenario?: string | undefined;
  /** Projected years after 2025, overriding the scenario's own. */
  readonly horizon?: string | undefined;
  /** Print the JSON document instead of tables. */
  readonly json: boolean;
}

/** The lines a reader looks at first; the JSON and the exports carry every line. */
const MAIN_LINES: readonly LineId[] = [
  'arr.total',
  'arr.enterprise',
  'arr.api',
  'arr.consumer',
  'revenue.total',
  'costs.total',
  'depreciation',
  'operatingIncome',
  'operatingMargin',
  'capex',
  'freeCashFlow',
  'funding',
  'funding.gap',
  'cash.end',
  'valuation.multiple',
  'valuation',
  'equityValue',
];

/** The main lines by year; on a terminal, each with a sparkline of its years (a pipe gets the plain table). */
const linesTable = (evaluation: Evaluation, pictures: boolean): string =>
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
    { alignRight: evaluation.years.map((_, i) => i + 2) },
  );

/** Every summary figure, labelled as on the Cover (one definition for both). */
const summaryTable = ({ summary }: Evaluation): string =>
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
  );

const checksTable = ({ checks }: Evaluation): string =>
  renderTable(
    ['check', 'status', 'finding'],
    checks.map((check) => [check.id, check.status, check.message]),
    { widths: [24, 8, 80], ruled: true },
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
  io.out(linesTable(evaluation, io.outIsTerminal === true));
  io.out(summaryTable(evaluation));
  io.out(checksTable(evaluation));
  return 0;
};
