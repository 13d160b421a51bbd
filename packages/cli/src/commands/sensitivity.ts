import {
  analysisErrors,
  DEFAULT_SENSITIVITY_METRICS,
  getLine,
  inputRanges,
  type Metric,
  modelForFacts,
  NOT_REACHED,
  parseHorizon,
  parseMetric,
  type SensitivityGrid,
  SUMMARY_FIGURES,
  sensitivityGrid,
  type Tornado,
  tornado,
  type Unit,
  userErrors,
} from '@aifin/core';
import { parseAxis } from '../analysis/parse-args.js';
import { tornadoBar } from '../analysis/pictures.js';
import { type FactsFlags, loadFactSet } from '../facts/load-fact-set.js';
import type { Io } from '../io.js';
import { textField } from '../render/csv-field.js';
import { formatValue } from '../render/format-value.js';
import { renderTable, type TableLayout } from '../render/table.js';
import { resolveScenarios } from '../scenarios/resolve-scenarios.js';
import { tableFit } from '../screen-width.js';

type Fit = NonNullable<TableLayout['fit']>;

/** `aifin sensitivity` flags, as typed. */
export interface SensitivityOptions extends FactsFlags {
  readonly scenario?: string | undefined;
  readonly horizon?: string | undefined;
  readonly x?: string | undefined;
  readonly y?: string | undefined;
  readonly metric?: string | undefined;
  readonly tornado: boolean;
  readonly json: boolean;
  readonly csv: boolean;
  /** `--wide`: draw the table at full width rather than in blocks that fit the screen. */
  readonly wide?: boolean | undefined;
}

const unitOf = (metric: Metric): Unit =>
  metric.kind === 'line'
    ? getLine(metric.id).unit
    : (SUMMARY_FIGURES.find((f) => f.key === metric.key)?.unit ?? 'usdB');

const shown = (value: number | null, unit: Unit): string =>
  value === null ? NOT_REACHED : formatValue(value, unit);
const csvNumber = (value: number | null): string => (value === null ? '' : String(value));

const gridTable = (result: SensitivityGrid, unit: Unit, fit: Fit): string =>
  `${result.metric} by ${result.y.input} (rows) and ${result.x.input} (columns), scenario ${result.scenario}\n` +
  renderTable(
    [`${result.y.input} \\ ${result.x.input}`, ...result.x.values.map(String)],
    result.grid.map((row, yi) => [String(result.y.values[yi]), ...row.map((v) => shown(v, unit))]),
    { alignRight: result.x.values.map((_, i) => i + 1), fit: { ...fit, keep: 1 } },
  );

const gridCsv = (result: SensitivityGrid): string =>
  [
    [textField(`${result.y.input}\\${result.x.input}`), ...result.x.values.map(String)].join(','),
    ...result.grid.map((row, yi) => [String(result.y.values[yi]), ...row.map(csvNumber)].join(',')),
  ]
    .map((line) => `${line}\r\n`)
    .join('');

/** Characters of a tornado bar on a terminal: ten either side of the scenario's value. */
const TORNADO_BAR_WIDTH = 21;

/** The tornado as a table; on a terminal, each row with its bar on a scale shared by all (a pipe gets the plain table). */
const tornadoTable = (result: Tornado, unit: Unit, pictures: boolean, fit: Fit): string => {
  const reach = Math.max(
    0,
    ...result.bars.map((b) => Math.max(Math.abs(b.changeAtLow), Math.abs(b.changeAtHigh))),
  );
  return (
    `${result.metric}, scenario ${result.scenario}: ${shown(result.base, unit)} at the scenario's values; each input at ` +
    'the low and high end of its range, the others held\n' +
    renderTable(
      [
        'rank',
        'input',
        'low',
        'high',
        'metric at low',
        'metric at high',
        'swing',
        ...(pictures ? ['input at low ░ ┃ █ at high'] : []),
      ],
      result.bars.map((bar, i) => [
        String(i + 1),
        bar.input,
        String(bar.low),
        String(bar.high),
        shown(bar.atLow, unit),
        shown(bar.atHigh, unit),
        formatValue(bar.swing, unit === 'year' ? 'years' : unit),
        ...(pictures ? [tornadoBar(bar.changeAtLow, bar.changeAtHigh, reach, TORNADO_BAR_WIDTH)] : []),
      ]),
      { alignRight: [0, 2, 3, 4, 5, 6], fit: { ...fit, keep: 2 } },
    )
  );
};

