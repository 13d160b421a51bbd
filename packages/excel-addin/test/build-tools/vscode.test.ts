import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(`${ROOT}${path}`, 'utf8')) as T;
}

it('every editor debug configuration runs tasks that exist, and every task runs a script the add-in has', async () => {
  const launch = await readJson<{ configurations: { preLaunchTask?: string; postDebugTask?: string }[] }>(
    '.vscode/launch.json',
  );
  const tasks = await readJson<{ tasks: { label: string; command: string }[] }>('.vscode/tasks.json');
  const scripts = (await readJson<{ scripts: Record<string, string> }>('packages/excel-addin/package.json'))
    .scripts;
  const labels = tasks.tasks.map((task) => task.label);
  const named = launch.configurations.flatMap((c) => [c.preLaunchTask, c.postDebugTask]).filter(Boolean);
  expect(named.length).toBeGreaterThan(3);
  for (const label of named) expect(labels, String(label)).toContain(label);
  for (const task of tasks.tasks) {
    const script = /^pnpm --filter @aifin\/excel-addin (\S+)/.exec(task.command)?.[1];
    if (script) expect(Object.keys(scripts), task.label).toContain(script);
  }
});
