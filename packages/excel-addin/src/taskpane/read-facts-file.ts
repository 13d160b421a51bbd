import {
  AifinError,
  checkFactSetFinite,
  escapeForTerminal,
  MAX_FACTS_FILE_BYTES,
  type Observation,
  parseFactsFile,
  resolveFactSet,
  userErrors,
} from '@aifin/core';
import type { ScenarioFileLike } from './read-scenario-file.js';

/** The outcome of importing a facts file: its observations, or the one-line message to show. */
export type FactsFileResult =
  | { readonly ok: true; readonly observations: readonly Observation[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads and validates a facts file chosen in the pane with core's `parseFactsFile`, so the pane accepts and rejects
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
    const bytes = new Uint8Array(await file.arrayBuffer());
    const observations = parseFactsFile(bytes, file.name, known);
    // As the CLI does: facts under which the model would compute NaN or an infinity are refused, naming them.
    checkFactSetFinite(resolveFactSet([...known, ...observations]));
    return { ok: true, observations };
  } catch (error) {
    if (error instanceof AifinError) return { ok: false, message: error.message };
    return {
      ok: false,
      message: `${escapeForTerminal(file.name)}: could not be read: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}`,
    };
  }
};
