import { boxAddress } from './a1.js';
import { FakeClientObject, FakeCollection } from './client-object.js';
import { FAKE_EXCEL_ENUMS } from './enums.js';
import { accessDenied, FakeOfficeError } from './fake-error.js';
import { type FakeRange, qualifiedReference } from './fake-range.js';
import { rangeArgument } from './fake-worksheets.js';
import type { FakeChart, FakeSeries, FakeSheet } from './workbook-state.js';

/** What a chart proxy stands for: a chart on its sheet. */
export interface ChartTarget {
  readonly sheet: FakeSheet;
  readonly chart: FakeChart;
}

/** Excel's defaults for a new chart's bar group and category axis. */
const GROUP_DEFAULTS = { overlap: 0, gapWidth: 150 } as const;
const CATEGORY_AXIS_DEFAULTS = {
  reversePlotOrder: false,
  tickLabelPosition: 'NextToAxis',
  position: 'Automatic',
} as const;

/** Chart types whose series have bars, so overlap and gap width apply (Excel rejects them on other types). */
const BAR_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered']);
const AREA_TYPES = new Set(['Area', 'AreaStacked', 'AreaStacked100']);
const LINE_TYPES = new Set(['Line', 'LineMarkers']);
const COLOR = /^#[0-9A-Fa-f]{6}$/;

const invalidArgument = (what: string): FakeOfficeError =>
  new FakeOfficeError(
    'InvalidArgument',
    `The argument is invalid or missing or has an incorrect format (${what}).`,
  );

/** Checks a whole number within bounds, as Excel does for overlap and gap width. */
const checkWhole = (name: string, value: unknown, min: number, max: number): number => {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    throw invalidArgument(`${name} must be a whole number from ${min} to ${max}, not ${String(value)}`);
  return value;
};

const oneOf = (name: string, value: unknown, allowed: Readonly<Record<string, string>>): string => {
  if (typeof value !== 'string' || !Object.values(allowed).includes(value))
    throw invalidArgument(`${name} cannot be ${String(value)}`);
  return value;
};

const findChart = (sheet: FakeSheet, name: string): ChartTarget | null => {
  const chart = sheet.charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
  return chart ? { sheet, chart } : null;
};

/** A fake `Excel.ChartCollection`. */
export class FakeChartCollection extends FakeCollection<FakeSheet, ChartTarget, FakeChartObject> {
  protected readonly typeName = 'ChartCollection';

  /**
   * Adds a chart over `sourceData`, one series per row ("Rows"), per column ("Columns"), or by Excel's guess
   * ("Auto": series along the longer side).
   */
  add(type: string, sourceData: FakeRange, seriesBy = 'Auto'): FakeChartObject {
    return this.createChild(
      (path) => new FakeChartObject(this.context, path, { kind: 'bound' }),
      'add',
      [type, sourceData, seriesBy],
      (sheet) => {
        if (sheet.protected) throw accessDenied(`The sheet '${sheet.name}'`);
        const source = sourceData.resolve();
        const { box } = source;
        const byRows = seriesBy === 'Rows' || (seriesBy === 'Auto' && box.columnCount >= box.rowCount);
        const count = byRows ? box.rowCount : box.columnCount;
        const series: FakeSeries[] = Array.from({ length: count }, (_, i) => ({
          name: `Series${i + 1}`,
          values: qualifiedReference({
            sheet: source.sheet,
            box: byRows
              ? { row: box.row + i, column: box.column, rowCount: 1, columnCount: box.columnCount }
              : { row: box.row, column: box.column + i, rowCount: box.rowCount, columnCount: 1 },
          }),
          xValues: null,
        }));
        const workbook = this.context.state;
        const id = workbook.nextId++;
        const chart: FakeChart = {
          id,
          name: `Chart ${id}`,
          chartType: type,
          title: '',
          series,
          ...GROUP_DEFAULTS,
          categoryAxis: { ...CATEGORY_AXIS_DEFAULTS },
          displayBlanksAs: 'NotPlotted',
          from: null,
          to: null,
        };
        sheet.charts.push(chart);
        return { sheet, chart };
      },
    );
  }

