import type { ChartPlan } from '@aifin/core/workbook';

/** What a chart's references held when the workbook was written; readers that do not recalculate draw these. */
export interface ChartCache {
  readonly categories: readonly (number | string | null)[];
  /** One list per series of the plan, in order. */
  readonly series: readonly (readonly (number | null)[])[];
}

/** A cell corner of a two-cell anchor, 0-based as DrawingML counts. */
export interface AnchorCell {
  readonly column: number;
  readonly row: number;
}

/** Where one chart sits on its sheet's drawing. */
export interface ChartAnchor {
  readonly from: AnchorCell;
  /** The corner just past the last covered cell: the chart covers its `to` cell entirely. */
  readonly to: AnchorCell;
  readonly name: string;
  /** The drawing's relationship id of the chart part. */
  readonly relationshipId: string;
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
} as const;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for XML content and attribute values. */
export const escapeXml = (value: string): string =>
  value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');

const val = (tag: string, value: string | number): string => `<c:${tag} val="${value}"/>`;

const points = (values: readonly (number | string | null)[]): string =>
  values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join('');

const numRef = (formula: string, values: readonly (number | null)[]): string =>
  `<c:numRef><c:f>${escapeXml(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode>` +
  `<c:ptCount val="${values.length}"/>${points(values)}</c:numCache></c:numRef>`;

const categoryRef = (formula: string, values: readonly (number | string | null)[]): string =>
  values.every((v) => typeof v !== 'string')
    ? numRef(formula, values as readonly (number | null)[])
    : `<c:strRef><c:f>${escapeXml(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>` +
      `${points(values)}</c:strCache></c:strRef>`;

/** The size of a chart's axis labels and legend, in hundredths of a point (DrawingML's unit). */
const CHART_TEXT_SIZE = 1100;

const richText = (text: string, size: number, bold: boolean): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;

// Axis ids only need to be unique within a chart and to pair each axis with the other.
const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

/** A fan series' shape properties: the base not drawn, a band filled, the line a solid stroke; none otherwise. */
const fanShape = (role: ChartPlan['series'][number]['role'], color: string | undefined): string => {
  const fill = color === undefined ? '' : `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;
  if (role === 'base') return '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>';
  if (role === 'band') return `<c:spPr>${fill}<a:ln><a:noFill/></a:ln></c:spPr>`;
  if (role === 'line') return `<c:spPr><a:ln w="28575" cap="rnd">${fill}</a:ln></c:spPr>`;
  return '';
};

/** The `<c:ser>` elements of some of a plan's series (their indexes kept, as a chart's series are numbered once). */
const series = (plan: ChartPlan, cache: ChartCache, only: (index: number) => boolean = () => true): string =>
  plan.series
    .map((s, i) => {
      if (!only(i)) return '';
      const head =
        `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        fanShape(s.role, s.color);
      const data =
        `<c:cat>${categoryRef(plan.categories, cache.categories)}</c:cat>` +
        `<c:val>${numRef(s.values, cache.series[i] ?? [])}</c:val>`;
      if (plan.type === 'fan' && s.role === 'line')
        return `<c:ser>${head}<c:marker><c:symbol val="none"/></c:marker>${data}${val('smooth', 0)}</c:ser>`;
      if (plan.type === 'fan') return `<c:ser>${head}${data}</c:ser>`;
      return plan.type === 'line'
        ? `<c:ser>${head}<c:marker><c:symbol val="circle"/><c:size val="4"/></c:marker>${data}${val('smooth', 0)}</c:ser>`
        : `<c:ser>${head}${val('invertIfNegative', 0)}${data}</c:ser>`;
    })
    .join('');

const plotGroup = (plan: ChartPlan, cache: ChartCache): string => {
  const axes = `${val('axId', CATEGORY_AXIS)}${val('axId', VALUE_AXIS)}`;
  // A fan: stacked areas (an unfilled base, then the bands' widths) and the median as a line over them, both on
  // the same two axes.
  if (plan.type === 'fan') {
    const isLine = (i: number) => plan.series[i]?.role === 'line';
    return (
      `<c:areaChart>${val('grouping', 'stacked')}${val('varyColors', 0)}${series(plan, cache, (i) => !isLine(i))}` +
      `${axes}</c:areaChart>` +
      `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${series(plan, cache, isLine)}` +
      `${val('marker', 1)}${axes}</c:lineChart>`
    );
  }
  if (plan.type === 'line')
    return (
      `<c:lineChart>${val('grouping', 'standard')}${val('varyColors', 0)}${series(plan, cache)}` +
      `${val('marker', 1)}${axes}</c:lineChart>`
    );
  // A tornado: horizontal clustered bars, the two series fully overlapping so each input's low and high halves
  // form one bar either side of zero.
  if (plan.type === 'tornado')
    return (
      `<c:barChart>${val('barDir', 'bar')}${val('grouping', 'clustered')}${val('varyColors', 0)}` +
      `${series(plan, cache)}${val('gapWidth', 40)}${val('overlap', 100)}${axes}</c:barChart>`
    );
  // A stacked column chart: stacked grouping and full overlap, so the segments sit on one another.
  return (
    `<c:barChart>${val('barDir', 'col')}${val('grouping', 'stacked')}${val('varyColors', 0)}` +
    `${series(plan, cache)}${val('gapWidth', 60)}${val('overlap', 100)}${axes}</c:barChart>`
  );
};

