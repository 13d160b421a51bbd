// Types for the in-memory Workbook module of exceljs 4.4.0, which the package's own typings only describe as the
// `Workbook` export of its entry point.
declare module 'exceljs/lib/doc/workbook.js' {
  import type { Workbook } from 'exceljs';

  const WorkbookClass: typeof Workbook;
  export default WorkbookClass;
}