  getItem(name: string): FakeChartObject {
    return this.createChild(
      (path) => new FakeChartObject(this.context, path, { kind: 'bound' }),
      'getItem',
      [name],
      (sheet) => {
        const found = findChart(sheet, name);
        if (!found) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
        return found;
      },
    );
  }

  protected itemsOf(sheet: FakeSheet): readonly ChartTarget[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }

  protected wrapItem(target: ChartTarget, path: string): FakeChartObject {
    return new FakeChartObject(this.context, path, { kind: 'fixed', target });
  }
}

/** A fake `Excel.Chart`. */
export class FakeChartObject extends FakeClientObject<ChartTarget> {
  protected readonly typeName = 'Chart';

  protected override protectedBy(target: ChartTarget): FakeSheet {
    return target.sheet;
  }

  get name(): string {
    return this.loadedValue('name');
  }
  set name(value: string) {
    this.queueSet('name', value, (t) => {
      if (t.sheet.charts.some((c) => c !== t.chart && c.name.toLowerCase() === value.toLowerCase()))
        throw new FakeOfficeError(
          'ItemAlreadyExists',
          'A resource with the same name or identifier already exists.',
        );
      t.chart.name = value;
    });
  }
  set chartType(value: string) {
    this.queueSet('chartType', value, (t) => {
      t.chart.chartType = value;
    });
  }

  get displayBlanksAs(): string {
    return this.loadedValue('displayBlanksAs');
  }
  set displayBlanksAs(value: string) {
    this.queueSet('displayBlanksAs', value, (t) => {
      t.chart.displayBlanksAs = oneOf('displayBlanksAs', value, FAKE_EXCEL_ENUMS.ChartDisplayBlanksAs);
    });
  }

  get title(): FakeChartTitle {
    return this.navigate(
      (path, get) => new FakeChartTitle(this.context, path, { kind: 'lazy', get }),
      'title',
    );
  }

  get series(): FakeChartSeriesCollection {
    return this.navigate(
      (path, get) => new FakeChartSeriesCollection(this.context, path, { kind: 'lazy', get }),
      'series',
    );
  }

  get axes(): FakeChartAxes {
    return this.navigate((path, get) => new FakeChartAxes(this.context, path, { kind: 'lazy', get }), 'axes');
  }

  /** Places the chart over the cells from `startCell` to `endCell` (addresses or ranges on its sheet). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this.queueCall('setPosition', endCell === undefined ? [startCell] : [startCell, endCell], (t) => {
      const workbook = this.context.state;
      t.chart.from = boxAddress(rangeArgument(t.sheet, workbook, startCell).box);
      t.chart.to = endCell === undefined ? null : boxAddress(rangeArgument(t.sheet, workbook, endCell).box);
    });
  }

  delete(): void {
    this.queueCall('delete', [], (t) => {
      t.sheet.charts.splice(t.sheet.charts.indexOf(t.chart), 1);
    });
  }

  protected override readProperty(t: ChartTarget, name: string): unknown {
    if (name === 'name') return t.chart.name;
    if (name === 'chartType') return t.chart.chartType;
    if (name === 'displayBlanksAs') return t.chart.displayBlanksAs;
    return super.readProperty(t, name);
  }
}

/** A fake `Excel.ChartTitle`. */
export class FakeChartTitle extends FakeClientObject<ChartTarget> {
  protected readonly typeName = 'ChartTitle';

  protected override protectedBy(target: ChartTarget): FakeSheet {
    return target.sheet;
  }

  set text(value: string) {
    this.queueSet('text', value, (t) => {
      t.chart.title = value;
    });
  }
}

/** What a series proxy stands for. */
export interface SeriesTarget {
  readonly chart: ChartTarget;
  readonly series: FakeSeries;
}

/** A fake `Excel.ChartSeriesCollection`. */
export class FakeChartSeriesCollection extends FakeClientObject<ChartTarget> {
  protected readonly typeName = 'ChartSeriesCollection';

