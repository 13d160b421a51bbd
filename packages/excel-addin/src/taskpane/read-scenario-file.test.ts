import { AifinError, MAX_SCENARIO_FILE_BYTES, parseScenarioText } from '@aifin/core';
import { describe, expect, it } from 'vitest';
import { readScenarioFile, type ScenarioFileLike } from './read-scenario-file.js';

const file = (name: string, text: string | Uint8Array): ScenarioFileLike => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer };
};

/** Core's message for a text, to prove the pane shows the CLI's words, not its own. */
const coreMessage = (text: string, name: string): string => {
  try {
    parseScenarioText(text, name);
  } catch (error) {
    if (error instanceof AifinError) return error.message;
  }
  throw new Error('expected core to reject the text');
};

describe('readScenarioFile', () => {
  it('returns the scenario a valid YAML file describes', async () => {
    const result = await readScenarioFile(
      file('fast.yaml', 'name: fast\nextends: bull\nhorizon: 9\ninputs:\n  growthFade: 0.2\n'),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.scenario.name).toBe('fast');
    expect(result.scenario.horizon).toBe(9);
    expect(result.scenario.inputs.growthFade).toBe(0.2);
    expect(result.scenario.extends).toBe('bull');
  });

  it.each([
    ['fast.yaml', 'name: fast\ninputs:\n  growthFade: 7\n', 'inputs.growthFade = 7'],
    ['fast.json', '{"name": "fast", "horizon": 40}', 'horizon = 40'],
    ['fast.yaml', 'name: base\n', 'name = "base"'],
    ['fast.json', '{"name": "fast",', 'not valid JSON or YAML'],
  ])('rejects %s %j with core’s one-line message', async (name, text, names) => {
    const result = await readScenarioFile(file(name, text));
    expect(result).toEqual({ ok: false, message: coreMessage(text, name) });
    if (!result.ok) {
      expect(result.message).toContain(names);
      expect(result.message).not.toContain('\n');
    }
  });

  it('refuses an oversized file without reading it', async () => {
    let read = false;
    const result = await readScenarioFile({
      name: 'huge.yaml',
      size: MAX_SCENARIO_FILE_BYTES + 1,
      arrayBuffer: async () => {
        read = true;
        return new ArrayBuffer(0);
      },
    });
    expect(read).toBe(false);
    expect(result).toEqual({
      ok: false,
      message: `huge.yaml: ${MAX_SCENARIO_FILE_BYTES + 1} bytes is larger than the ${MAX_SCENARIO_FILE_BYTES}-byte limit for scenario files`,
    });
  });

  it('reports a file the browser cannot read instead of throwing', async () => {
    const result = await readScenarioFile({
      name: 'gone.yaml',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(result).toEqual({ ok: false, message: 'gone.yaml: could not be read: NotReadableError' });
  });

  it.each([
    ['a tag', 'name: !custom x # \u001b]0;owned\u0007\n', 'line 1: holds a YAML tag (!custom)'],
    ['%YAML 1.1', '%YAML 1.1\n---\nname: x\n', 'holds a %YAML directive'],
    ['a repeated JSON key', '{"name": "a", "name": "b"}', 'the key "name" is given twice'],
  ])('refuses %s as the CLI does, in one escaped line', async (_, text, detail) => {
    const name = text.startsWith('{') ? 't.json' : 't.yaml';
    const result = await readScenarioFile(file(name, text));
    expect(result).toEqual({ ok: false, message: coreMessage(text, name) });
    expect(result.ok ? '' : result.message).toContain(`${name}: not valid JSON or YAML: ${detail}`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no control character may reach the user.
    expect(result.ok ? '' : result.message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('refuses bytes that are not UTF-8 instead of reading U+FFFD', async () => {
    const latin1 = Uint8Array.from('name: caf\u00e9\n', (char) => char.charCodeAt(0));
    expect(await readScenarioFile(file('l.yaml', latin1))).toEqual({
      ok: false,
      message: 'l.yaml: not valid JSON or YAML: invalid UTF-8 on line 1 (byte 10)',
    });
  });
});
