// A journalist corrects the rows: with the mouse (a cell's menu), undoes and
// redoes with the keyboard, finds the correction after a reload and in the
// exports; sessions saved and opened again; damaged ones and bad edits refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { chooseInCellMenu, dropFiles, keptInBrowser, launch, openReader, settle } from './support/browser.mjs';
import { KK_TITLE, RU_TITLE, ruTitleAlone } from './support/demo.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.synoptic.state());

test('a wrong row is fixed with the mouse, undone with Ctrl+Z, redone with Ctrl+Shift+Z, kept over a reload and exported', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const first = await openReader(context);
  const { page } = first;
  await settle(page);
  const before = await state(page);
  assert.deepEqual(before.comparison.rows[0], [[0], [0]]);
  assert.equal(before.comparison.rowFlags.length, before.comparison.rows.length);
  assert.equal(before.comparison.rowFlags[0].edited, false);
  assert.equal(before.canUndo, false, 'the demo library is where undo starts');

  // The Russian title is said to be only in the Russian article.
  await chooseInCellMenu(page, 0, 1, 'Only in this article');
  let after = await state(page);
  const alone = ruTitleAlone(after);
  assert.ok(alone > 0, JSON.stringify(after.comparison.rows.slice(0, 3)));
  assert.deepEqual(after.comparison.rows[0], [[0], []]);
  assert.equal(after.comparison.rowFlags[alone].edited, true);
  assert.ok(after.revision > before.revision);

  await page.keyboard.press('Control+z');
  await settle(page, 3);
  assert.deepEqual((await state(page)).comparison.rows[0], [[0], [0]], 'Ctrl+Z takes the edit back');
  await page.keyboard.press('Control+Shift+z');
  await settle(page, 3);
  after = await state(page);
  assert.ok(ruTitleAlone(after) > 0, 'Ctrl+Shift+Z makes it again');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await settle(page, 3);
  assert.ok(ruTitleAlone(await state(page)) > 0, 'Ctrl+Y redoes too');

  // The row is checked with the mouse as well.
  await chooseInCellMenu(page, 0, 0, 'Mark the row as checked');
  assert.equal((await state(page)).comparison.rowFlags[0].checked, true);
  await keptInBrowser(page);
  await page.close();

  const second = await openReader(context);
  await settle(second.page);
  const reloaded = await state(second.page);
  assert.ok(ruTitleAlone(reloaded) > 0, 'the edit is there after a reload');
  assert.equal(reloaded.comparison.rowFlags[ruTitleAlone(reloaded)].edited, true);
  assert.equal(reloaded.comparison.rowFlags[0].checked, true);

  const tsv = await second.page.evaluate(() => window.synoptic.exportText('tsv'));
  const lines = tsv.content.split('\n');
  assert.equal(lines[1], KK_TITLE + '\t');
  assert.ok(lines.includes('\t' + RU_TITLE), 'the Russian title stands alone in the TSV');
  const tmx = (await second.page.evaluate(() => window.synoptic.exportText('tmx'))).content;
  const unit = tmx.split('<tu').find((u) => u.includes(RU_TITLE));
  assert.ok(unit && !unit.includes('xml:lang="kk"'), 'the Russian title has a translation unit of its own');
  assert.deepEqual([...first.errors, ...second.errors], []);
  await context.close();
});

