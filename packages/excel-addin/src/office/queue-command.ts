import type { ChartPlan, StyleSpec } from '@aifin/core/workbook';
import type { ExcelCommand } from './excel-command.js';
import { GENERATED_PROPERTY } from './marker.js';
import { applyPageLayout } from './page-layout.js';
import { splitReference } from './split-reference.js';

/**
 * Queues commands on one request context, reusing one worksheet proxy per sheet so a batch sends each `getItem`
 * once. Nothing reaches Excel until the caller syncs.
 */
export class CommandQueue {
  readonly #context: Excel.RequestContext;
  readonly #sheets = new Map<string, Excel.Worksheet>();

  constructor(context: Excel.RequestContext) {
    this.#context = context;
  }

  queue(command: ExcelCommand): void {
    const workbook = this.#context.workbook;
    switch (command.op) {
      case 'suspendCalculation':
        workbook.application.suspendApiCalculationUntilNextSync();
        return;
      case 'renameSheet': {
        const sheet = this.sheet(command.from);
        sheet.name = command.to;
        this.#sheets.delete(command.from.toLowerCase());
        this.#sheets.set(command.to.toLowerCase(), sheet);
        return;
      }
      case 'addSheet': {
        const sheet = workbook.worksheets.add(command.name);
        sheet.customProperties.add(GENERATED_PROPERTY.key, GENERATED_PROPERTY.value);
        this.#sheets.set(command.name.toLowerCase(), sheet);
        return;
      }
      case 'resetSheet': {
        const sheet = this.sheet(command.name);
        const all = sheet.getRange();
        all.clear(Excel.ClearApplyTo.all);
        all.dataValidation.clear();
        all.format.useStandardWidth = true;
        sheet.freezePanes.unfreeze();
        for (const chart of command.charts) sheet.charts.getItem(chart).delete();
        return;
      }
      case 'deleteSheet':
        this.sheet(command.name).delete();
        this.#sheets.delete(command.name.toLowerCase());
        return;
      case 'positionSheet':
        this.sheet(command.name).position = command.position;
        return;
      case 'writeGrid': {
        const range = this.sheet(command.sheet).getRange(command.address);
        // Formats first: a number format set after the values would not change how the input was parsed.
        range.numberFormat = command.numberFormat as string[][];
        range.formulas = command.formulas as (string | number)[][];
        return;
      }
      case 'style':
        applyStyle(this.sheet(command.sheet).getRange(command.address).format, command.spec);
        return;
      case 'columnWidth':
        this.sheet(command.sheet).getRange(command.address).format.columnWidth = command.points;
        return;
      case 'freeze':
        freeze(this.sheet(command.sheet), command.rows, command.columns);
        return;
      case 'validation':
        this.sheet(command.sheet).getRange(command.address).dataValidation.rule = {
          list: { inCellDropDown: true, source: command.source },
        };
        return;
      case 'colorScale': {
        const { scale } = command;
        const format = this.sheet(command.sheet)
          .getRange(scale.ref)
          .conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
        const type = Excel.ConditionalFormatColorCriterionType;
        format.colorScale.criteria = {
          minimum: { type: type.lowestValue, color: `#${scale.low}` },
          midpoint: { formula: '50', type: type.percentile, color: `#${scale.mid}` },
          maximum: { type: type.highestValue, color: `#${scale.high}` },
        };
        return;
      }
      case 'pageLayout':
        applyPageLayout(this.sheet(command.sheet), command.print);
        return;
      case 'deleteName':
        workbook.names.getItem(command.name).delete();
        return;
      case 'addName':
        workbook.names.add(command.name, command.formula, command.comment);
        return;
      case 'chart':
        this.chart(command.chart);
        return;
      case 'calculate':
        workbook.application.calculate(Excel.CalculationType.full);
        return;
      case 'activate':
        this.sheet(command.sheet).activate();
        return;
    }
  }

  private sheet(name: string): Excel.Worksheet {
    const key = name.toLowerCase();
    const known = this.#sheets.get(key);
    if (known) return known;
    const sheet = this.#context.workbook.worksheets.getItem(name);
    this.#sheets.set(key, sheet);
    return sheet;
  }

