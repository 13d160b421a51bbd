import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import { parseFactsFile, parseFactsText } from './parse-facts-text.js';
import { describeSourceChain } from './sources.js';
import { BUILTIN_OBSERVATIONS } from './vintages.js';

const source =
  'source: { publisher: Reuters, date: 2026-11-20, title: OpenAI run rate, url: https://example.com/a }';

describe('parseFactsText', () => {
  it('reads a revision of a known fact, inheriting what it does not restate', () => {
    const [f9] = parseFactsText(
      `facts:\n  - { id: F9, value: 13.5, qualifier: estimate, asOf: 2026-05-01, ${source} }`,
      'f.yaml',
    );
    expect(f9).toMatchObject({
      id: 'F9',
      kind: 'net-loss',
      company: 'OpenAI',
      value: 13.5,
      unit: 'usdB',
      year: 2025,
      asOf: '2026-05-01',
      origin: 'f.yaml',
    });
    if (!f9) throw new Error('no observation');
    expect(describeSourceChain(f9.source)).toBe(
      'Reuters (2026-11-20), “OpenAI run rate”, https://example.com/a',
    );
  });

  it('reads a new fact from JSON, its year from the period', () => {
    const [x1] = parseFactsText(
      JSON.stringify({
        facts: [
          {
            id: 'X1',
            company: 'OpenAI',
            metric: 'arr',
            period: 2026,
            value: 30,
            unit: 'usdB',
            qualifier: 'approx',
            asOf: '2026-11-20',
            source: { publisher: 'Reuters' },
          },
        ],
      }),
      'x.json',
    );
    expect(x1).toMatchObject({
      id: 'X1',
      kind: 'arr',
      label: 'Annualized revenue (ARR)',
      year: 2026,
      value: 30,
      stated: '30 B USD',
      qualifier: 'approx',
      qualifierText: 'as x.json states it',
    });
  });

  const entry = (fields: string) =>
    `facts:\n  - { id: F9, value: 10, asOf: 2026-05-01, ${source}, ${fields} }`;
  const badCases: readonly (readonly [string, string, string])[] = [
    [
      'unknown metric',
      'facts:\n  - { id: X2, metric: profit, value: 1, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].metric = "profit": must be one of',
    ],
    [
      'ARR at zero',
      'facts:\n  - { id: F7, value: 0, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].value = 0: must be above 0 for an ARR',
    ],
    [
      'ARR below zero',
      'facts:\n  - { id: X3, metric: arr, value: -4, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].value = -4: must be above 0',
    ],
    [
      'a date that is not a date',
      'facts:\n  - { id: F9, value: 10, asOf: 2026-02-30, source: { publisher: A } }',
      'f.yaml: facts[0].asOf = "2026-02-30": must be a date written YYYY-MM-DD',
    ],
    [
      'a source date that is not a date',
      'facts:\n  - { id: F9, value: 10, asOf: 2026-03-01, source: { publisher: A, date: soon } }',
      'f.yaml: facts[0].source.date = "soon": must be a date',
    ],
    [
      'a unit that does not fit the metric',
      entry('unit: ratio'),
      'f.yaml: facts[0].unit = "ratio": must be usdB for net-loss',
    ],
    [
      'text that XML 1.0 cannot hold (it would break the workbook)',
      'facts:\n  - { id: F9, value: 10, asOf: 2026-05-01, source: { publisher: "A\\uFFFE" } }',
      'f.yaml: facts[0].source.publisher = "A\uFFFE": must not contain control characters',
    ],
    [
      'a share above 1',
      'facts:\n  - { id: F15, value: 25, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].value = 25: must be from 0 to 1 for market-share',
    ],
    [
      'two observations with one asOf',
      'facts:\n  - { id: F9, value: 10, asOf: 2026-05-01, source: { publisher: A } }\n  - { id: F9, value: 11, asOf: 2026-05-01, source: { publisher: B } }',
      'f.yaml: facts[1].asOf = "2026-05-01": F9 already has an observation as of 2026-05-01',
    ],
    [
      'an asOf the built-in vintage has',
      'facts:\n  - { id: F9, value: 10, asOf: 2026-02-20, source: { publisher: A } }',
      'f.yaml: facts[0].asOf = "2026-02-20": F9 already has',
    ],
    [
      'a revision of an unknown id without metric',
      'facts:\n  - { id: X9, value: 10, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].metric = undefined: is required for X9, which is not a known fact',
    ],
    ['an unknown field', entry('colour: red'), 'f.yaml: facts[0].colour = "red": is not a known field here'],
    [
      'a missing source',
      'facts:\n  - { id: F9, value: 10, asOf: 2026-05-01 }',
      'f.yaml: facts[0].source = undefined: is required',
    ],
    [
      'a value that is not a number',
      'facts:\n  - { id: F9, value: lots, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].value = "lots": must be a number',
    ],
    ['not YAML', 'facts: [', 'f.yaml: not valid JSON or YAML'],
    [
      'an id that differs from a known one only in case (Excel names ignore case)',
      'facts:\n  - { id: f9, metric: net-loss, value: 10, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].id = "f9": has the workbook name of F9 (names ignore case)',
    ],
    [
      'an id named like a known fact’s year cell',
      'facts:\n  - { id: F7_year, metric: arr, value: 10, asOf: 2026-05-01, source: { publisher: A } }',
      'f.yaml: facts[0].id = "F7_year": its workbook name fact_F7_year is the name of F7\'s year (fact_F7_year)',
    ],
    [
      'two new ids of one file that differ only in case',
      'facts:\n  - { id: X1, metric: arr, value: 1, asOf: 2026-05-01, source: { publisher: A } }\n  - { id: x1, metric: arr, value: 2, asOf: 2026-05-02, source: { publisher: A } }',
      'f.yaml: facts[1].id = "x1": has the workbook name of X1',
    ],
  ];
  it.each(badCases)('rejects %s in one line naming the file, the entry and the field', (_, text, message) => {
    const error = userErrorOf(() => parseFactsText(text, 'f.yaml'));
    expect(error.message).toContain(message);
    expect(error.message).not.toContain('\n');
  });

  it('reads the public collection’s kinds: run rates, plan free cash flow (negative), margins, breakeven years', () => {
    const observations = parseFactsText(
      [
        'facts:',
        '  - { id: X1, company: Anthropic, metric: run-rate, period: 2026, value: 60, qualifier: at-least, asOf: 2026-07-01, source: { publisher: R } }',
        '  - { id: X2, metric: plan-fcf, period: 2029, value: -40, qualifier: projection, asOf: 2026-07-01, source: { publisher: R } }',
        '  - { id: X3, company: Anthropic, metric: gross-margin, period: 2026, value: -0.1, asOf: 2026-07-01, source: { publisher: R } }',
        '  - { id: X4, metric: breakeven-year, value: 2030, asOf: 2026-07-01, source: { publisher: R } }',
        '  - { id: X5, metric: cost-per-gw, value: 45, qualifier: at-most, asOf: 2026-07-01, source: { publisher: R } }',
        '  - { id: PB30, value: 27, asOf: 2026-07-01, source: { publisher: R } }',
      ].join('\n'),
      'public.yaml',
    );
    expect(observations.map((o) => [o.id, o.kind, o.unit, o.value, o.qualifier])).toEqual([
      ['X1', 'run-rate', 'usdB', 60, 'at-least'],
      ['X2', 'plan-fcf', 'usdB', -40, 'projection'],
      ['X3', 'gross-margin', 'ratio', -0.1, 'exact'],
      ['X4', 'breakeven-year', 'year', 2030, 'exact'],
      ['X5', 'cost-per-gw', 'usdBPerGw', 45, 'at-most'],
      // A revision of a built-in public figure keeps its kind and company.
      ['PB30', 'run-rate', 'usdB', 27, 'approx'],
    ]);
    expect(observations[4]?.stated).toBe('45 B USD per GW');
  });

  it.each([
    [
      'a breakeven year that is not a year',
      'metric: breakeven-year, value: 2030.5',
      'must be a year from 2000 to 2100',
    ],
    ['a stake above 1', 'metric: stake, value: 1.2', 'must be from 0 to 1 for stake'],
    ['a gross margin above 1', 'metric: gross-margin, value: 1.5', 'must be at most 1 for gross-margin'],
  ])('rejects %s', (_, fields, message) => {
    const error = userErrorOf(() =>
      parseFactsText(
        `facts:\n  - { id: X1, ${fields}, asOf: 2026-07-01, source: { publisher: R } }`,
        'f.yaml',
      ),
    );
    expect(error.message).toContain(message);
    expect(error.message).toContain('facts[0].value');
  });

  it('knows the ids of earlier files, so a later file may revise a fact an earlier one added', () => {
    const first = parseFactsText(
      'facts: [{ id: X1, metric: arr, period: 2026, value: 30, asOf: 2026-11-20, source: { publisher: A } }]',
      'a.yaml',
    );
    const [revised] = parseFactsText(
      'facts: [{ id: X1, value: 31, asOf: 2026-12-01, source: { publisher: B } }]',
      'b.yaml',
      [...BUILTIN_OBSERVATIONS, ...first],
    );
    expect(revised).toMatchObject({ kind: 'arr', year: 2026, value: 31 });
  });

  it.each([
    [
      'a tag (issue 16)',
      'facts:\n  - { id: F9, value: !custom 10, asOf: 2026-05-01, source: { publisher: A } }\n',
      'line 2: holds a YAML tag (!custom)',
    ],
    ['%YAML 1.1', '%YAML 1.1\n---\nfacts: []\n', 'holds a %YAML directive'],
    ['an unknown directive', '%FOO\n---\nfacts: []\n', 'line 1, column 1: Unknown directive %FOO'],
    [
      'a JSON key given twice',
      '{"facts": [{"id": "F9", "value": 10, "value": 1e308}]}',
      'the key "value" is given twice in facts[0]',
    ],
  ])('refuses %s as the scenario files do', (_, text, detail) => {
    const file = text.startsWith('{') ? 'f.json' : 'f.yaml';
    const error = userErrorOf(() => parseFactsText(text, file));
    expect(error.code).toBe('FACTS_SYNTAX');
    expect(error.message).toContain(`${file}: not valid JSON or YAML: ${detail}`);
  });

  it('reads bytes as strict UTF-8 (parseFactsFile)', () => {
    const text = 'facts: [{ id: F9, value: 10, asOf: 2026-05-01, source: { publisher: Caf\u00e9 } }]';
    const utf8 = new TextEncoder().encode(text);
    expect(parseFactsFile(utf8, 'f.yaml')[0]?.source.original).toBe('Café');
    const latin1 = Uint8Array.from(text, (char) => char.charCodeAt(0));
    expect(userErrorOf(() => parseFactsFile(latin1, 'f.yaml')).message).toBe(
      'f.yaml: not valid JSON or YAML: invalid UTF-8 on line 1 (byte 72)',
    );
  });

  it('reports arguments of the wrong type as programmer errors, not the user’s', () => {
    for (const bad of [null, undefined, 12, new Uint8Array(2)])
      expect(() => parseFactsText(bad as unknown as string, 'f.yaml')).toThrow(TypeError);
    expect(() => parseFactsText('facts: []', null as unknown as string)).toThrow(TypeError);
    expect(() => parseFactsText('facts: []', 'f.yaml', 'F9' as never)).toThrow(TypeError);
  });
});
