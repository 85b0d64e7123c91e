// Ctrl+F across the compared articles, in any script: a name typed in one
// spelling finds it in Cyrillic, Latin and Arabic; Enter and F3 walk the
// matches; the matches are marked inside the sentences.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { launch, openReader, settle } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.synoptic.state());
const articlesOf = (found) => [...new Set(found.matches.map((m) => m.article))].sort();

test('find(query) finds a name in every script and spelling of the compared articles', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  assert.equal((await page.evaluate(() => window.synoptic.compare([0, 1, 3]))).ok, true); // kk, ru, tr
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  const find = (q) => page.evaluate((query) => window.synoptic.find(query), q);
  assert.deepEqual(articlesOf(await find('Witkoff')), [0, 1, 3], 'Witkoff: Уиткофф in kk and ru, Witkoff in tr');
  assert.deepEqual(articlesOf(await find('Aragchi')), [0, 1, 3], 'Aragchi: Арагчи, Erakçı');
  assert.deepEqual((await find('')).matches, []);
  assert.deepEqual((await find('zzzqqq')).matches, []);
  assert.equal((await page.evaluate(() => window.synoptic.compare([0, 2, 4]))).ok, true); // kk, ru, ar
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  const muscat = await find('Маскат');
  assert.deepEqual(articlesOf(muscat), [0, 2, 4], 'Маскат: Маскат/Muscat, Маскате, مسقط');
  for (const m of muscat.matches) assert.ok(m.end > m.start && m.sentence >= 0, JSON.stringify(m));
  assert.deepEqual(errors, []);
  await page.close();
});

test('Ctrl+F opens the find box; typing finds, Enter and F3 walk the matches, each marked in its sentence; Escape closes', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  await page.keyboard.press('Control+f');
  await settle(page, 3);
  assert.equal((await state(page)).find.open, true);
  await page.keyboard.type('Witkoff');
  await settle(page, 3);
  let s = await state(page);
  assert.equal(s.find.query, 'Witkoff');
  assert.ok(s.find.matches >= 2, `matches: ${s.find.matches}`);
  assert.equal(s.find.current, null);
  await page.keyboard.press('Enter');
  await settle(page, 4);
  s = await state(page);
  assert.equal(s.find.current, 0);
  const first = [s.cursor.row, s.cursor.column];
  // The current match is marked in its cell, in the find's amber.
  const cell = s.layout.cells.find((c) => c.row === first[0] && c.column === first[1]);
  assert.ok(cell && cell.rect, 'the match is in view');
  const png = PNG.sync.read(await page.screenshot({ clip: { x: cell.rect.x, y: cell.rect.y, width: cell.rect.w, height: cell.rect.h } }));
  let amber = 0;
  for (let i = 0; i < png.data.length; i += 4)
    if (png.data[i] > 180 && png.data[i + 1] > 100 && png.data[i + 1] < 180 && png.data[i + 2] < 80) ++amber;
  assert.ok(amber > 20, `the match is marked (${amber} amber pixels)`);
  await page.keyboard.press('F3');
  await settle(page, 4);
  s = await state(page);
  assert.equal(s.find.current, 1);
  assert.notDeepEqual([s.cursor.row, s.cursor.column], first, 'F3 goes to the next match');
  await page.keyboard.press('Shift+F3');
  await settle(page, 4);
  assert.equal((await state(page)).find.current, 0);
  await page.keyboard.press('Escape');
  await settle(page, 3);
  assert.equal((await state(page)).find.open, false);
  const revision = (await state(page)).revision;
  assert.equal(revision, s.revision, 'finding changes nothing in the document');
  assert.deepEqual(errors, []);
  await page.close();
});

// Text typed as a keyboard of that script types it: the browser's key events
// with their characters (Playwright's keyboard.type sends none for letters a
// US keyboard lacks, so the keys go through Chromium's own input protocol).
async function typeKeys(page, text) {
  const client = await page.context().newCDPSession(page);
  for (const ch of text) {
    await client.send('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await client.send('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }
  await client.detach();
}

test('a query typed in Cyrillic or in Arabic finds the place in every script', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  assert.equal((await page.evaluate(() => window.synoptic.compare([0, 2, 3, 4]))).ok, true); // kk, ru, tr, ar
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  await page.keyboard.press('Control+f');
  await settle(page, 3);
  for (const [typed, articles] of [['Маскат', [0, 2, 3, 4]], ['مسقط', [0, 2, 3, 4]]]) {
    await typeKeys(page, typed);
    await settle(page, 4);
    const s = await state(page);
    assert.equal(s.find.query, typed, 'the find box holds what was typed');
    const found = await page.evaluate((q) => window.synoptic.find(q), typed);
    assert.equal(s.find.matches, found.matches.length, 'the box found what find() finds');
    assert.deepEqual(articlesOf(found), articles, `${typed}: Маскат, Maskat, مسقط`);
    for (let i = 0; i < [...typed].length; ++i) { // ImGui 1.86 reads the key once a frame: hold it for one
      await page.keyboard.down('Backspace');
      await settle(page, 1);
      await page.keyboard.up('Backspace');
      await settle(page, 1);
    }
    assert.equal((await state(page)).find.query, '', 'Backspace takes the typed letters back');
  }
  assert.deepEqual(errors, []);
  await page.close();
});
