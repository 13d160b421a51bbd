/** A sheet already in the workbook, as the build found it. */
export interface ExistingSheet {
  readonly name: string;
  /** Carries the add-in's mark: an earlier build made it, so it may be replaced. */
  readonly generated: boolean;
  /** Its charts' names (read only for sheets the build may replace). */
  readonly charts: readonly string[];
  /** Protected (Review › Protect Sheet); read only for sheets named like a model sheet. Absent: not protected. */
  readonly protected?: boolean;
  /** Names scoped to this sheet, e.g. the copies Excel makes when a model sheet is copied. Absent: none. */
  readonly scopedNames?: readonly string[];
}

/** A workbook-level name already in the workbook. */
export interface ExistingName {
  readonly name: string;
  readonly comment: string;
  readonly formula: string;
}

/** What the workbook holds that a build must respect: sheets in workbook order, and workbook-level names. */
export interface WorkbookInventory {
  readonly sheets: readonly ExistingSheet[];
  readonly names: readonly ExistingName[];
  /** The workbook structure is protected (Review › Protect Workbook). Absent: not protected. */
  readonly structureProtected?: boolean;
}
