// Every benchmark of the CLI, each in its own process so one's heap and JIT state cannot colour the next.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

for (const name of ['startup', 'export', 'batch']) {
  const script = fileURLToPath(new URL(`./${name}.bench.mjs`, import.meta.url));
  const { status } = spawnSync(process.execPath, [script], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