/** How the two axes sit: where each is drawn, which way the categories run, and where the value axis crosses. */
interface AxisLayout {
  readonly categoryPosition: 'b' | 'l';
  readonly valuePosition: 'l' | 'b';
  readonly categoryOrientation: 'minMax' | 'maxMin';
  readonly categoryFormat: string;
  /** Where the value axis crosses the categories: at the first (autoZero) or, for reversed categories, the last. */
  readonly valueCrosses: 'autoZero' | 'max';
}

// Year columns: years along the bottom. A tornado: inputs down the left, the first (largest swing) on top, and the
// value axis at the bottom (the reversed categories' maximum). Labels sit "low" so bars below zero do not run over them.
const COLUMN_AXES: AxisLayout = {
  categoryPosition: 'b',
  valuePosition: 'l',
  categoryOrientation: 'minMax',
  categoryFormat: '0',
  valueCrosses: 'autoZero',
};
const TORNADO_AXES: AxisLayout = {
  categoryPosition: 'l',
  valuePosition: 'b',
  categoryOrientation: 'maxMin',
  categoryFormat: 'General',
  valueCrosses: 'max',
};

const axesXml = (layout: AxisLayout): string =>
  `<c:catAx>${val('axId', CATEGORY_AXIS)}<c:scaling>${val('orientation', layout.categoryOrientation)}</c:scaling>` +
  `${val('delete', 0)}${val('axPos', layout.categoryPosition)}<c:numFmt formatCode="${layout.categoryFormat}" sourceLinked="0"/>` +
  `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'low')}` +
  `${val('crossAx', VALUE_AXIS)}${val('crosses', 'autoZero')}${val('auto', 1)}${val('lblAlgn', 'ctr')}` +
  `${val('lblOffset', 100)}${val('noMultiLvlLbl', 0)}</c:catAx>` +
  `<c:valAx>${val('axId', VALUE_AXIS)}<c:scaling>${val('orientation', 'minMax')}</c:scaling>` +
  `${val('delete', 0)}${val('axPos', layout.valuePosition)}<c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/>` +
  `${val('majorTickMark', 'out')}${val('minorTickMark', 'none')}${val('tickLblPos', 'nextTo')}` +
  `${val('crossAx', CATEGORY_AXIS)}${val('crosses', layout.valueCrosses)}${val('crossBetween', 'between')}</c:valAx>`;

/** Legend entries left out: a fan's invisible base has nothing to name. */
const legendHidden = (plan: ChartPlan): string =>
  plan.series
    .map((s, i) =>
      s.role === 'base' ? `<c:legendEntry>${val('idx', i)}${val('delete', 1)}</c:legendEntry>` : '',
    )
    .join('');

/**
 * The chart part (xl/charts/chartN.xml) of one planned chart: a DrawingML chart space with the plan's title, its
 * series as sheet references (with their cached values) and a legend below the plot.
 * @example chartXml(plan.charts[0], { categories: [2023, 2024], series: [[1, 2]] })
 */
export const chartXml = (plan: ChartPlan, cache: ChartCache): string =>
  `${DECLARATION}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
  `${val('date1904', 0)}${val('roundedCorners', 0)}<c:chart>` +
  `<c:title>${richText(plan.title, 1200, true)}${val('overlay', 0)}</c:title>${val('autoTitleDeleted', 0)}` +
  `<c:plotArea><c:layout/>${plotGroup(plan, cache)}${axesXml(plan.type === 'tornado' ? TORNADO_AXES : COLUMN_AXES)}</c:plotArea>` +
  `<c:legend>${val('legendPos', 'b')}${legendHidden(plan)}${val('overlay', 0)}</c:legend>` +
  `${val('plotVisOnly', 1)}${val('dispBlanksAs', plan.blanks ?? 'gap')}</c:chart>` +
  // Axis labels and the legend at the sheet's own 11 pt: the default 10 pt falls below 8 pt once a page is scaled.
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${CHART_TEXT_SIZE}"/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>` +
  '</c:chartSpace>';

const corner = (tag: 'from' | 'to', cell: AnchorCell): string =>
  `<xdr:${tag}><xdr:col>${cell.column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
  `<xdr:row>${cell.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): one graphic frame per chart, anchored to cells so it moves
 * and sizes with them.
 * @example drawingXml([{ from: { column: 0, row: 24 }, to: { column: 8, row: 43 }, name: 'ARR', relationshipId: 'rId1' }])
 */
export const drawingXml = (anchors: readonly ChartAnchor[]): string =>
  `${DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
  anchors
    .map(
      (anchor, i) =>
        `<xdr:twoCellAnchor>${corner('from', anchor.from)}${corner('to', anchor.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(anchor.name)}"/>` +
        '<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${anchor.relationshipId}"/>` +
        '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>',
    )
    .join('') +
  '</xdr:wsDr>';
