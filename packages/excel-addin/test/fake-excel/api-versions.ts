/** Compares dotted versions numerically: "1.12" is newer than "1.9". */
export const compareVersions = (a: string, b: string): number => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

/** The ExcelApi version that introduced each member the fake simulates beyond 1.1 (from the API reference). */
export const MEMBER_VERSIONS: Readonly<Record<string, string>> = {
  'Worksheet.customProperties': '1.12',
  'WorksheetCustomPropertyCollection.add': '1.12',
  'WorksheetCustomPropertyCollection.getItemOrNullObject': '1.12',
  'WorksheetCustomPropertyCollection.getItem': '1.12',
  'Application.suspendApiCalculationUntilNextSync': '1.6',
  'Range.dataValidation': '1.8',
  'Range.conditionalFormats': '1.6',
  'ConditionalFormatCollection.add': '1.6',
  'ConditionalFormat.colorScale': '1.6',
  'ColorScaleConditionalFormat.criteria': '1.6',
  'Worksheet.freezePanes': '1.7',
  'ChartSeriesCollection.add': '1.7',
  'ChartSeries.setValues': '1.7',
  'ChartSeries.setXAxisValues': '1.7',
  'ChartSeries.delete': '1.7',
  'ChartSeries.gapWidth': '1.7',
  'ChartSeries.overlap': '1.8',
  'ChartAxis.reversePlotOrder': '1.7',
  'ChartAxis.tickLabelPosition': '1.7',
  'ChartAxis.position': '1.8',
  'NamedItemCollection.add': '1.4',
  'NamedItemCollection.getItemOrNullObject': '1.4',
  'NamedItem.delete': '1.4',
  'NamedItem.formula': '1.7',
  'NamedItem.comment': '1.4',
  'WorksheetCollection.getItemOrNullObject': '1.4',
  'ChartCollection.getItemOrNullObject': '1.4',
  'RangeFormat.columnWidth': '1.2',
  'RangeFormat.useStandardWidth': '1.7',
  'Worksheet.getRangeByIndexes': '1.7',
  'Worksheet.pageLayout': '1.9',
  'PageLayout.orientation': '1.9',
  'PageLayout.zoom': '1.9',
  'PageLayout.headersFooters': '1.9',
  'PageLayout.setPrintMargins': '1.9',
  'PageLayout.setPrintTitleRows': '1.9',
  'PageLayout.setPrintTitleColumns': '1.9',
  'PageLayout.setPrintArea': '1.9',
  'HeaderFooterGroup.defaultForAllPages': '1.9',
  'HeaderFooter.leftFooter': '1.9',
  'HeaderFooter.centerFooter': '1.9',
  'HeaderFooter.rightFooter': '1.9',
  'Worksheet.names': '1.4',
  'Worksheet.protection': '1.2',
  'Workbook.protection': '1.7',
};