  /** Adds an empty series (ExcelApi 1.7); give it values with `setValues`. */
  add(name?: string): FakeChartSeries {
    return this.createChild(
      (path) => new FakeChartSeries(this.context, path, { kind: 'bound' }),
      'add',
      name === undefined ? [] : [name],
      (chart) => {
        const series: FakeSeries = {
          name: name ?? `Series${chart.chart.series.length + 1}`,
          values: null,
          xValues: null,
        };
        chart.chart.series.push(series);
        return { chart, series };
      },
    );
  }

  getItemAt(index: number): FakeChartSeries {
    return this.createChild(
      (path) => new FakeChartSeries(this.context, path, { kind: 'bound' }),
      'getItemAt',
      [index],
      (chart) => {
        const series = chart.chart.series[index];
        if (!series) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist.`);
        return { chart, series };
      },
    );
  }
}

/** A fake `Excel.ChartSeries`. */
export class FakeChartSeries extends FakeClientObject<SeriesTarget> {
  protected readonly typeName = 'ChartSeries';

  protected override protectedBy(target: SeriesTarget): FakeSheet {
    return target.chart.sheet;
  }

  set name(value: string) {
    this.queueSet('name', value, (t) => {
      t.series.name = value;
    });
  }

  set overlap(value: number) {
    this.queueSet('overlap', value, (t) => {
      if (!BAR_TYPES.has(t.chart.chart.chartType)) throw invalidArgument('overlap applies to bar charts');
      t.chart.chart.overlap = checkWhole('overlap', value, -100, 100);
    });
  }

  set gapWidth(value: number) {
    this.queueSet('gapWidth', value, (t) => {
      if (!BAR_TYPES.has(t.chart.chart.chartType)) throw invalidArgument('gapWidth applies to bar charts');
      t.chart.chart.gapWidth = checkWhole('gapWidth', value, 0, 500);
    });
  }

  /** A series of another type than its chart's (ExcelApi 1.7): only the combinations Excel draws are accepted. */
  get chartType(): string {
    return this.loadedValue('chartType');
  }
  set chartType(value: string) {
    this.queueSet('chartType', value, (t) => {
      const own = t.chart.chart.chartType;
      if (!(AREA_TYPES.has(own) || BAR_TYPES.has(own)) || !LINE_TYPES.has(value))
        throw invalidArgument(`a ${value} series in a ${own} chart`);
      t.series.chartType = value;
    });
  }

  get format(): FakeChartSeriesFormat {
    return this.navigate(
      (path, get) => new FakeChartSeriesFormat(this.context, path, { kind: 'lazy', get }),
      'format',
    );
  }

  setValues(sourceData: FakeRange): void {
    this.queueCall('setValues', [sourceData], (t) => {
      t.series.values = qualifiedReference(sourceData.resolve());
    });
  }

  setXAxisValues(sourceData: FakeRange): void {
    this.queueCall('setXAxisValues', [sourceData], (t) => {
      t.series.xValues = qualifiedReference(sourceData.resolve());
    });
  }

  delete(): void {
    this.queueCall('delete', [], (t) => {
      const list = t.chart.chart.series;
      list.splice(list.indexOf(t.series), 1);
    });
  }

  protected override defaultProperties(): readonly string[] {
    return ['name'];
  }

  protected override readProperty(t: SeriesTarget, name: string): unknown {
    if (name === 'name') return t.series.name;
    if (name === 'chartType') return t.series.chartType ?? t.chart.chart.chartType;
    if (name === 'overlap') return t.chart.chart.overlap;
    if (name === 'gapWidth') return t.chart.chart.gapWidth;
    throw new FakeOfficeError('InvalidArgument', `fake-excel: ChartSeries.${name} is not simulated`);
  }
}

/** A fake `Excel.ChartAxes`: only the category axis is simulated. */
export class FakeChartAxes extends FakeClientObject<ChartTarget> {
  protected readonly typeName = 'ChartAxes';

  protected override protectedBy(target: ChartTarget): FakeSheet {
    return target.sheet;
  }

  get categoryAxis(): FakeChartAxis {
    return this.navigate(
      (path, get) => new FakeChartAxis(this.context, path, { kind: 'lazy', get }),
      'categoryAxis',
    );
  }
}

/** A fake `Excel.ChartAxis` (the category axis): plot order, where its labels sit, where the other axis crosses. */
export class FakeChartAxis extends FakeClientObject<ChartTarget> {
  protected readonly typeName = 'ChartAxis';

  protected override protectedBy(target: ChartTarget): FakeSheet {
    return target.sheet;
  }

  set reversePlotOrder(value: boolean) {
    this.queueSet('reversePlotOrder', value, (t) => {
      if (typeof value !== 'boolean') throw invalidArgument(`reversePlotOrder cannot be ${String(value)}`);
      t.chart.categoryAxis.reversePlotOrder = value;
    });
  }

  set tickLabelPosition(value: string) {
    this.queueSet('tickLabelPosition', value, (t) => {
      t.chart.categoryAxis.tickLabelPosition = oneOf(
        'tickLabelPosition',
        value,
        FAKE_EXCEL_ENUMS.ChartAxisTickLabelPosition,
      );
    });
  }

  set position(value: string) {
    this.queueSet('position', value, (t) => {
      // "Custom" needs setPositionAt(value), which the fake does not simulate.
      const { custom: _custom, ...settable } = FAKE_EXCEL_ENUMS.ChartAxisPosition;
      t.chart.categoryAxis.position = oneOf('position', value, settable);
    });
  }
}

/** A fake `Excel.ChartSeriesFormat`: its fill and line. */
export class FakeChartSeriesFormat extends FakeClientObject<SeriesTarget> {
  protected readonly typeName = 'ChartSeriesFormat';

  protected override protectedBy(target: SeriesTarget): FakeSheet {
    return target.chart.sheet;
  }

  get fill(): FakeChartFill {
    return this.navigate((path, get) => new FakeChartFill(this.context, path, { kind: 'lazy', get }), 'fill');
  }

  get line(): FakeChartLineFormat {
    return this.navigate(
      (path, get) => new FakeChartLineFormat(this.context, path, { kind: 'lazy', get }),
      'line',
    );
  }

  protected override defaultProperties(): readonly string[] {
    return [];
  }

  protected override readProperty(_t: SeriesTarget, name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `fake-excel: ChartSeriesFormat.${name} is not simulated`);
  }
}

/** A fake `Excel.ChartFill`: cleared, or a solid colour (#RRGGBB). */
export class FakeChartFill extends FakeClientObject<SeriesTarget> {
  protected readonly typeName = 'ChartFill';

  protected override protectedBy(target: SeriesTarget): FakeSheet {
    return target.chart.sheet;
  }

  clear(): void {
    this.queueCall('clear', [], (t) => {
      t.series.fill = 'none';
    });
  }

  setSolidColor(color: string): void {
    this.queueCall('setSolidColor', [color], (t) => {
      if (!COLOR.test(color)) throw invalidArgument(`colour ${color}`);
      t.series.fill = color.toUpperCase();
    });
  }

  protected override defaultProperties(): readonly string[] {
    return [];
  }

  protected override readProperty(_t: SeriesTarget, name: string): unknown {
    throw new FakeOfficeError('InvalidArgument', `fake-excel: ChartFill.${name} is not simulated`);
  }
}

/** A fake `Excel.ChartLineFormat`: only its colour is simulated. */
export class FakeChartLineFormat extends FakeClientObject<SeriesTarget> {
  protected readonly typeName = 'ChartLineFormat';

  protected override protectedBy(target: SeriesTarget): FakeSheet {
    return target.chart.sheet;
  }

  get color(): string {
    return this.loadedValue('color');
  }
  set color(value: string) {
    this.queueSet('color', value, (t) => {
      if (!COLOR.test(value)) throw invalidArgument(`colour ${value}`);
      t.series.lineColor = value.toUpperCase();
    });
  }

  protected override defaultProperties(): readonly string[] {
    return ['color'];
  }

  protected override readProperty(t: SeriesTarget): unknown {
    return t.series.lineColor ?? null;
  }
}
