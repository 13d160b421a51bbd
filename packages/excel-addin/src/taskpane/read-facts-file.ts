import { AifinError, MAX_FACTS_FILE_BYTES, type Observation, parseFactsText, userErrors } from '@aifin/core';
import type { ScenarioFileLike } from './read-scenario-file.js';

/** The outcome of importing a facts file: its observations, or the one-line message to show. */
export type FactsFileResult =
  | { readonly ok: true; readonly observations: readonly Observation[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads and validates a facts file chosen in the pane with core's `parseFactsText`, so the pane accepts and rejects
 * exactly what the CLI's `--facts` does, with the same messages. `known` are the observations already loaded (the
 * built-in ones and earlier imports), which a revision builds on.
 * @example const result = await readFactsFile(input.files[0], BUILTIN_OBSERVATIONS);
 */
export const readFactsFile = async (
  file: ScenarioFileLike,
  known: readonly Observation[],
): Promise<FactsFileResult> => {
  try {
    if (file.size > MAX_FACTS_FILE_BYTES)
      throw userErrors.factsTooLarge(file.name, file.size, MAX_FACTS_FILE_BYTES);
    const text = (await file.text()).replace(/^\uFEFF/, '');
    return { ok: true, observations: parseFactsText(text, file.name, known) };
  } catch (error) {
    if (error instanceof AifinError) return { ok: false, message: error.message };
    return {
      ok: false,
      message: `${file.name}: could not be read: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
};
