import {
  BUILTIN_SCENARIOS,
  DEFAULT_SENSITIVITY_METRICS,
  evaluate,
  inputRanges,
  parseMetric,
  tornado,
} from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../test/support/memory-io.js';
import { runSensitivity, type SensitivityOptions } from './sensitivity.js';

const run = async (options: Partial<SensitivityOptions>) => {
  const { io, stdout } = memoryIo(process.cwd());
  const code = await runSensitivity({ tornado: false, json: false, csv: false, ...options }, io);
  return { code, out: stdout() };
};

describe('runSensitivity', () => {
  it('without --metric, ranks inputs for each default metric, none sitting on the minimum-cash plug', async () => {
    const { code, out } = await run({ tornado: true, json: true });
    expect(code).toBe(0);
    const docs = JSON.parse(out);
    expect(docs.map((d: { metric: string }) => d.metric)).toEqual([...DEFAULT_SENSITIVITY_METRICS]);
    const base = BUILTIN_SCENARIOS.base;
    expect(docs[0]).toEqual(
      JSON.parse(JSON.stringify(tornado(base, parseMetric('fundingGapTotal', 5), inputRanges(base)))),
    );
    // The funding inputs move the funding gap (they showed exactly zero on cash.end@2030, which the gap plugs).
    const funding = docs[0].bars.find((b: { input: string }) => b.input === 'openingCash');
    expect(Math.abs(funding.swing)).toBeGreaterThan(0);
    const csv = await run({ tornado: true, csv: true });
    const lines = csv.out.trimEnd().split('\r\n');
    expect(lines[0]?.startsWith('metric,rank,input,')).toBe(true);
    expect(lines.filter((l) => l.startsWith('equityValueAtHorizonEnd,'))).toHaveLength(docs[1].bars.length);
  });

  it('prints { scenario, metric, x, y, grid } with grid[y][x] equal to evaluate(), null where not reached', async () => {
    const { code, out } = await run({
      x: 'growthFade=0.1:0.5:3',
      y: 'terminalSalesRatio=0.05:1:2',
      metric: 'breakevenYear',
      json: true,
    });
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['scenario', 'metric', 'x', 'y', 'grid']);
    expect(doc.x).toEqual({ input: 'growthFade', values: [0.1, 0.3, 0.5] });
    expect(doc.y).toEqual({ input: 'terminalSalesRatio', values: [0.05, 1] });
    const base = BUILTIN_SCENARIOS.base;
    for (const [yi, y] of doc.y.values.entries())
      for (const [xi, x] of doc.x.values.entries())
        expect(doc.grid[yi][xi]).toBe(
          evaluate({ ...base, inputs: { ...base.inputs, growthFade: x, terminalSalesRatio: y } }).summary
            .breakevenYear,
        );
    expect(doc.grid[0]).toContain(null);
  });

  it('prints the grid as a table and as CSV', async () => {
    const args = { x: 'ipoYear=2026:2028:3', y: 'openingCash=10:50:2', metric: 'cash.end@2030' };
    const table = (await run(args)).out;
    expect(table).toMatch(/^cash\.end@2030 by openingCash \(rows\) and ipoYear \(columns\), scenario base\n/);
    const csv = (await run({ ...args, csv: true })).out.split('\r\n');
    expect(csv[0]).toBe('openingCash\\ipoYear,2026,2027,2028');
    expect(csv).toHaveLength(4);
  });

  it('ranks the inputs in a tornado, as core does', async () => {
    const { out } = await run({ tornado: true, metric: 'runwayEndYear', json: true });
    const base = BUILTIN_SCENARIOS.base;
    expect(JSON.parse(out)).toEqual(
      JSON.parse(JSON.stringify(tornado(base, parseMetric('runwayEndYear', 5), inputRanges(base)))),
    );
    expect((await run({ tornado: true, metric: 'runwayEndYear' })).out).toMatch(/rank/);
  });

  it('draws the tornado’s bars only on a terminal, and gives each end’s change in CSV', async () => {
    const options = { tornado: true, json: false, csv: false, metric: 'cash.end@2030' } as const;
    expect((await run(options)).out).not.toContain('┃');
    const { io, stdout } = memoryIo(process.cwd());
    await runSensitivity(options, { ...io, outIsTerminal: true });
    const rows = stdout()
      .split('\n')
      .filter((line) => /^│ +\d+ │/.test(line));
    const result = tornado(
      BUILTIN_SCENARIOS.base,
      parseMetric('cash.end@2030', 5),
      inputRanges(BUILTIN_SCENARIOS.base),
    );
    expect(rows).toHaveLength(result.bars.length);
    // The first bar spans the whole scale on one side at least; every bar marks the scenario's value.
    expect(rows[0]).toMatch(/(░{10}┃|┃█{10})/);
    for (const row of rows) expect(row).toContain('┃');
    const csv = (await run({ ...options, csv: true })).out.split('\r\n');
    expect(csv[0]).toBe('rank,input,low,high,atLow,atHigh,swing,changeAtLow,changeAtHigh');
    const [first] = result.bars;
    expect(csv[1]?.split(',').slice(-2).map(Number)).toEqual([first?.changeAtLow, first?.changeAtHigh]);
  });

  it.each([
    [{ x: 'nosuch=0:1:3' }, /^x = "nosuch=0:1:3": unknown input: use one of arrEnd2022, /],
    [{ x: 'loss2025Basis=0:1:2' }, /^x = "loss2025Basis=0:1:2": is a choice/],
    [
      { x: 'growthFade=0.1:0.5:1' },
      /^x = "growthFade=0\.1:0\.5:1": STEPS must be a whole number from 2 to 101$/,
    ],
    [{ x: 'growthFade=0.1:0.5:102' }, /STEPS must be a whole number from 2 to 101$/],
    [{ x: 'growthFade=0.5:0.1:3' }, /^x = "growthFade=0\.5:0\.1:3": FROM must be below TO$/],
    [{ x: 'growthFade=0.5:0.5:3' }, /FROM must be below TO$/],
    [{ x: 'growthFade=0.1:1.5:3' }, /the range must lie within the input's bounds, 0 to 1$/],
    [{ x: 'growthFade=0.1-0.5' }, /must be INPUT=FROM:TO:STEPS/],
    [{ x: 'usefulLife=3:8:4' }, /whole-number steps/],
    [{ metric: 'cash' }, /^metric = "cash": use a summary figure/],
    [{ x: 'growthFade=0.1:0.5:3', y: 'growthFade=0.1:0.5:3' }, /both vary "growthFade"/],
  ])('rejects %o in one line', async (bad, message) => {
    await expect(
      run({ x: 'growthFade=0.1:0.5:3', y: 'terminalSalesRatio=0:0.3:2', metric: 'runwayEndYear', ...bad }),
    ).rejects.toThrow(message);
  });
});
