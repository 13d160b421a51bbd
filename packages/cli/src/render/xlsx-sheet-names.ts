/** XML's five predefined entities, as they appear in an attribute ExcelJS writes. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/**
 * The worksheet names of an xlsx file, in tab order, read from its `xl/workbook.xml`: what was really written, for
 * `export --json` to report. jszip loads only when asked.
 * @example await xlsxSheetNames(buffer) // ['Cover', 'Assumptions', …]
 */
export async function xlsxSheetNames(data: Uint8Array): Promise<readonly string[]> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(data);
  const workbook = await zip.file('xl/workbook.xml')?.async('string');
  if (workbook === undefined) throw new Error('the rendered workbook has no xl/workbook.xml');
  return [...workbook.matchAll(/<sheet\b[^>]*?\sname="([^"]*)"/g)].map(([, name = '']) =>
    name.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity),
  );
}