const tornadoCsv = (result: Tornado): string =>
  [
    'rank,input,low,high,atLow,atHigh,swing,changeAtLow,changeAtHigh',
    ...result.bars.map((bar, i) =>
      [
        String(i + 1),
        textField(bar.input),
        bar.low,
        bar.high,
        csvNumber(bar.atLow),
        csvNumber(bar.atHigh),
        bar.swing,
        bar.changeAtLow,
        bar.changeAtHigh,
      ].join(','),
    ),
  ]
    .map((line) => `${line}\r\n`)
    .join('');

/**
 * A two-way grid of a metric over two inputs, or (`--tornado`) every input ranked by how far its range moves the
 * metric. Every flag is checked before anything runs; a bad one is an `AifinError` naming it.
 * @example await runSensitivity({ x: 'growthFade=0.1:0.5:5', y: 'terminalSalesRatio=0.05:0.2:4', metric: 'runwayEndYear', tornado: false, json: true, csv: false }, io)
 */
export const runSensitivity = async (options: SensitivityOptions, io: Io): Promise<number> => {
  const [resolved] = await resolveScenarios(
    {
      refs: [options.scenario ?? 'base'],
      horizon: options.horizon === undefined ? undefined : parseHorizon(options.horizon),
    },
    io.cwd,
  );
  if (resolved === undefined) throw new Error('no scenario resolved');
  const { scenario } = resolved;
  const model = modelForFacts(await loadFactSet(options, () => io.cwd));
  const years = model.yearsFor(scenario.horizon);
  if (options.tornado && options.metric === undefined) {
    // No metric named: a tornado per default metric (figures every input moves, none on the minimum-cash plug).
    const results = DEFAULT_SENSITIVITY_METRICS.map((key) => {
      const metric = parseMetric(key, scenario.horizon, years);
      return { result: tornado(scenario, metric, inputRanges(scenario), model), unit: unitOf(metric) };
    });
    io.out(
      options.json
        ? `${JSON.stringify(
            results.map((r) => r.result),
            null,
            2,
          )}\n`
        : options.csv
          ? results
              .map(({ result }, i) =>
                tornadoCsv(result)
                  .split('\r\n')
                  .filter(Boolean)
                  .slice(i === 0 ? 0 : 1)
                  .map((line, j) => `${i === 0 && j === 0 ? 'metric' : textField(result.metric)},${line}\r\n`)
                  .join(''),
              )
              .join('')
          : results
              .map(({ result, unit }) =>
                tornadoTable(result, unit, io.outIsTerminal === true, tableFit(io, options.wide, 1)),
              )
              .join('\n'),
    );
    return 0;
  }
  const metric = parseMetric(
    options.metric ?? (DEFAULT_SENSITIVITY_METRICS[0] as string),
    scenario.horizon,
    years,
  );
  const unit = unitOf(metric);
  if (options.tornado) {
    // The tornado varies every input over its own range: an axis given with it would be ignored.
    for (const [flag, value] of [
      ['--x', options.x],
      ['--y', options.y],
    ] as const)
      if (value !== undefined)
        throw userErrors.flagWithoutEffect(
          flag,
          value,
          'with --tornado, which varies every input over its range',
        );
    const result = tornado(scenario, metric, inputRanges(scenario), model);
    io.out(
      options.json
        ? `${JSON.stringify(result, null, 2)}\n`
        : options.csv
          ? tornadoCsv(result)
          : tornadoTable(result, unit, io.outIsTerminal === true, tableFit(io, options.wide, 2)),
    );
    return 0;
  }
  if (options.x === undefined) throw analysisErrors.missingFlag('--x');
  if (options.y === undefined) throw analysisErrors.missingFlag('--y');
  const x = parseAxis('x', options.x);
  const y = parseAxis('y', options.y);
  if (x.input === y.input) throw analysisErrors.sameAxis(x.input);
  const result = sensitivityGrid(scenario, metric, x, y, model);
  io.out(
    options.json
      ? `${JSON.stringify(result, null, 2)}\n`
      : options.csv
        ? gridCsv(result)
        : gridTable(result, unit, tableFit(io, options.wide, 1)),
  );
  return 0;
};
