import { describe, expect, it } from 'vitest';
import { userErrorOf } from '../errors/user-error-of.test-support.js';
import { BUILTIN_SCENARIOS } from './builtins.js';
import { parseScenarioText } from './parse-scenario-text.js';
import { MAX_SCENARIO_FILE_BYTES } from './schema.js';

describe('parseScenarioText', () => {
  it('reads YAML with overrides, reasons and a horizon on top of the built-in it extends', () => {
    const scenario = parseScenarioText(
      [
        'name: fast-enterprise',
        'extends: bull',
        'description: Enterprise keeps compounding',
        'horizon: 12',
        'inputs:',
        '  enterpriseGrowth2026: 1.5',
        '  growthFade: { value: 0.1, rationale: Agents open new budgets }',
      ].join('\n'),
      'fast.yaml',
    );
    expect(scenario).toMatchObject({ name: 'fast-enterprise', extends: 'bull', horizon: 12 });
    expect(scenario.inputs).toEqual({
      ...BUILTIN_SCENARIOS.bull.inputs,
      enterpriseGrowth2026: 1.5,
      growthFade: 0.1,
    });
    expect(scenario.rationale.growthFade).toBe('Agents open new budgets');
    expect(scenario.overrides).toEqual(['enterpriseGrowth2026', 'growthFade']);
    expect(scenario.rationale.enterpriseGrowth2026).toContain('fast-enterprise');
    expect(scenario.rationale.apiGrowth2026).toBe(BUILTIN_SCENARIOS.bull.rationale.apiGrowth2026);
  });

  it('reads JSON and extends base by default', () => {
    const scenario = parseScenarioText(
      '{"name": "cheap-compute", "inputs": {"computePriceRise2026": -0.1}}',
      'c.json',
    );
    expect(scenario.extends).toBe('base');
    expect(scenario.horizon).toBe(BUILTIN_SCENARIOS.base.horizon);
    expect(scenario.inputs.computePriceRise2026).toBe(-0.1);
  });

  it('names the file, the field and the value of an impossible input', () => {
    const error = userErrorOf(() => parseScenarioText('name: x\ninputs:\n  growthFade: 1.5\n', 'x.yaml'));
    expect(error.code).toBe('SCENARIO_INVALID');
    expect(error.message).toBe('x.yaml: inputs.growthFade = 1.5: must be between 0 and 1');
  });

  it('names an unknown input key and lists the known ones', () => {
    const error = userErrorOf(() => parseScenarioText('name: x\ninputs:\n  growthFad: 0.2\n', 'x.yaml'));
    expect(error.message).toMatch(
      /^x\.yaml: inputs\.growthFad = 0\.2: is not a known field here: use arrEnd2022, /,
    );
  });

  it('rejects an unknown top-level field, a wrong type, a bad name and a built-in name', () => {
    expect(userErrorOf(() => parseScenarioText('name: x\ngrowth: 2\n', 'a.yaml')).message).toBe(
      'a.yaml: growth = 2: is not a known field here: use name, extends, description, horizon, inputs',
    );
    expect(
      userErrorOf(() => parseScenarioText('name: x\ninputs:\n  openingCash: lots\n', 'b.yaml')).message,
    ).toBe('b.yaml: inputs.openingCash = "lots": must be a number, or { value, low, high, rationale }');
    expect(userErrorOf(() => parseScenarioText('name: "../etc"\n', 'c.yaml')).message).toMatch(
      /^c\.yaml: name = "\.\.\/etc": must be 1–64/,
    );
    expect(userErrorOf(() => parseScenarioText('name: base\n', 'd.yaml')).message).toBe(
      'd.yaml: name = "base": is a built-in scenario name: choose another',
    );
    expect(userErrorOf(() => parseScenarioText('inputs: {}\n', 'e.yaml')).message).toBe(
      'e.yaml: name = undefined: is required',
    );
    expect(userErrorOf(() => parseScenarioText('42', 'f.yaml')).message).toBe(
      'f.yaml: (top level) = 42: must be a mapping with name, extends, description, horizon, inputs',
    );
    expect(userErrorOf(() => parseScenarioText('name: x\ninputs: 3\n', 'g.yaml')).message).toBe(
      'g.yaml: inputs = 3: must be a mapping',
    );
    expect(
      userErrorOf(() =>
        parseScenarioText('name: x\ninputs:\n  growthFade: { value: 0.2, why: no }\n', 'i.yaml'),
      ).message,
    ).toBe(
      'i.yaml: inputs.growthFade.why = "no": is not a known field here: use value, low, high, rationale',
    );
  });

  it('rejects a horizon outside 1–15 or not whole, and an unknown parent', () => {
    expect(userErrorOf(() => parseScenarioText('name: x\nhorizon: 16\n', 'h.yaml')).message).toBe(
      'h.yaml: horizon = 16: must be from 1 to 15',
    );
    expect(userErrorOf(() => parseScenarioText('name: x\nhorizon: 2.5\n', 'h.yaml')).message).toBe(
      'h.yaml: horizon = 2.5: must be a whole number',
    );
    expect(userErrorOf(() => parseScenarioText('name: x\nextends: crash\n', 'p.yaml')).message).toBe(
      'p.yaml: extends = "crash": must be one of bear, base, bull, plan',
    );
  });

  it.each([
    ['gapFunding: loan', /^n\.yaml: inputs\.gapFunding = "loan": /],
    ['loss2025Basis: 3xF8', /^n\.yaml: inputs\.loss2025Basis = "3xF8": /],
    ['contractRampYears: 0', /^n\.yaml: inputs\.contractRampYears = 0: must be /],
    ['capacityTargetGw: -4', /^n\.yaml: inputs\.capacityTargetGw = -4: must be /],
    ['evToEbit: 0', /^n\.yaml: inputs\.evToEbit = 0: must be /],
    ['discountRate: 0.01', /^n\.yaml: inputs\.discountRate = 0\.01: must be /],
  ])(
    'refuses %s of the operating model’s inputs in one line naming the field and the value',
    (line, message) => {
      const error = userErrorOf(() => parseScenarioText(`name: n\ninputs:\n  ${line}\n`, 'n.yaml'));
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain('\n');
    },
  );

  it('reports syntax errors in one line with the file name', () => {
    const yaml = userErrorOf(() => parseScenarioText('name: [unclosed\n', 'bad.yaml'));
    expect(yaml.code).toBe('SCENARIO_SYNTAX');
    expect(yaml.message).toMatch(/^bad\.yaml: not valid JSON or YAML: /);
    expect(yaml.message).not.toContain('\n');
    expect(userErrorOf(() => parseScenarioText('{"name": ', 'bad.json')).code).toBe('SCENARIO_SYNTAX');
    expect(userErrorOf(() => parseScenarioText('name: a\nname: b\n', 'dup.yaml')).code).toBe(
      'SCENARIO_SYNTAX',
    );
  });

  it('refuses an oversized file before parsing it', () => {
    const big = `name: big\ndescription: ${'x'.repeat(MAX_SCENARIO_FILE_BYTES)}\n`;
    const error = userErrorOf(() => parseScenarioText(big, 'big.yaml'));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toContain('big.yaml');
  });

  it('keeps free text as given, formula-like or not (renderers write it as text)', () => {
    const scenario = parseScenarioText('name: x\ndescription: "=HYPERLINK(\\"http://x\\")"\n', 'x.yaml');
    expect(scenario.description).toBe('=HYPERLINK("http://x")');
  });
});

