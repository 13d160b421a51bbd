import type { Company, Fact, FactId, MetricKind } from './fact.js';
import { FACTS } from './facts.js';

const byId: ReadonlyMap<string, Fact> = new Map(FACTS.map((fact) => [fact.id, fact]));

/**
 * The fact with this id; throws for an unknown id, which is a programming error (ids are constants).
 * @example getFact('F7').value // 20
 */
export const getFact = (id: FactId): Fact => {
  const fact = byId.get(id);
  if (!fact) throw new Error(`unknown fact id ${id}`);
  return fact;
};

/**
 * The numeric value of a fact; throws when the fact has no number (F3).
 * @example factValue('F9') // 9
 */
export const factValue = (id: FactId): number => {
  const { value } = getFact(id);
  if (value === null) throw new Error(`fact ${id} has no numeric value`);
  return value;
};

/** Facts matching every given criterion. @example findFacts({ company: 'OpenAI', kind: 'arr' }) */
export const findFacts = (criteria: {
  readonly company?: Company;
  readonly kind?: MetricKind;
  readonly year?: number;
}): readonly Fact[] =>
  FACTS.filter(
    (fact) =>
      (criteria.company === undefined || fact.company === criteria.company) &&
      (criteria.kind === undefined || fact.kind === criteria.kind) &&
      (criteria.year === undefined || fact.year === criteria.year),
  );

/** The ARR fact for a year (F5–F7), or undefined for a year the sources do not cover. */
export const arrFactFor = (year: number): Fact | undefined =>
  FACTS.find((fact) => fact.company === 'OpenAI' && fact.kind === 'arr' && fact.year === year);
