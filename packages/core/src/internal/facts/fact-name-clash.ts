import type { FactId } from '../../facts/fact.js';

/** The suffix of the name of a fact's year cell (`fact_F7_year`, see `factName` in `workbook/names.ts`). */
const YEAR_SUFFIX = '_year';

/** How a new fact id would clash with a known one in the workbook's defined names. */
export interface FactNameClash {
  /** The known id it clashes with. */
  readonly other: FactId;
  /** Why, in words that name both. */
  readonly problem: string;
}

/**
 * Whether a fact id would give the workbook a defined name another fact already has. The workbook names a fact's
 * cells `fact_<id>` and `fact_<id>_year`, and Excel's names ignore case, so `f9` clashes with `F9`, and `F7_year`
 * with F7's year cell (`F7` with a known `F7_year` likewise). An id equal to a known one is a revision, not a clash.
 * `known` maps each known id in lower case to the id as written.
 * @example factNameClash('f9', new Map([['f9', 'F9']]))?.other // 'F9'
 */
export function factNameClash(id: FactId, known: ReadonlyMap<string, FactId>): FactNameClash | null {
  const lower = id.toLowerCase();
  const same = known.get(lower);
  if (same !== undefined && same !== id)
    return {
      other: same,
      problem: `has the workbook name of ${same} (names ignore case): write ${same} to revise it, or use another id`,
    };
  const yearOf = lower.endsWith(YEAR_SUFFIX) ? known.get(lower.slice(0, -YEAR_SUFFIX.length)) : undefined;
  if (yearOf !== undefined)
    return {
      other: yearOf,
      problem: `its workbook name fact_${id} is the name of ${yearOf}'s year (fact_${yearOf}_year): use another id`,
    };
  const withYear = known.get(`${lower}${YEAR_SUFFIX}`);
  if (withYear !== undefined)
    return {
      other: withYear,
      problem: `its year's workbook name fact_${id}_year is the name of ${withYear} (fact_${withYear}): use another id`,
    };
  return null;
}
