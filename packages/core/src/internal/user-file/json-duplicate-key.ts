/** Where a key is given twice in one JSON object. */
export interface DuplicateKey {
  /** The key, decoded. */
  readonly key: string;
  /** The path of the object holding it, as `facts[2].source` (empty at the top level). */
  readonly path: string;
}

interface Frame {
  readonly keys: Set<string> | null;
  readonly path: string;
  /** The next array index, or the key last read. */
  index: number;
  key: string;
}

function childPath(frame: Frame | undefined): string {
  if (frame === undefined) return '';
  if (frame.keys === null) return `${frame.path}[${frame.index}]`;
  return frame.path ? `${frame.path}.${frame.key}` : frame.key;
}

/**
 * The first key that one object of a JSON text gives twice, or null. JSON.parse keeps the last of two equal keys
 * silently; a user who wrote both meant one of them. The text must already be valid JSON (JSON.parse accepted it),
 * so this scan only tells strings, brackets and separators apart.
 * @example findDuplicateJsonKey('{"a": 1, "a": 2}') // { key: 'a', path: '' }
 */
export function findDuplicateJsonKey(text: string): DuplicateKey | null {
  const stack: Frame[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const frame = stack.at(-1);
      let next = end + 1;
      while (next < text.length && /\s/.test(text[next] as string)) next++;
      if (frame?.keys && text[next] === ':') {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (frame.keys.has(key)) return { key, path: frame.path };
        frame.keys.add(key);
        frame.key = key;
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      const parent = stack.at(-1);
      stack.push({ keys: char === '{' ? new Set() : null, path: childPath(parent), index: 0, key: '' });
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      const frame = stack.at(-1);
      if (frame && frame.keys === null) frame.index++;
    }
    i++;
  }
  return null;
}
