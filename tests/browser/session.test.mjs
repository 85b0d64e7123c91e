// What a journalist keeps: exports of the comparison, and the session where
// they left it when they open the page again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { keptInBrowser, launch, openReader, settle } from './support/browser.mjs';

const state = (page) => page.evaluate(() => window.synoptic.state());

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// How many rows the JSON export holds.
const rowsInJson = (json) => JSON.parse(json.content).rows.length;

test('the comparison exports as JSON, a text report, TSV, TMX and an HTML report; the Export menu downloads a file', async () => {
  const { page, requests, errors } = await openReader(browser);
  await settle(page);
  const json = await page.evaluate(() => window.synoptic.exportText('json'));
  assert.equal(json.ok, true, json.error);
  const parsed = JSON.parse(json.content);
  assert.ok(JSON.stringify(parsed).includes('Иран мен АҚШ Омандағы келіссөзін аяқтады'));
  const tsv = await page.evaluate(() => window.synoptic.exportText('tsv'));
  // A header of the compared articles' names, then one line per row.
  const [header, firstRow] = tsv.content.split('\n').map((line) => line.split('\t'));
  assert.deepEqual(header, ['000_84709defd8457a92.txt', '001_e7239c642e9fa5fc.txt']);
  assert.ok(firstRow.includes('Иран мен АҚШ Омандағы келіссөзін аяқтады'), firstRow.join(' | '));
  assert.ok(firstRow.includes('Иран и США завершили очередной раунд переговоров в Омане'));
  const tmx = await page.evaluate(() => window.synoptic.exportText('tmx'));
  assert.match(tmx.content, /<tmx version="1\.4"/);
  assert.match(tmx.content, /xml:lang="kk"/);
  assert.equal((await page.evaluate(() => window.synoptic.exportText('pdf'))).ok, false);
  // The HTML report: the rows side by side, readable without the reader, and no script.
  const report = await page.evaluate(() => window.synoptic.exportText('html'));
  assert.equal(report.fileName, 'synoptic-report.html');
  assert.ok(report.content.includes('Иран мен АҚШ Омандағы келіссөзін аяқтады'));
  assert.doesNotMatch(report.content, /<script/i);
  const reader = await browser.newPage({ javaScriptEnabled: false });
  const reportRequests = [];
  reader.on('request', (r) => { if (!r.url().startsWith('data:')) reportRequests.push(r.url()); });
  await reader.setContent(report.content);
  const rowsShown = await reader.evaluate(() => document.querySelectorAll('tr').length);
  assert.ok(rowsShown > rowsInJson(json), `the report shows the rows (${rowsShown} table rows)`);
  assert.deepEqual(reportRequests, [], 'the report fetches nothing');
  await reader.close();

  // The menu, as a user uses it: click Export, then the first entry.
  const state = await page.evaluate(() => window.synoptic.state());
  assert.ok(state.comparison.rows.length > 0);
  const download = page.waitForEvent('download');
  await clickExportMenu(page);
  const file = await download;
  assert.equal(file.suggestedFilename(), 'synoptic-comparison.json');
  assert.deepEqual(requests.filter((u) => !u.startsWith('blob:')), [], 'network requests');
  assert.deepEqual(errors, []);
  await page.close();
});

// The Export button sits right of the mode picker on the compare view's
// first line; its popup's first entry is the JSON export.
async function clickExportMenu(page) {
  const box = await page.evaluate(() => window.synoptic.state().layout?.exportButton ?? null);
  assert.ok(box, 'the page reports where the Export button is');
  await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  await settle(page, 3);
  await page.mouse.click(box.x + 30, box.y + box.h + 14);
  await settle(page, 3);
}

