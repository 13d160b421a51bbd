// The batch benchmark's baseline, run in its own process: ExcelJS writing the same workbooks bare. For each
// scenario file in argv[2] it builds the same plan the CLI builds (the built-ins beside the scenario) and writes
// every cell's value (no formulas, styles, names or validations) to argv[3]/<scenario>.xlsx.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CORE, EXCELJS_FROM_CLI, requireBuilt } from './paths.mjs';

const [, , scenariosDir, outDir] = process.argv;
if (!scenariosDir || !outDir) throw new Error('usage: exceljs-baseline.mjs <scenarios-dir> <out-dir>');

const { BUILTIN_SCENARIOS, buildWorkbookPlan, parseScenarioText } = await import(
  pathToFileURL(requireBuilt(CORE)).href
);
// ExcelJS is the CLI's dependency, not the root's: resolve it from there, the same copy the CLI bundles.
const ExcelJS = createRequire(EXCELJS_FROM_CLI)('exceljs');

/** A formula cell contributes the value it evaluates to, so the baseline writes as many cells as the CLI. */
const shownValue = (cell) => (cell.kind === 'text' ? cell.text : cell.value);

await mkdir(outDir, { recursive: true });
const files = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
for (const file of files) {
  const scenario = parseScenarioText(readFileSync(join(scenariosDir, file), 'utf8'), file);
  const plan = buildWorkbookPlan({
    scenarios: [...Object.values(BUILTIN_SCENARIOS), scenario],
    selected: scenario.name,
  });
  const workbook = new ExcelJS.Workbook();
  for (const sheet of plan.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const value = cell ? shownValue(cell) : null;
        if (value !== null) worksheet.getCell(r + 1, c + 1).value = value;
      });
    });
  }
  await workbook.xlsx.writeFile(join(outDir, `${scenario.name}.xlsx`));
}
console.log(files.length);
