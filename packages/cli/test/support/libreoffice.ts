import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * OOXMLRecalcMode 0 = "always recalculate on load". The default (1, "never") keeps the cached values a writer
 * stored, and ours come from `evaluate()`: a parity test without this setting would compare evaluate() with itself.
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const DEFAULT_TIMEOUT_MS = 120_000;

export interface RecalculateOptions {
  /** Kills LibreOffice and fails after this long; a first start on a cold machine takes several seconds. */
  readonly timeoutMs?: number;
}

const isExecutable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The soffice binary: $SOFFICE, else the first one on PATH. Throws with the fix when there is none. */
export const findSoffice = (): string => {
  const explicit = process.env.SOFFICE;
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`SOFFICE=${explicit} is not an executable file`);
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice');
    if (dir && isExecutable(candidate)) return candidate;
  }
  throw new Error(
    'LibreOffice (soffice) is not installed or not on PATH; the parity test needs a real one. ' +
      'Install it with `bash scripts/ensure-test-deps.sh` (Debian: apt-get install libreoffice-calc-nogui).',
  );
};

interface RunResult {
  readonly code: number | null;
  readonly output: string;
}

const run = (command: string, args: readonly string[], timeoutMs: number): Promise<RunResult> =>
  new Promise((resolvePromise, reject) => {
    // Its own process group, so a timeout also ends the soffice.bin that the soffice wrapper starts.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`soffice did not finish within ${timeoutMs} ms; output so far:\n${output}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });

/**
 * Opens each file in a headless LibreOffice, recalculates every formula and saves it in `format` (a LibreOffice
 * `--convert-to` target: "xlsx", "ods", "pdf") into `outDir` under the same base name. All files go through one
 * soffice process, which starts once. Each call gets a fresh profile, so parallel calls do not fight over one and the
 * recalculation setting cannot be lost to a user's own profile.
 * @example const [pdf] = await convert(['out/aifin-base.xlsx'], 'out/printed', 'pdf')
 */
export const convert = async (
  files: readonly string[],
  outDir: string,
  format: string,
  options: RecalculateOptions = {},
): Promise<readonly string[]> => {
  const soffice = findSoffice();
  const inputs = files.map((file) => resolve(file));
  const target = resolve(outDir);
  const outputs = inputs.map((file) => join(target, `${basename(file, extname(file))}.${format}`));
  if (new Set(outputs).size !== outputs.length) throw new Error('convert: input file names must differ');
  if (inputs.some((file, i) => file === outputs[i]))
    throw new Error('convert: outDir must differ from the folder of the input files');
  await mkdir(target, { recursive: true });
  await Promise.all(outputs.map((file) => rm(file, { force: true })));

  const profile = await mkdtemp(join(tmpdir(), 'aifin-lo-profile-'));
  try {
    await mkdir(join(profile, 'user'), { recursive: true });
    await writeFile(join(profile, 'user', 'registrymodifications.xcu'), REGISTRY);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--invisible',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      format,
      '--outdir',
      target,
      ...inputs,
    ];
    const { code, output } = await run(soffice, args, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const missing = outputs.filter((file) => !existsSync(file));
    if (code !== 0 || missing.length > 0)
      throw new Error(
        `soffice exited with ${code} and did not write ${missing.join(', ') || 'nothing missing'}:\n${output}`,
      );
    return outputs;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
};

/**
 * Opens each xlsx in a headless LibreOffice, recalculates every formula and saves it as xlsx into `outDir` under the
 * same file name (see `convert`).
 * @example const [recalculated] = await recalculate(['out/aifin-base.xlsx'], 'out/recalculated')
 */
export const recalculate = (
  files: readonly string[],
  outDir: string,
  options: RecalculateOptions = {},
): Promise<readonly string[]> => convert(files, outDir, 'xlsx', options);
