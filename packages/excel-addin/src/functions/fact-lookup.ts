import { describeSourceChain, FACTS, type Fact, UNIT_LABELS, viaDate } from '@aifin/core';
import { LookupError, shown, someOf } from './lookup-error.js';
import { textArgument } from './optional-text.js';

/** The fields `=AIFIN.FACT(id, field)` can return; `value` when the field is omitted. */
export const FACT_FIELDS = ['value', 'unit', 'qualifier', 'period', 'source', 'asOf'] as const;

/** One of {@link FACT_FIELDS}. */
export type FactField = (typeof FACT_FIELDS)[number];

/** The date a figure was first published, or the reporting article's date when the original gives none. */
const asOf = (fact: Fact): string => fact.source.originalDate ?? viaDate(fact.source) ?? '';

/**
 * A fact's field as a cell shows it: the number for `value`, text for the others.
 * @example factFieldValue(getFact('F7'), 'unit') // 'USD B'
 */
export const factFieldValue = (fact: Fact, field: FactField): number | string => {
  switch (field) {
    case 'value':
      if (fact.value === null)
        throw new LookupError(
          'notAvailable',
          `fact ${fact.id} (${fact.label}) has no number; its period is "${fact.period}".`,
        );
      return fact.value;
    case 'unit':
      return fact.unit === null ? '' : UNIT_LABELS[fact.unit];
    case 'qualifier':
      return fact.qualifier;
    case 'period':
      return fact.period;
    case 'source':
      return describeSourceChain(fact.source);
    case 'asOf':
      return asOf(fact);
  }
};

/** The fact with this id (case-insensitive), or #N/A naming the argument. */
export const findFact = (id: unknown): Fact => {
  const wanted = textArgument('id', id).toUpperCase();
  const fact = FACTS.find((f) => f.id.toUpperCase() === wanted);
  if (!fact)
    throw new LookupError(
      'notAvailable',
      `id ${shown(id)} is not a fact: use one of ${someOf(FACTS.map((f) => f.id))}.`,
    );
  return fact;
};

/**
 * `=AIFIN.FACT(id, [field])` without the Excel runtime: throws {@link LookupError} for bad arguments.
 * @example factLookup('F7') // 20
 */
export const factLookup = (id: unknown, field?: unknown): number | string => {
  const fact = findFact(id);
  const name = textArgument('field', field, 'value');
  const known = FACT_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase());
  if (!known)
    throw new LookupError('invalidValue', `field ${shown(field)} is not one of ${FACT_FIELDS.join(', ')}.`);
  return factFieldValue(fact, known);
};

/** The header row of `=AIFIN.FACTS()`: the id, the label, then every field. */
export const FACTS_TABLE_HEADER: readonly string[] = ['id', 'label', ...FACT_FIELDS];

/**
 * `=AIFIN.FACTS()`: every fact as a table with a header row; a fact without a number has an empty value cell.
 * @example factsTable()[1] // ['F1', 'New funding round, first phase', 100, 'USD B', 'at-least', …]
 */
export const factsTable = (): (number | string)[][] => [
  [...FACTS_TABLE_HEADER],
  ...FACTS.map((fact) => [
    fact.id,
    fact.label,
    ...FACT_FIELDS.map((field) =>
      field === 'value' && fact.value === null ? '' : factFieldValue(fact, field),
    ),
  ]),
];
