import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { builtinScenario, type Scenario, userErrors, withHorizon } from '@aifin/core';
import { loadScenarioFile } from './load-scenario-file.js';
import { hasScenarioExtension, isScenarioFileRef } from './scenario-ref.js';

/** A scenario and where it came from: "built-in" or the file as the user typed it. */
export interface ResolvedScenario {
  readonly scenario: Scenario;
  readonly origin: string;
}

/** What the user asked for on the command line. */
export interface ScenarioRequest {
  /** `--scenario` values: built-in names or files. */
  readonly refs: readonly string[];
  /** `--scenarios-dir`: every scenario file in it, sorted by name. */
  readonly dir?: string | undefined;
  /** `--horizon`, already checked with core's `parseHorizon`: it overrides every scenario's own horizon. */
  readonly horizon?: number | undefined;
}

const scenarioFilesIn = async (dir: string, cwd: string): Promise<readonly string[]> => {
  let names: string[];
  try {
    const entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
    names = entries.filter((e) => !e.isDirectory() && hasScenarioExtension(e.name)).map((e) => e.name);
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : undefined;
    if (code === 'ENOENT') throw userErrors.scenariosDirMissing(dir);
    if (code === 'ENOTDIR') throw userErrors.scenariosDirNotDir(dir);
    // Without a system code this is not about the user's directory: a bug, shown as one.
    if (code === undefined) throw error;
    throw userErrors.scenariosDirUnreadable(dir, code);
  }
  if (names.length === 0) throw userErrors.scenariosDirEmpty(dir);
  return names.sort().map((name) => join(dir, name));
};

/**
 * Resolves and validates every requested scenario before anything is written: built-ins by name, files by path,
 * a directory's files in name order, the horizon override applied to each. With nothing requested it is `base`.
 * Throws a user error on the first bad one and on a name used twice.
 * @example await resolveScenarios({ refs: ['bull', 'fast.yaml'], horizon: 8 }, process.cwd())
 */
export const resolveScenarios = async (
  request: ScenarioRequest,
  cwd: string,
): Promise<readonly ResolvedScenario[]> => {
  const { horizon } = request;
  const refs = request.refs.length === 0 && request.dir === undefined ? ['base'] : request.refs;
  const fromDir = request.dir === undefined ? [] : await scenarioFilesIn(request.dir, cwd);

  const resolved: ResolvedScenario[] = [];
  const seen = new Map<string, string>();
  const wanted = [
    ...refs.map((ref) => ({ ref, isFile: isScenarioFileRef(ref) })),
    ...fromDir.map((ref) => ({ ref, isFile: true })),
  ];
  for (const { ref, isFile } of wanted) {
    const loaded = isFile ? await loadScenarioFile(ref, cwd) : builtinScenario(ref);
    const scenario = horizon === undefined ? loaded : withHorizon(loaded, horizon);
    const origin = isFile ? ref : 'built-in';
    const earlier = seen.get(scenario.name);
    if (earlier !== undefined) throw userErrors.duplicateScenario(scenario.name, [earlier, origin]);
    seen.set(scenario.name, origin);
    resolved.push({ scenario, origin });
  }
  return resolved;
};
