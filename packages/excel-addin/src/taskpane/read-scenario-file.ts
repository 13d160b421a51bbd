import {
  AifinError,
  MAX_SCENARIO_FILE_BYTES,
  parseScenarioText,
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
  text(): Promise<string>;
}

/**
 * Reads and validates a scenario file chosen in the pane with core's `parseScenarioText`, so the pane accepts and
 * rejects exactly what the CLI does, with the same messages. The size is checked before reading so a huge file is
 * never loaded into memory.
 * @example const result = await readScenarioFile(input.files[0]); if (!result.ok) show(result.message);
 */
export const readScenarioFile = async (file: ScenarioFileLike): Promise<ScenarioFileResult> => {
  try {
    if (file.size > MAX_SCENARIO_FILE_BYTES)
      throw userErrors.tooLarge(file.name, file.size, MAX_SCENARIO_FILE_BYTES);
    const text = await file.text();
    return { ok: true, scenario: parseScenarioText(text, file.name) };
  } catch (error) {
    if (error instanceof AifinError) return { ok: false, message: error.message };
    // Not the user's fault (the browser could not read the file): still say so in the pane.
    return {
      ok: false,
      message: `${file.name}: could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
};
