/**
 * The Excel JavaScript API requirement set the renderer needs. The highest member it uses is
 * `Worksheet.customProperties` (ExcelApi 1.12), which marks the sheets it made; the others are older
 * (page layout and print setup 1.9, data validation 1.8, freeze panes and chart series 1.7, calculation suspension 1.6,
 * names 1.4).
 */
export const REQUIRED_EXCEL_API = '1.12';

/** The requirement as the build result and messages name it. */
export const REQUIREMENT = `ExcelApi ${REQUIRED_EXCEL_API}`;

/** What a user of an older Excel reads: the version needed and which hosts have it. */
export const UNSUPPORTED_MESSAGE =
  `This version of Excel does not support ${REQUIREMENT}, which aifin needs to build the model. ` +
  'Use Excel on the web, Microsoft 365 on Windows (version 2008 or later) or Mac (16.40 or later), Excel on iPad ' +
  '(16.40 or later), or Excel 2021 or later; Excel 2016 and 2019 do not have it.';

/**
 * Whether the running host can build the model; false outside Office too.
 * @example if (!hostSupportsBuild()) showMessage(UNSUPPORTED_MESSAGE);
 */
export const hostSupportsBuild = (): boolean =>
  typeof Office !== 'undefined' &&
  Office.context?.requirements?.isSetSupported('ExcelApi', REQUIRED_EXCEL_API) === true;