test('a second visit finds the library, the compared articles and the mode where the user left them', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await openReader(context);
  await settle(first.page, 2);
  assert.equal((await first.page.evaluate(() => window.synoptic.addArticle('notes.md', '# Talks\n\nThe talks in Muscat lasted several hours.'))).ok, true);
  assert.equal((await first.page.evaluate(() => window.synoptic.removeArticle(2))).ok, true);
  const before = await first.page.evaluate(() => window.synoptic.state());
  assert.equal(before.articles.length, 5);
  assert.ok(!before.articles.some((a) => a.name === '002_970eac684697c81d.txt'), 'removed article still there');
  assert.equal((await first.page.evaluate(() => window.synoptic.compare([2, 3]))).ok, true);
  assert.equal((await first.page.evaluate(() => window.synoptic.setMode('comparable'))).ok, true);
  await keptInBrowser(first.page);
  await first.page.close();

  const second = await openReader(context);
  await settle(second.page, 2);
  const after = await second.page.evaluate(() => window.synoptic.state());
  assert.deepEqual(after.articles.map((a) => a.name), before.articles.map((a) => a.name));
  assert.deepEqual(after.compared, [2, 3]);
  assert.equal(after.mode, 'comparable');
  assert.deepEqual([...first.errors, ...second.errors], []);
  await context.close();
});

test('a pair given a mode of its own is aligned in it, and a reload still shows each pair\'s mode and why', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await openReader(context);
  await settle(first.page, 2);
  const call = (page, method, ...args) => page.evaluate(([m, a]) => window.synoptic[m](...a), [method, args]);
  assert.equal((await call(first.page, 'compare', [0, 1, 3])).ok, true);
  assert.equal((await call(first.page, 'setMode', 'parallel')).ok, true);
  const chosen = await call(first.page, 'setPairMode', 3, 0, 'comparable');
  assert.equal(chosen.ok, true, chosen.error);
  assert.equal((await call(first.page, 'setPairMode', 0, 0, 'comparable')).ok, false);
  assert.equal((await call(first.page, 'setPairMode', 0, 1, 'fast')).ok, false);
  await first.page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  const pairsOf = (s) => Object.fromEntries(s.comparison.pairs.map((p) => [p.articles.join('~'), p]));
  const before = pairsOf(await state(first.page));
  assert.deepEqual(Object.keys(before).sort(), ['0~1', '0~3', '1~3']);
  assert.equal(before['0~3'].mode, 'comparable');
  assert.equal(before['0~3'].chosen, 'comparable');
  assert.equal(before['0~1'].mode, 'parallel');
  assert.equal(before['0~1'].chosen, null);
  assert.ok(before['0~1'].links > 0);
  // The Pairs… button sits beside the mode picker.
  const button = (await state(first.page)).layout.pairsButton;
  assert.ok(button && button.w > 0, 'the page reports where "Pairs…" is');
  await keptInBrowser(first.page);
  await first.page.close();

  const second = await openReader(context);
  await settle(second.page, 2);
  const after = pairsOf(await state(second.page));
  for (const key of Object.keys(before)) {
    assert.equal(after[key].mode, before[key].mode, key);
    assert.equal(after[key].reason, before[key].reason, key);
    assert.equal(after[key].chosen, before[key].chosen, key);
  }
  assert.deepEqual([...first.errors, ...second.errors], []);
  await context.close();
});

test('right-clicking a cell copies its sentences, or the whole row, to the clipboard', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  // Record what reaches the browser's clipboard API.
  await page.evaluate(() => {
    window.copied = [];
    navigator.clipboard.writeText = (text) => { window.copied.push(text); return Promise.resolve(); };
  });
  const cell = (await page.evaluate(() => window.synoptic.state())).layout.firstCell;
  assert.ok(cell, 'the page reports where the first cell is');
  for (const entry of [0, 1]) {
    await page.mouse.click(cell.x + 10, cell.y + cell.h / 2, { button: 'right' });
    await settle(page, 3);
    await page.mouse.click(cell.x + 30, cell.y + cell.h / 2 + 12 + entry * 21);
    await settle(page, 3);
  }
  const copied = await page.evaluate(() => window.copied);
  assert.deepEqual(copied[0], 'Иран мен АҚШ Омандағы келіссөзін аяқтады');
  assert.match(copied[1], /^\[kk\] 000_84709defd8457a92\.txt: Иран мен АҚШ Омандағы келіссөзін аяқтады\n\[ru\] 001_e7239c642e9fa5fc\.txt: Иран и США завершили очередной раунд переговоров в Омане\n$/);
  assert.deepEqual(errors, []);
  await page.close();
});
