import type { Readable } from 'node:stream';
import { userErrors } from '@aifin/core';

/** The file name that means standard input, as Unix tools spell it. */
export const STDIN = '-';
/** How standard input is named in messages and to the parsers (no extension: read as YAML, which JSON is too). */
export const STDIN_NAME = '<stdin>';

/** The flag that read standard input first, if any: it can be read once per command. */
let readBy: string | null = null;

/** What `readStdin` needs to know and to say. */
export interface StdinRequest {
  /** The flag or argument that gave `-`, for messages: `--scenario`, `--facts`, `a scenario file`. */
  readonly flag: string;
  /** The size limit of the kind of file it stands for, in bytes. */
  readonly limit: number;
  /** The error for more than `limit` bytes, as the file's own reader reports it. */
  readonly tooLarge: (bytes: number) => Error;
}

/**
 * Reads standard input whole, as bytes, for a file given as `-` (core decodes them, strictly, as it does a file's).
 * Refused: a second `-` in the same command (standard input is read once), standard input that is a terminal (the
 * command would wait, silently, for typed text), more than `limit` bytes (reading stops there, so an endless stream
 * cannot fill memory).
 * @example parseScenarioFile(await readStdin({ flag: '--scenario', limit, tooLarge }), STDIN_NAME)
 */
export async function readStdin(
  request: StdinRequest,
  stream: Readable & { isTTY?: boolean } = process.stdin,
) {
  if (readBy !== null) throw userErrors.stdinTwice(readBy, request.flag);
  readBy = request.flag;
  if (stream.isTTY === true) throw userErrors.stdinIsTerminal(request.flag);
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    bytes += buffer.length;
    if (bytes > request.limit) {
      stream.destroy();
      throw request.tooLarge(bytes);
    }
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
