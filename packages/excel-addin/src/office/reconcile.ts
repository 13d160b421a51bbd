import { SHEET_NAMES, type WorkbookPlan } from '@aifin/core';
import type { ExcelCommand } from './excel-command.js';
import { GENERATED_NAME_COMMENT } from './marker.js';
import type { WorkbookInventory } from './workbook-inventory.js';

/** What a build must do before writing: either stop on the user's clashing sheets and names, or these steps. */
export type Reconciliation =
  | { readonly kind: 'conflict'; readonly sheets: readonly string[]; readonly names: readonly string[] }
  | {
      readonly kind: 'ready';
      readonly commands: readonly ExcelCommand[];
      readonly movedUserSheets: readonly string[];
      readonly movedUserNames: readonly string[];
    };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Sheet names are at most 31 characters; the suffix survives, the base is shortened. */
const asideSheetName = (name: string, taken: Set<string>): string => {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (yours)' : ` (yours ${n})`;
    const candidate = `${name.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
};

const asideName = (name: string, taken: Set<string>): string => {
  for (let n = 1; ; n++) {
    const candidate = `${name}_yours${n === 1 ? '' : n}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
};

/**
 * Decides how a build treats what the workbook already holds. Only sheets with a model sheet's name matter:
 * ones carrying the add-in's mark are reset in place (so the user's references to them survive) or, when the plan
 * no longer has them, deleted; a user's own sheet with a name the plan needs is a conflict, renamed aside to
 * "Name (yours)" only with consent. Names the add-in made are replaced; a user's name the plan needs is a conflict
 * too, copied aside to "name_yours" with consent. Everything else is left alone.
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
  const conflictNames = inventory.names
    .filter((n) => n.comment !== GENERATED_NAME_COMMENT && plan.names.some((p) => same(p.name, n.name)))
    .map((n) => n.name);
  if ((conflictSheets.length > 0 || conflictNames.length > 0) && !consent)
    return { kind: 'conflict', sheets: conflictSheets, names: conflictNames };

  const commands: ExcelCommand[] = [];
  const takenNames = new Set([...inventory.names, ...plan.names].map((n) => n.name.toLowerCase()));
  const movedUserNames: string[] = [];
  // Copy a user's name aside before any sheet is renamed, so the copy follows its sheet like the original would.
  for (const name of inventory.names.filter((n) => conflictNames.includes(n.name))) {
    const to = asideName(name.name, takenNames);
    takenNames.add(to.toLowerCase());
    commands.push({ op: 'addName', name: to, formula: name.formula, comment: name.comment });
    commands.push({ op: 'deleteName', name: name.name });
    movedUserNames.push(to);
  }
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

  for (const name of planSheets) {
    const existing = inventory.sheets.find((s) => s.generated && same(s.name, name));
    if (existing) commands.push({ op: 'resetSheet', name: existing.name, charts: existing.charts });
    else {
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
  return { kind: 'ready', commands, movedUserSheets, movedUserNames };
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