describe('parseScenarioText with hostile text', () => {
  const XML_BAD = ['\u0000', '\u0007', '\u001b', '\ufffe', '\uffff', '\ud800', '\udc00'];

  it.each(XML_BAD)('refuses %j in a description or a rationale with one line', (bad) => {
    for (const text of [
      JSON.stringify({ name: 'x', description: `a${bad}b` }),
      JSON.stringify({ name: 'x', inputs: { growthFade: { value: 0.1, rationale: `a${bad}b` } } }),
    ]) {
      const error = userErrorOf(() => parseScenarioText(text, 'x.json'));
      expect(error.code).toBe('SCENARIO_INVALID');
      expect(error.message).toMatch(
        /must not contain control characters, U\+FFFE, U\+FFFF or unpaired surrogates$/,
      );
      expect(error.message).not.toContain('\n');
    }
  });

  it.each([
    ['an unknown tag', '!foo name: x\n'],
    ['a tag on a value', 'name: !!binary eA==\n'],
    ['an unsupported %YAML version', '%YAML 1.3\n---\nname: x\n'],
    ['a %TAG directive with an unresolved tag', '%TAG !e! tag:example.com,2000:\n---\nname: !e!foo x\n'],
    ['an alias without its anchor', 'name: *nope\n'],
  ])('turns %s into one line with no JS error class name', (_, text) => {
    const error = userErrorOf(() => parseScenarioText(text, 't.yaml'));
    expect(error.message).toMatch(/^t\.yaml: /);
    expect(error.message).not.toMatch(/\n|(Reference|Type|Syntax|Range)Error|YAMLWarning/);
  });

  it.each([
    [
      'a !!set (it would load as an empty mapping and drop its inputs)',
      'name: x\ninputs: !!set { growthFade }\n',
      'line 2: holds a YAML tag (!!set)',
    ],
    ['a !!omap', 'name: x\ninputs: !!omap [ { growthFade: 0.1 } ]\n', 'line 2: holds a YAML tag (!!omap)'],
  ])('refuses %s by its tag, naming the line', (_, text, where) => {
    const error = userErrorOf(() => parseScenarioText(text, 's.yaml'));
    expect(error.message).toBe(
      `s.yaml: not valid JSON or YAML: ${where}: use plain mappings, lists, text and numbers`,
    );
  });

  it('refuses a second YAML document instead of dropping it', () => {
    expect(userErrorOf(() => parseScenarioText('name: a\n---\nname: b\n', 'two.yaml')).message).toBe(
      'two.yaml: not valid JSON or YAML: holds more than one YAML document ("---")',
    );
  });

  it('reads a complex key as an unknown field, silently', () => {
    const error = userErrorOf(() => parseScenarioText('? [a, b]\n: 1\nname: x\n', 'c.yaml'));
    expect(error.message).toMatch(/^c\.yaml: .*is not a known field here/);
  });

  it('refuses a %YAML directive, 1.1 and 1.2 alike (1.1 would read 1:30 as 90)', () => {
    for (const version of ['1.1', '1.2'])
      expect(
        userErrorOf(() => parseScenarioText(`%YAML ${version}\n---\nname: ok\n`, 'v.yaml')).message,
      ).toBe('v.yaml: not valid JSON or YAML: holds a %YAML directive: leave it out');
  });

  it('reports text that is not a string as a programmer error, not the user’s', () => {
    for (const bad of [123, null, undefined, Buffer.from('name: x')]) {
      expect(() => parseScenarioText(bad as unknown as string, 'x.yaml')).toThrow(TypeError);
    }
    expect(() => parseScenarioText('name: x', 5 as unknown as string)).toThrow(TypeError);
  });
});
