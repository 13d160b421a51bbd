import { SHEET_NAMES, type WorkbookPlan } from '@aifin/core';
import type { ExcelCommand } from './excel-command.js';
import { GENERATED_NAME_COMMENT } from './marker.js';
import type { ExistingSheet, WorkbookInventory } from './workbook-inventory.js';

/**
 * What a build must do before writing: stop because something makes a build impossible without the user acting
 * (`blocked`: their names clash, or protection), ask about the user's clashing sheets (`conflict`), or these steps.
 */
export type Reconciliation =
  | { readonly kind: 'blocked'; readonly message: string }
  | { readonly kind: 'conflict'; readonly sheets: readonly string[] }
  | {
      readonly kind: 'ready';
      readonly commands: readonly ExcelCommand[];
      readonly movedUserSheets: readonly string[];
      /** A plan sheet to activate before adding names, when some sheet holds sheet-scoped copies of them. */
      readonly activateBeforeNames: string | null;
    };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const quoted = (items: readonly string[]) => items.map((s) => `"${s}"`).join(', ');

/** Sheet names are at most 31 characters; the suffix survives, the base is shortened. */
const asideSheetName = (name: string, taken: Set<string>): string => {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (yours)' : ` (yours ${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
};

const STRUCTURAL: ReadonlySet<ExcelCommand['op']> = new Set([
  'addSheet',
  'deleteSheet',
  'renameSheet',
  'positionSheet',
]);

/**
 * Why a build cannot go ahead, in words a user can act on, or null. Checked before anything is written, because
 * Excel applies a batch up to the step it refuses: a refusal mid-batch would leave names deleted and sheets reset.
 */
const blockedMessage = (
  clashingNames: readonly string[],
  structureProtected: boolean,
  structural: boolean,
  protectedSheets: readonly string[],
  scopedEverywhere: readonly string[],
): string | null => {
  const reasons: string[] = [];
  if (clashingNames.length > 0)
    reasons.push(
      `This workbook already defines ${clashingNames.length === 1 ? 'the name' : 'the names'} ${quoted(clashingNames)}, ` +
        'which the model defines too. aifin never deletes or re-points your names: Excel cannot rename a name, and ' +
        "replacing it would silently switch your formulas to the model's cells. Rename yours in Formulas › Name " +
        'Manager (Excel updates the formulas that use them), then build again.',
    );
  if (structureProtected && structural)
    reasons.push(
      'The workbook structure is protected, and the build must add, rename or move sheets. Turn off Review › ' +
        'Protect Workbook, then build again.',
    );
  if (protectedSheets.length > 0)
    reasons.push(
      `${protectedSheets.length === 1 ? 'Sheet' : 'Sheets'} ${protectedSheets.map((s) => `"${s}" is protected`).join(', ')}; ` +
        `the build rewrites ${protectedSheets.length === 1 ? 'it' : 'them'}. Use Review › Unprotect Sheet, then build again.`,
    );
  if (scopedEverywhere.length > 0)
    reasons.push(
      `Every model sheet holds its own sheet-scoped copy of ${quoted(scopedEverywhere)}, so Excel would refuse to ` +
        "add the model's names (this happens when a model sheet is copied). In Formulas › Name Manager, delete the " +
        'copies whose Scope is a sheet, then build again.',
    );
  return reasons.length === 0 ? null : `Nothing was changed. ${reasons.join(' ')}`;
};

/**
 * Decides how a build treats what the workbook already holds. Only sheets with a model sheet's name matter:
 * ones carrying the add-in's mark are reset in place (so the user's references to them survive) or, when the plan
 * no longer has them, deleted; a user's own sheet with a name the plan needs is a conflict, renamed aside to
 * "Name (yours)" only with consent. Names the add-in made are replaced; a user's own name the plan needs blocks the
 * build (never deleted or re-pointed), as do protection in the way and sheet-scoped copies of the model's names on
 * every model sheet. Everything else is left alone.
 * @example reconcile(plan, { sheets: [{ name: 'Sheet1', generated: false, charts: [] }], names: [] }, false)
 */
