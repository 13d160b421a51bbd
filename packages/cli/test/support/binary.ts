import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The bundled CLI, as `aifin` runs it. AIFIN_TEST_BINARY points the binary tests at another build (an older
 * commit's, to see a new test fail there); that build is then used as it is, never rebuilt.
 */
const OTHER_BINARY = process.env.AIFIN_TEST_BINARY;
export const BINARY = OTHER_BINARY ?? join(packageDir, 'dist', 'aifin.js');

const newestMtime = (path: string): number => {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stats.mtimeMs);
};

/** Sources the bundle is built from: the CLI, core (bundled from source) and the build script. */
const SOURCES = ['src', '../core/src', 'build.mjs', 'package.json'].map((p) => join(packageDir, p));

/**
 * Builds dist/aifin.js with `node build.mjs` when it is missing or older than its sources, so binary tests never
 * run a stale bundle. Runs once from vitest's global setup; test files call it again in `beforeAll`, which is
 * then a cheap check (and builds when a single file is run on its own).
 */
export const ensureBinary = (): void => {
  if (OTHER_BINARY !== undefined) return;
  const fresh =
    existsSync(BINARY) && statSync(BINARY).mtimeMs >= Math.max(...SOURCES.map((p) => newestMtime(p)));
  if (!fresh)
    execFileSync(process.execPath, [join(packageDir, 'build.mjs')], { cwd: packageDir, stdio: 'pipe' });
};

/** What a run of the binary left. */
export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built binary in `cwd` with a clean environment (no debug, no colour). */
export const runBinary = (args: readonly string[], cwd: string): RunResult => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.AIFIN_DEBUG;
  const result = spawnSync(process.execPath, [BINARY, ...args], { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
