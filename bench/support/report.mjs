import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { RESULTS_DIR } from './paths.mjs';

const cellText = (value) => (typeof value === 'number' ? String(Number(value.toFixed(3))) : String(value));

/**
 * Prints a benchmark's rows as a table and writes them, with the machine they ran on, to bench/results/<name>.json
 * (git-ignored), so runs can be compared without parsing the table.
 */
export const report = (name, rows) => {
  const columns = Object.keys(rows[0] ?? {});
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cellText(r[c]).length)));
  const line = (cells) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  // Timings on a shared machine mean little without its load beside them.
  const load = loadavg()[0] ?? 0;
  const cpuCount = cpus().length;
  console.log(`\n${name} (load average ${load.toFixed(2)} on ${cpuCount} CPUs)`);
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(columns.map((c) => cellText(row[c]))));
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${name}.json`);
  const machine = {
    node: process.version,
    platform: process.platform,
    arch: process.arch,
    cpus: cpuCount,
    load,
  };
  writeFileSync(file, `${JSON.stringify({ name, at: new Date().toISOString(), machine, rows }, null, 2)}\n`);
};
