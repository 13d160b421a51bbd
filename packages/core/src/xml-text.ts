/**
 * Characters XML 1.0 does not allow in a document: C0 controls other than tab, line feed and carriage return, the
 * non-characters U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair. An .xlsx is XML, so text
 * holding one makes the whole file unreadable (LibreOffice silently drops every later string).
 */
const XML_INVALID =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * True when `text` holds a character XML 1.0 forbids.
 * @example hasXmlInvalidChar('a\uFFFEb') // true
 */
export const hasXmlInvalidChar = (text: string): boolean => {
  XML_INVALID.lastIndex = 0;
  return XML_INVALID.test(text);
};

/**
 * `text` without the characters XML 1.0 forbids, for renderers that write XML from text they did not validate.
 * @example stripXmlInvalidChars('a\u0007b') // "ab"
 */
export const stripXmlInvalidChars = (text: string): string => text.replace(XML_INVALID, '');