test('a saved session opens again as it was, with no history to undo', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  const merged = await page.evaluate(() => window.synoptic.edit({ op: 'merge', row: 1 }));
  assert.equal(merged.ok, true, merged.error);
  const checked = await page.evaluate(() => window.synoptic.edit({ op: 'check', row: 0, checked: true }));
  assert.equal(checked.ok, true, checked.error);
  const saved = await state(page);
  const text = await page.evaluate(() => window.synoptic.saveSession());
  assert.equal(JSON.parse(text).format, 'synoptic-session');

  assert.equal((await page.evaluate(() => window.synoptic.undo())).ok, true);
  assert.equal((await page.evaluate(() => window.synoptic.removeArticle(4))).ok, true);
  const loaded = await page.evaluate((t) => window.synoptic.loadSession(t), text);
  assert.equal(loaded.ok, true, loaded.error);
  await settle(page, 3);
  const reopened = await state(page);
  assert.deepEqual(reopened.articles.map((a) => a.name), saved.articles.map((a) => a.name));
  assert.deepEqual(reopened.comparison.rows, saved.comparison.rows);
  assert.deepEqual(reopened.comparison.rowFlags, saved.comparison.rowFlags);
  assert.equal(reopened.canUndo, false);
  assert.equal((await page.evaluate(() => window.synoptic.undo())).ok, false);

  // Dropped on the page, the session file opens too (not as an article
  // named "{"), once the user says it may replace the open articles.
  await page.evaluate(() => window.synoptic.removeArticle(4));
  const dropSession = () => dropFiles(page, [{ name: 'story.synoptic.json', type: 'application/json', bytes: text }]);
  const dialogButton = async (label) => {
    await page.waitForFunction(() => window.synoptic.state().pendingSession !== null);
    await settle(page, 3);
    const s = await state(page);
    assert.equal(s.articles.length, 4, 'nothing is replaced before the user answers');
    const item = s.layout.menuItems.find((i) => i.label === label);
    assert.ok(item && item.rect, `the dialog offers "${label}"`);
    await page.mouse.click(item.rect.x + item.rect.w / 2, item.rect.y + item.rect.h / 2);
    await settle(page, 3);
  };
  await dropSession();
  await dialogButton('Cancel');
  assert.equal((await state(page)).articles.length, 4, 'Cancel keeps the open articles');
  assert.equal((await state(page)).pendingSession, null);
  await dropSession();
  await dialogButton('Open the session');
  await page.waitForFunction(() => window.synoptic.state().articles.length === 5);
  assert.deepEqual((await state(page)).comparison.rows, saved.comparison.rows);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a damaged session is refused with a message and changes nothing; so are bad edits', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  const before = await state(page);
  const text = await page.evaluate(() => window.synoptic.saveSession());
  const damaged = text.slice(0, Math.floor(text.length / 2));
  const refused = await page.evaluate((t) => window.synoptic.loadSession(t), damaged);
  assert.equal(refused.ok, false);
  assert.match(refused.error, /session/i);
  // Dropped, it says so in the status line.
  await dropFiles(page, [{ name: 'broken.synoptic.json', type: 'application/json', bytes: damaged }]);
  await page.waitForFunction(() => window.synoptic.state().status.includes('broken.synoptic.json') ||
                                   window.synoptic.state().status.includes('cannot be opened'));
  const notice = await page.evaluate(() => document.getElementById('notice').textContent);
  assert.match(notice, /cannot be opened/);

  for (const bad of [{ op: 'fly' }, { op: 'merge' }, { op: 'merge', row: 99999 },
                     { op: 'unlink', article: 99, sentence: 0 }, { op: 'move', article: 0, sentence: 0, direction: 'left' },
                     { op: 'link', article: 0, sentence: 0, toArticle: 1 }, 'not json']) {
    const result = await page.evaluate((b) => window.synoptic.edit(b), bad);
    assert.equal(result.ok, false, JSON.stringify(bad));
    assert.ok(result.error.length > 5, result.error);
  }
  const after = await state(page);
  assert.equal(after.revision, before.revision);
  assert.deepEqual(after.comparison.rows, before.comparison.rows);
  assert.deepEqual(after.articles.map((a) => a.name), before.articles.map((a) => a.name));
  assert.deepEqual(errors, []);
  await page.close();
});

test('a removed article comes back with Ctrl+Z', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  const before = await state(page);
  assert.equal((await page.evaluate(() => window.synoptic.removeArticle(0))).ok, true);
  await settle(page, 3);
  assert.equal((await state(page)).articles.length, 4);
  await page.keyboard.press('Control+z');
  await settle(page, 3);
  const after = await state(page);
  assert.deepEqual(after.articles.map((a) => a.name), before.articles.map((a) => a.name));
  assert.deepEqual(after.compared, before.compared);
  assert.deepEqual(after.comparison.rows, before.comparison.rows);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a browser that refuses to keep the session says so on the page', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      value: { open() { throw new DOMException('storage is off', 'SecurityError'); } },
    });
  });
  const { page, errors } = await openReader(context);
  await settle(page);
  assert.equal((await state(page)).articles.length, 5, 'the demo opens all the same');
  assert.equal((await page.evaluate(() => window.synoptic.edit({ op: 'check', row: 0 }))).ok, true);
  await page.waitForFunction(() => /refused to keep your session/.test(document.getElementById('notice').textContent));
  assert.deepEqual(errors, []);
  await context.close();
});

test('Export → Save session downloads a .synoptic.json holding the edits', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  assert.equal((await page.evaluate(() => window.synoptic.edit({ op: 'check', row: 0 }))).ok, true);
  await settle(page, 3);
  const button = (await state(page)).layout.exportButton;
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await settle(page, 3);
  assert.ok((await state(page)).layout.menuItems.some((i) => i.label.startsWith('Report as HTML')), 'the Export menu offers the HTML report');
  const item = (await state(page)).layout.menuItems.find((i) => i.label.startsWith('Save session'));
  assert.ok(item && item.rect, 'the Export menu offers Save session');
  const download = page.waitForEvent('download');
  await page.mouse.click(item.rect.x + item.rect.w / 2, item.rect.y + item.rect.h / 2);
  const file = await download;
  assert.match(file.suggestedFilename(), /\.synoptic\.json$/);
  const text = readFileSync(await file.path(), 'utf8');
  const session = JSON.parse(text);
  assert.equal(session.format, 'synoptic-session');
  assert.equal(session.rows[0].checked, true);
  assert.deepEqual(errors, []);
  await page.close();
});
