import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The height, in points, of the smallest word on each page of a PDF, by poppler's `pdftotext -bbox-layout`: every
 * word's box as printed, so what a reader sees at print scale, whatever the sheet's font size and fit-to-page say.
 */
export async function smallestWordPerPage(pdf: string, workdir: string): Promise<readonly number[]> {
  const html = join(workdir, 'words.html');
  await run('pdftotext', ['-bbox-layout', pdf, html]);
  const text = await readFile(html, 'utf8');
  return text
    .split('<page ')
    .slice(1)
    .map((page) => {
      let smallest = Number.POSITIVE_INFINITY;
      for (const m of page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g))
        smallest = Math.min(smallest, Number(m[2]) - Number(m[1]));
      return smallest;
    });
}
