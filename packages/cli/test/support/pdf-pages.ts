/**
 * Page counts of a PDF as LibreOffice writes it (uncompressed page tree and outline): enough to check how a workbook
 * prints without another tool.
 */
export interface PdfPages {
  /** Every page object in the file. */
  readonly total: number;
  /** Pages per top-level bookmark (LibreOffice makes one per sheet), in document order. */
  readonly perBookmark: ReadonlyMap<string, number>;
}

const utf16be = (hex: string): string => Buffer.from(hex, 'hex').swap16().toString('utf16le');

/** Counts the pages of a PDF, and how many each bookmark (sheet) spans. */
export const pdfPages = (pdf: Buffer): PdfPages => {
  const text = pdf.toString('latin1');
  const total = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(text)?.[1]?.match(/\d+ 0 R/g) ?? [];
  const order = kids.map((ref) => ref.split(' ')[0]);
  const marks = [...text.matchAll(/\/Title\s*<FEFF([0-9A-Fa-f]*)>[\s\S]*?\/Dest\s*\[(\d+) 0 R/g)].map(
    (m) => ({ title: utf16be(m[1] ?? ''), first: order.indexOf(m[2] ?? '') }),
  );
  const perBookmark = new Map<string, number>();
  marks.forEach((mark, i) => {
    perBookmark.set(mark.title, (marks[i + 1]?.first ?? order.length) - mark.first);
  });
  return { total, perBookmark };
};
