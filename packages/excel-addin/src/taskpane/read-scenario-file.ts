import {
  AifinError,
  escapeForTerminal,
  MAX_SCENARIO_FILE_BYTES,
  parseScenarioFile,
  type Scenario,
  userErrors,
} from '@aifin/core';

/** The outcome of importing a scenario file: the scenario, or the one-line message to show. */
export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly message: string };

/** The part of a DOM `File` the import needs, so tests can pass plain objects. */
export interface ScenarioFileLike {
  readonly name: string;
  readonly size: number;
  /** The file's bytes: core decodes them (strict UTF-8), as it does the CLI's. */
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads and validates a scenario file chosen in the pane with core's `parseScenarioFile`, so the pane accepts and
 * rejects exactly what the CLI does (the same bytes in, the same policy, the same messages). The size is checked before reading so a huge file is
 * never loaded into memory.
 * @example const result = await readScenarioFile(input.files[0]); if (!result.ok) show(result.message);
 */
export const readScenarioFile = async (file: ScenarioFileLike): Promise<ScenarioFileResult> => {
  try {
    if (file.size > MAX_SCENARIO_FILE_BYTES)
      throw userErrors.tooLarge(file.name, file.size, MAX_SCENARIO_FILE_BYTES);
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, scenario: parseScenarioFile(bytes, file.name) };
  } catch (error) {
    if (error instanceof AifinError) return { ok: false, message: error.message };
    // Not the user's fault (the browser could not read the file): still say so in the pane.
    return {
      ok: false,
      message: `${escapeForTerminal(file.name)}: could not be read: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}`,
    };
  }
};
