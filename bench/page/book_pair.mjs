// A book-length pair in the page itself: the Kazinform kk/ru seeds repeated
// N times (N=2000: 48,001 x 36,000 sentences), given to addArticle in
// headless Chromium, then compared. Prints the time to read both, the time
// to align and compare them, and how many rows a frame draws. Figures, not a test.
//   node bench/page/book_pair.mjs [N]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openReader, settle, repoRoot } from '../../tests/browser/support/browser.mjs';

const times = Number(process.argv[2] || 2000);
const seed = (name) => readFileSync(resolve(repoRoot, 'assets/demo', name), 'utf8');
const book = (text) => {
  const [header, ...body] = text.split('\n');
  return header + '\n' + Array(times).fill(body.join('\n')).join('\n');
};
const kk = book(seed('000_84709defd8457a92.txt'));
const ru = book(seed('001_e7239c642e9fa5fc.txt'));

const browser = await launch();
const { page, errors } = await openReader(browser);
await settle(page);
let start = Date.now();
const a = await page.evaluate((t) => window.synoptic.addArticle('book-kk.txt', t), kk);
const b = await page.evaluate((t) => window.synoptic.addArticle('book-ru.txt', t), ru);
const readMs = Date.now() - start;
start = Date.now();
await page.evaluate(([i, j]) => window.synoptic.compare([i, j]), [a.index, b.index]);
// The page aligns between frames (state() never starts work): wait for it.
await page.waitForFunction(() => !window.synoptic.state().needsAlignment, null, { timeout: 1200000, polling: 250 });
const state = await page.evaluate(() => window.synoptic.state());
const compareMs = Date.now() - start;
await settle(page, 5);
const drawn = (await page.evaluate(() => window.synoptic.state())).render.rowsDrawn;
await browser.close();
const mb = (Buffer.byteLength(kk) + Buffer.byteLength(ru)) / 1048576;
console.log(`book pair x${times}: ${state.articles[a.index].sentences} x ${state.articles[b.index].sentences} sentences, ${mb.toFixed(1)} MB`);
console.log(`  read both (addArticle): ${(readMs / 1000).toFixed(1)} s; align and compare: ${(compareMs / 1000).toFixed(1)} s, ` +
            `${state.comparison.pairs[0].mode}, ${state.comparison.rows.length} rows; rows drawn a frame: ${drawn}` +
            (errors.length ? `; console errors: ${errors.length}` : ''));
