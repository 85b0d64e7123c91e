// Opens dist/synoptic.html from file:// in Debian's Chromium (never a
// downloaded browser) and records what the page asks of the network and
// what it reports as errors.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const pagePath = resolve(repoRoot, 'dist/synoptic.html');
export const pageUrl = pathToFileURL(pagePath).href;

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

// `extraArgs`: more Chromium switches (e.g. WebGL turned off).
export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

// A page with listeners attached before navigation, so nothing is missed.
// `where` is the browser (a fresh context, so fresh storage, for each page)
// or a context (pages that share the browser's storage, like a user's visits).
export async function openReader(where, { width = 1280, height = 800 } = {}) {
  if (!existsSync(pagePath)) throw new Error(`${pagePath} is missing: run 'make web' first`);
  const page = where.newContext ? await where.newPage({ viewport: { width, height } }) : await where.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (r) => { if (r.url() !== pageUrl) requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pageUrl);
  await page.waitForFunction(() => window.synoptic && window.synoptic.firstFrameMs !== null,
                             null, { timeout: 60000 });
  return { page, requests, errors };
}

// Lets the main loop draw a few more frames (layout settles after the first).
export async function settle(page, frames = 10) {
  await page.evaluate((n) => new Promise((done) => {
    const step = () => (n-- > 0 ? requestAnimationFrame(step) : done());
    step();
  }), frames);
}

// Resolves once the session as it is now has been written to IndexedDB: a
// page closed before that would lose the last change, as a tab closed by a
// crash would.
export async function keptInBrowser(page, timeout = 60000) {
  await page.waitForFunction(() => {
    const s = window.synoptic.state();
    return s.storage.lastWrite !== null && s.storage.lastWrite.revision === s.revision;
  }, null, { timeout, polling: 100 });
}

// Right-clicks the cell of (row, column) and chooses the menu item whose
// label starts with `label`, as a user does.
export async function chooseInCellMenu(page, row, column, label) {
  const cell = (await page.evaluate(() => window.synoptic.state())).layout.cells
    .find((c) => c.row === row && c.column === column);
  if (!cell || !cell.rect) throw new Error(`the page does not report where cell ${row}/${column} is`);
  await page.mouse.click(cell.rect.x + 10, cell.rect.y + cell.rect.h / 2, { button: 'right' });
  await settle(page, 3);
  const item = (await page.evaluate(() => window.synoptic.state())).layout.menuItems.find((i) => i.label.startsWith(label));
  if (!item || !item.rect) throw new Error(`the cell menu does not offer "${label}"`);
  await page.mouse.click(item.rect.x + item.rect.w / 2, item.rect.y + item.rect.h / 2);
  await settle(page, 3);
}

// Drops files on the canvas the way a browser does (a DataTransfer of
// Files); `bytes` is a string or an array of byte values.
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const transfer = new DataTransfer();
    for (const f of files) {
      const content = typeof f.bytes === 'string' ? f.bytes : new Uint8Array(f.bytes);
      transfer.items.add(new File([content], f.name, { type: f.type }));
    }
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ ...f, bytes: typeof f.bytes === 'string' ? f.bytes : [...f.bytes] })));
}
