import type { UserFileRules } from './user-file-kind.js';

/** Where the first byte that is not UTF-8 lies: the longest prefix that decodes, found by halving. */
function firstInvalidByte(bytes: Uint8Array): number {
  // A streaming decoder accepts a prefix that ends inside a character, so validity is monotone in the length.
  const valid = (length: number, stream = true): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (valid(middle)) low = middle;
    else high = middle - 1;
  }
  // The longest streamed prefix may end inside the bad character (a lead byte whose sequence breaks later):
  // back up to where that character starts, at most three bytes.
  while (low > 0 && !valid(low, false)) low--;
  return low;
}

/** The 1-based line a byte offset lies on. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * A user's file as text: its size checked against its kind's limit before anything is decoded, then decoded as
 * strict UTF-8 (a byte that is not UTF-8 is refused, naming its line, instead of silently becoming U+FFFD), a
 * byte-order mark dropped (editors on Windows save one, and JSON.parse rejects it).
 * @example decodeUserFile(new TextEncoder().encode('name: x'), 'x.yaml', SCENARIO_FILE_RULES) // 'name: x'
 */
export function decodeUserFile(bytes: Uint8Array, file: string, rules: UserFileRules): string {
  if (!(bytes instanceof Uint8Array))
    throw new TypeError(`decodeUserFile() needs a Uint8Array, got ${typeof bytes}`);
  if (typeof file !== 'string') throw new TypeError(`decodeUserFile() needs a file name, got ${typeof file}`);
  if (typeof rules !== 'object' || rules === null)
    throw new TypeError('decodeUserFile() needs the rules of a kind of file');
  if (bytes.length > rules.maxBytes) throw rules.tooLarge(file, bytes.length, rules.maxBytes);
  try {
    // ignoreBOM false (the default): a leading U+FEFF is the byte-order mark and is not part of the text.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    throw rules.syntax(file, `invalid UTF-8 on line ${lineAt(bytes, offset)} (byte ${offset + 1})`);
  }
}
