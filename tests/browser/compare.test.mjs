// Comparing articles in the page: the alignment a reader sees, articles
// dropped on the page, and files that cannot be read.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dropFiles, launch, openReader, repoRoot, settle } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const goldDir = resolve(repoRoot, 'tests/data/gold/kazinform-kk-ru');

test('the Kazinform kk/ru demo pair is aligned as a translation, title with title', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  const state = await page.evaluate(() => window.synoptic.state());
  const pair = state.comparison.pairs[0];
  assert.equal(pair.mode, 'parallel', pair.reason);
  const rows = state.comparison.rows;
  assert.deepEqual(rows[0], [[0], [0]], 'titles share the first row');
  // Every sentence of both articles stands in exactly one row.
  for (const [k, count] of [[0, 25], [1, 18]]) {
    const seen = rows.flatMap((r) => r[k]).sort((a, b) => a - b);
    assert.deepEqual(seen, [...Array(count).keys()]);
  }
  // The gold's merged bead kk 3-4 ↔ ru 5 is one row.
  const gold = readFileSync(resolve(goldDir, 'gold.txt'), 'utf8');
  assert.match(gold, /^\[3, 4\]:\[5\]$/m);
  assert.ok(rows.some((r) => r[0].join() === '3,4' && r[1].join() === '5'), JSON.stringify(rows));
  assert.deepEqual(errors, []);
  await page.close();
});

test('independent reports in Turkish and Arabic can be compared side by side', async () => {
  const { page, errors } = await openReader(browser);
  const names = (await page.evaluate(() => window.synoptic.state())).articles.map((a) => a.language);
  const tr = names.indexOf('tr'), ar = names.indexOf('ar');
  assert.deepEqual(await page.evaluate(([a, b]) => window.synoptic.compare([a, b]), [tr, ar]), { ok: true });
  await settle(page);
  const state = await page.evaluate(() => window.synoptic.state());
  assert.deepEqual(state.comparison.articles, [tr, ar]);
  assert.equal(state.comparison.pairs[0].mode, 'comparable', state.comparison.pairs[0].reason);
  assert.equal(state.render.glyphsMissing, 0);
  assert.ok(state.render.glyphsDrawn > 1500);
  assert.deepEqual(await page.evaluate(() => window.synoptic.compare([0, 0])).then((r) => r.ok), false);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a dropped article joins the library; empty, binary and huge files are refused with a message', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page, 2);
  const html = '<html lang="en"><head><title>Talks end</title></head><body><nav>Home</nav>' +
               '<article><h1>Iran and US end talks in Oman</h1><p>The delegations met in Muscat on 6 February. ' +
               'Both sides agreed to continue the dialogue.</p></article><script>track()</script></body></html>';
  await dropFiles(page, [
    { name: 'report.html', type: 'text/html', bytes: Buffer.from(html) },
    { name: 'empty.txt', type: 'text/plain', bytes: Buffer.alloc(0) },
    { name: 'scan.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n\x00\x01\x02\x03', 'binary') },
  ]);
  await page.waitForFunction(() => window.synoptic.state().articles.length === 6);
  await settle(page, 3);
  const state = await page.evaluate(() => window.synoptic.state());
  const added = state.articles[5];
  assert.equal(added.name, 'report.html');
  assert.equal(added.language, 'en');
  assert.ok(added.sentences >= 3, JSON.stringify(added));
  const notice = await page.textContent('#notice');
  assert.match(notice, /scan\.pdf|empty\.txt/);
  const huge = await page.evaluate(() => window.synoptic.addArticle('book.txt', new Uint8Array(13 << 20).fill(0x61)));
  assert.equal(huge.ok, false);
  assert.match(huge.error, /book\.txt: 13\.0 MB is more than the reader takes/);
  const direct = await page.evaluate(() => window.synoptic.addArticle('blank.txt', ''));
  assert.equal(direct.ok, false);
  assert.match(direct.error, /empty/i);
  assert.equal((await page.evaluate(() => window.synoptic.state())).articles.length, 6, 'nothing added for bad files');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a book-length pair is compared and only the rows in view are drawn, wherever the reader scrolls', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page, 2);
  const seed = (name) => readFileSync(resolve(repoRoot, 'assets/demo', name), 'utf8');
  const book = (text, times) => {
    const [header, ...body] = text.split('\n');
    return header + '\n' + Array(times).fill(body.join('\n')).join('\n');
  };
  const a = await page.evaluate((t) => window.synoptic.addArticle('book-kk.txt', t), book(seed('000_84709defd8457a92.txt'), 100));
  const b = await page.evaluate((t) => window.synoptic.addArticle('book-ru.txt', t), book(seed('001_e7239c642e9fa5fc.txt'), 100));
  assert.ok(a.ok && b.ok);
  await page.evaluate(([i, j]) => window.synoptic.compare([i, j]), [a.index, b.index]);
  await settle(page, 3);
  let state = await page.evaluate(() => window.synoptic.state());
  assert.equal(state.comparison.pairs[0].mode, 'parallel');
  assert.ok(state.comparison.rows.length > 2000, `${state.comparison.rows.length} rows`);
  assert.ok(state.render.rowsDrawn > 5 && state.render.rowsDrawn < 100, `${state.render.rowsDrawn} rows drawn`);
  // Deep into the book the rows in view are drawn, and only those.
  await page.mouse.move(700, 400);
  for (let i = 0; i < 20; ++i) { await page.mouse.wheel(0, 4000); await settle(page, 1); }
  await settle(page, 3);
  state = await page.evaluate(() => window.synoptic.state());
  assert.ok(state.render.rowsDrawn > 5 && state.render.rowsDrawn < 100, `${state.render.rowsDrawn} rows drawn after scrolling`);
  assert.equal(state.layout.firstCell, null, 'the first row is out of view after scrolling');
  assert.equal(state.render.glyphsMissing, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

// windows-1251: ASCII as is, А..я at 0xC0..0xFF, Ё/ё at 0xA8/0xB8.
function toWindows1251(text) {
  const bytes = [];
  for (const ch of text) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else if (c >= 0x410 && c <= 0x44f) bytes.push(c - 0x410 + 0xc0);
    else if (c === 0x401) bytes.push(0xa8);
    else if (c === 0x451) bytes.push(0xb8);
    else throw new Error(`no windows-1251 byte for U+${c.toString(16)}`);
  }
  return Buffer.from(bytes);
}

test('an article saved in windows-1251 reads as the Russian it is', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page, 2);
  // Lines of the gold's Russian text that windows-1251 can hold as they are.
  const lines = readFileSync(resolve(goldDir, 'ru.txt'), 'utf8').split('\n')
    .filter((l) => l && [...l].every((ch) => ch.codePointAt(0) < 0x80 || /[\u0401\u0410-\u044f\u0451]/.test(ch)));
  assert.ok(lines.length >= 8, `${lines.length} lines`);
  await dropFiles(page, [{ name: 'old-site.txt', type: 'text/plain', bytes: toWindows1251(lines.join('\n\n')) }]);
  await page.waitForFunction(() => window.synoptic.state().articles.length === 6);
  const added = (await page.evaluate(() => window.synoptic.state())).articles[5];
  assert.equal(added.language, 'ru');
  assert.equal(added.title, lines[0]);
  assert.ok(added.warnings.some((w) => w.includes('windows-1251')), JSON.stringify(added.warnings));
  assert.deepEqual(errors, []);
  await page.close();
});
