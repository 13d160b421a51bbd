/** The Excel enums the add-in uses, with the string values Office.js sends. */
export const FAKE_EXCEL_ENUMS = {
  ChartType: {
    columnClustered: 'ColumnClustered',
    columnStacked: 'ColumnStacked',
    columnStacked100: 'ColumnStacked100',
    barClustered: 'BarClustered',
    line: 'Line',
    lineMarkers: 'LineMarkers',
    area: 'Area',
    pie: 'Pie',
    xyscatter: 'XYScatter',
  },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  ClearApplyTo: {
    all: 'All',
    formats: 'Formats',
    contents: 'Contents',
    hyperlinks: 'Hyperlinks',
    removeHyperlinks: 'RemoveHyperlinks',
  },
  CalculationType: { recalculate: 'Recalculate', full: 'Full', fullRebuild: 'FullRebuild' },
  CalculationMode: {
    automatic: 'Automatic',
    automaticExceptTables: 'AutomaticExceptTables',
    manual: 'Manual',
  },
  ErrorCodes: {
    apiNotFound: 'ApiNotFound',
    generalException: 'GeneralException',
    invalidArgument: 'InvalidArgument',
    invalidOperation: 'InvalidOperation',
    itemAlreadyExists: 'ItemAlreadyExists',
    itemNotFound: 'ItemNotFound',
    propertyNotLoaded: 'PropertyNotLoaded',
  },
} as const;