export const reconcile = (
  plan: WorkbookPlan,
  inventory: WorkbookInventory,
  consent: boolean,
): Reconciliation => {
  const planSheets = plan.sheets.map((s) => s.name as string);
  const inPlan = (name: string) => planSheets.some((p) => same(p, name));
  const modelSheet = (name: string) => SHEET_NAMES.some((m) => same(m, name));
  const conflictSheets = inventory.sheets.filter((s) => !s.generated && inPlan(s.name)).map((s) => s.name);
  const clashingNames = inventory.names
    .filter((n) => n.comment !== GENERATED_NAME_COMMENT && plan.names.some((p) => same(p.name, n.name)))
    .map((n) => n.name);

  const commands: ExcelCommand[] = [];
  for (const name of inventory.names.filter((n) => n.comment === GENERATED_NAME_COMMENT))
    commands.push({ op: 'deleteName', name: name.name });

  const takenSheets = new Set(
    [...inventory.sheets.map((s) => s.name), ...planSheets].map((n) => n.toLowerCase()),
  );
  const order = inventory.sheets.map((s) => s.name);
  const movedUserSheets: string[] = [];
  for (const name of conflictSheets) {
    const to = asideSheetName(name, takenSheets);
    takenSheets.add(to.toLowerCase());
    commands.push({ op: 'renameSheet', from: name, to });
    order[order.indexOf(name)] = to;
    movedUserSheets.push(to);
  }

  const resetSheets: ExistingSheet[] = [];
  for (const name of planSheets) {
    const existing = inventory.sheets.find((s) => s.generated && same(s.name, name));
    if (existing) {
      commands.push({ op: 'resetSheet', name: existing.name, charts: existing.charts });
      resetSheets.push(existing);
    } else {
      commands.push({ op: 'addSheet', name });
      order.push(name);
    }
  }
  // Stale sheets go after the new ones exist: Excel refuses to delete a workbook's last sheet.
  for (const stale of inventory.sheets.filter((s) => s.generated && modelSheet(s.name) && !inPlan(s.name))) {
    commands.push({ op: 'deleteSheet', name: stale.name });
    order.splice(order.indexOf(stale.name), 1);
  }
  commands.push(...positionCommands(order, planSheets));

  // Names Excel would refuse while a sheet holding sheet-scoped copies of them is active (office-js issue 2875).
  const scopedClash = (sheet: ExistingSheet | undefined) =>
    (sheet?.scopedNames ?? []).filter((n) => plan.names.some((p) => same(p.name, n)));
  const anyScopedClash = inventory.sheets.some((s) => scopedClash(s).length > 0);
  const existingOf = (name: string) => inventory.sheets.find((s) => s.generated && same(s.name, name));
  const activation = planSheets.find((name) => scopedClash(existingOf(name)).length === 0) ?? null;
  const scopedEverywhere =
    anyScopedClash && activation === null
      ? [...new Set(planSheets.flatMap((name) => scopedClash(existingOf(name))))]
      : [];

  const blocked = blockedMessage(
    clashingNames,
    inventory.structureProtected === true,
    commands.some((c) => STRUCTURAL.has(c.op)),
    resetSheets.filter((s) => s.protected === true).map((s) => s.name),
    scopedEverywhere,
  );
  if (blocked !== null) return { kind: 'blocked', message: blocked };
  if (conflictSheets.length > 0 && !consent) return { kind: 'conflict', sheets: conflictSheets };
  return {
    kind: 'ready',
    commands,
    movedUserSheets,
    activateBeforeNames: anyScopedClash ? activation : null,
  };
};

/** Moves the model's sheets into plan order, starting where the first of them already sits; none when in order. */
const positionCommands = (order: string[], planSheets: readonly string[]): ExcelCommand[] => {
  const indexOf = (name: string) => order.findIndex((o) => same(o, name));
  const anchor = Math.min(...planSheets.map(indexOf));
  const commands: ExcelCommand[] = [];
  planSheets.forEach((name, i) => {
    const at = indexOf(name);
    if (at === anchor + i) return;
    const [moved] = order.splice(at, 1);
    if (moved === undefined) return;
    order.splice(anchor + i, 0, moved);
    commands.push({ op: 'positionSheet', name, position: anchor + i });
  });
  return commands;
};
