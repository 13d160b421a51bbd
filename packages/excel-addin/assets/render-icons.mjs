// Renders logo.svg and outline.svg to the PNG sizes the manifests name, with the same headless Chromium the
// end-to-end test uses, so the icons are real raster files rather than placeholders. Run: pnpm icons
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** [source, size, output]: ribbon and store icons from the logo; the JSON manifest's outline icon and colour icon. */
const TARGETS = [
  ...[16, 32, 64, 80, 128].map((size) => ['logo.svg', size, `icon-${size}.png`]),
  ['logo.svg', 192, 'color.png'],
  ['outline.svg', 32, 'outline.png'],
];

const profile = await mkdtemp(join(tmpdir(), 'aifin-icons-'));
// A fresh profile per run: nothing from an earlier run (or a user's browser) leaks in.
const context = await chromium
  .launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  .catch(async (error) => {
    await rm(profile, { recursive: true, force: true });
    throw error;
  });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  for (const [source, size, output] of TARGETS) {
    const svg = await readFile(join(here, source), 'utf8');
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({
      path: join(here, output),
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    console.log(`${output} ${size}×${size}`);
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
