import { SaxesParser } from 'saxes';

/**
 * Parses XML with a strict, namespace-aware parser and returns the first error, or null when the document is
 * well-formed (one root, matched tags, declared prefixes, escaped text).
 */
export const xmlError = (xml: string): string | null => {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    error ??= e instanceof Error ? e.message : String(e);
  }
  return error;
};