  private range(reference: string): Excel.Range {
    const { sheet, address } = splitReference(reference);
    return this.sheet(sheet).getRange(address);
  }

  /** A native chart built series by series, so names, values and categories are exactly the plan's. */
  private chart(plan: ChartPlan): void {
    const [first, ...rest] = plan.series;
    if (!first) return;
    const categories = this.range(plan.categories);
    // A series is a row of years, or a column (a tornado's changes, a series by date): one series from the first
    // range either way.
    const chart = this.sheet(plan.sheet).charts.add(
      CHART_TYPES[plan.type],
      this.range(first.values),
      plan.type === 'tornado' || isColumnRange(first.values)
        ? Excel.ChartSeriesBy.columns
        : Excel.ChartSeriesBy.rows,
    );
    chart.name = plan.title;
    chart.title.text = plan.title;
    const series = chart.series.getItemAt(0);
    series.name = first.name;
    series.setValues(this.range(first.values));
    series.setXAxisValues(categories);
    const all = [series];
    for (const next of rest) {
      const added = chart.series.add(next.name);
      added.setValues(this.range(next.values));
      added.setXAxisValues(categories);
      all.push(added);
    }
    if (plan.type === 'fan')
      // Stacked areas: the base is left unfilled, each band filled in its colour, the median drawn as a line.
      plan.series.forEach((part, i) => {
        const target = all[i];
        if (target === undefined) return;
        const color = part.color === undefined ? undefined : `#${part.color}`;
        if (part.role === 'base') target.format.fill.clear();
        else if (part.role === 'band' && color !== undefined) target.format.fill.setSolidColor(color);
        else if (part.role === 'line') {
          target.chartType = Excel.ChartType.line;
          if (color !== undefined) target.format.line.color = color;
        }
      });
    if (plan.type === 'tornado') {
      // One bar per input either side of zero: the low and high halves overlap fully. A bar chart draws its first
      // category at the bottom, so the order is reversed to put the largest swing on top; the value axis then
      // crosses at the last category (the bottom), and the input names sit at the left edge, clear of the bars.
      series.overlap = 100;
      series.gapWidth = 40;
      const axis = chart.axes.categoryAxis;
      axis.reversePlotOrder = true;
      axis.position = Excel.ChartAxisPosition.maximum;
      axis.tickLabelPosition = Excel.ChartAxisTickLabelPosition.low;
    }
    if (plan.blanks === 'span') chart.displayBlanksAs = Excel.ChartDisplayBlanksAs.interplotted;
    chart.setPosition(plan.from, plan.to);
  }
}

/** True for a range within one column of several rows ("'Competitors'!$B$6:$B$14"). */
function isColumnRange(reference: string): boolean {
  const match = /!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(reference);
  return match !== null && match[1] === match[3] && match[2] !== match[4];
}

/** The native chart type of each planned chart type. */
const CHART_TYPES = {
  stackedColumn: 'ColumnStacked',
  line: 'Line',
  tornado: 'BarClustered',
  fan: 'AreaStacked',
} as const satisfies Record<ChartPlan['type'], `${Excel.ChartType}`>;

const applyStyle = (format: Excel.RangeFormat, spec: StyleSpec): void => {
  if (spec.bold !== undefined) format.font.bold = spec.bold;
  if (spec.italic !== undefined) format.font.italic = spec.italic;
  if (spec.size !== undefined) format.font.size = spec.size;
  if (spec.fontColor !== undefined) format.font.color = `#${spec.fontColor}`;
  if (spec.fill !== undefined) format.fill.color = `#${spec.fill}`;
  if (spec.align !== undefined) format.horizontalAlignment = HORIZONTAL_ALIGNMENT[spec.align];
  if (spec.wrap === true) {
    format.wrapText = true;
    format.verticalAlignment = 'Top';
  }
};

const HORIZONTAL_ALIGNMENT = { left: 'Left', center: 'Center', right: 'Right' } as const;

const freeze = (sheet: Excel.Worksheet, rows: number, columns: number): void => {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else sheet.freezePanes.freezeColumns(columns);
};
