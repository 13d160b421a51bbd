import {
  BUILTIN_SCENARIOS,
  buildWorkbookPlan,
  type SheetName,
  type WorkbookPlan,
  withHorizon,
} from '@aifin/core';

/** The built-in scenarios' plan with "base" selected, at a horizon and with the optional sheets asked for. */
export const builtinPlan = (horizon?: number, include?: readonly SheetName[]): WorkbookPlan =>
  buildWorkbookPlan({
    scenarios: Object.values(BUILTIN_SCENARIOS).map((s) =>
      horizon === undefined ? s : withHorizon(s, horizon),
    ),
    selected: 'base',
    ...(include ? { include } : {}),
  });

/** Only the sheets that hold the model itself (no Cover, no Checks). */
export const MODEL_ONLY: readonly SheetName[] = [];
