// The rows corrected from the keyboard: a cursor moved with the arrows, the
// row edits on its cell, linking two sentences (keys, then the mouse), the
// cell menu opened with Enter, and the rows scrolling to follow the cursor.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chooseInCellMenu, launch, openReader, settle } from './support/browser.mjs';
import { ruTitleAlone } from './support/demo.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.synoptic.state());

async function press(page, ...keys) {
  for (const key of keys) {
    await page.keyboard.press(key);
    await settle(page, 2);
  }
}

test('arrows move a cursor over the cells; U, M, C and Alt+arrows edit its row; Escape hides it', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  assert.equal((await state(page)).cursor.shown, false, 'no cursor before the keyboard is used');
  await press(page, 'ArrowDown');
  let s = await state(page);
  assert.deepEqual([s.cursor.shown, s.cursor.row, s.cursor.column], [true, 0, 0], 'the first arrow shows the cursor');
  await press(page, 'ArrowRight', 'ArrowRight'); // the second stops at the last column
  assert.equal((await state(page)).cursor.column, 1);

  await press(page, 'u');
  s = await state(page);
  assert.deepEqual(s.comparison.rows[0], [[0], []], 'U leaves the Russian title only in its article');
  assert.ok(ruTitleAlone(s) > 0);
  await press(page, 'Control+z');
  assert.deepEqual((await state(page)).comparison.rows[0], [[0], [0]]);

  const rowsBefore = (await state(page)).comparison.rows;
  await press(page, 'm');
  s = await state(page);
  assert.equal(s.comparison.rows.length, rowsBefore.length - 1, 'M merges the row with the next');
  assert.deepEqual(s.comparison.rows[0][1], [...rowsBefore[0][1], ...rowsBefore[1][1]]);
  assert.equal(s.comparison.rowFlags[0].edited, true);
  await press(page, 'Control+z', 'c');
  assert.equal((await state(page)).comparison.rowFlags[0].checked, true, 'C marks the row checked');
  await press(page, 'c');
  assert.equal((await state(page)).comparison.rowFlags[0].checked, false, 'C again takes the mark back');

  // Alt+Down moves the cell's last sentence to the row below; the cursor follows it.
  await press(page, 'Alt+ArrowDown');
  s = await state(page);
  assert.equal(s.cursor.row, 1);
  assert.ok(s.comparison.rows[1][1].includes(0), JSON.stringify(s.comparison.rows.slice(0, 3)));
  await press(page, 'Alt+ArrowUp');
  assert.deepEqual((await state(page)).comparison.rows[0], [[0], [0]], 'Alt+Up brings it back');

  await press(page, 'Escape');
  assert.equal((await state(page)).cursor.shown, false);
  const revision = (await state(page)).revision;
  await press(page, 'u', 'm');
  assert.equal((await state(page)).revision, revision, 'edit keys do nothing without a cursor');
  assert.deepEqual(errors, []);
  await page.close();
});

test('L then Enter links two sentences from the keyboard; Escape gives up a link', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  await press(page, 'ArrowDown', 'ArrowRight', 'u');
  const alone = ruTitleAlone(await state(page));
  assert.ok(alone > 0);
  // To the lone Russian title, then L, up to the Kazakh title's row, Enter.
  for (let i = 0; i < alone; ++i) await press(page, 'ArrowDown');
  await press(page, 'l');
  let s = await state(page);
  assert.deepEqual(s.cursor.linking, { article: 1, sentence: 0 });
  for (let i = 0; i < alone; ++i) await press(page, 'ArrowUp');
  await press(page, 'ArrowLeft', 'Enter');
  s = await state(page);
  assert.equal(s.cursor.linking, null);
  assert.deepEqual(s.comparison.rows[0], [[0], [0]], 'the two titles stand in one row again');
  assert.equal(s.comparison.rowFlags[0].edited, true);

  await press(page, 'ArrowDown', 'l');
  assert.notEqual((await state(page)).cursor.linking, null);
  const revision = (await state(page)).revision;
  await press(page, 'Escape', 'Enter');
  s = await state(page);
  assert.equal(s.cursor.linking, null, 'Escape gives the link up');
  assert.equal(s.revision, revision);
  assert.ok(s.layout.menuItems.some((i) => i.label.startsWith('Split the row')), 'Enter opens the cell menu');
  await press(page, 'Escape');
  assert.deepEqual(errors, []);
  await page.close();
});

test('"Link with…" in the cell menu, then a click on another row, links two sentences', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  await chooseInCellMenu(page, 0, 1, 'Only in this article');
  const alone = ruTitleAlone(await state(page));
  assert.ok(alone > 0);
  await chooseInCellMenu(page, alone, 1, 'Link with');
  assert.deepEqual((await state(page)).cursor.linking, { article: 1, sentence: 0 });
  // The Russian cell of row 0 is empty now: the Kazakh title's cell names the row.
  const target = (await state(page)).layout.cells.find((c) => c.row === 0 && c.column === 0);
  await page.mouse.click(target.rect.x + 10, target.rect.y + target.rect.h / 2);
  await settle(page, 3);
  const s = await state(page);
  assert.deepEqual(s.comparison.rows[0], [[0], [0]]);
  assert.equal(s.cursor.linking, null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the rows scroll to keep the cursor in view, down to the last row and back', async () => {
  const { page, errors } = await openReader(browser, { width: 1000, height: 600 });
  await settle(page);
  const rows = (await state(page)).comparison.rows.length;
  assert.ok(rows > 20, `the demo has ${rows} rows`);
  await press(page, 'ArrowDown');
  for (let i = 0; i < rows + 3; ++i) await page.keyboard.press('ArrowDown');
  await settle(page, 4);
  let s = await state(page);
  assert.equal(s.cursor.row, rows - 1, 'the cursor stops at the last row');
  const drawn = (row) => s.layout.cells.find((c) => c.row === row && c.column === 0);
  const viewportHeight = 600;
  const last = drawn(rows - 1);
  assert.ok(last && last.rect.y + last.rect.h <= viewportHeight + 1 && last.rect.y >= 0,
            `the last row is on screen: ${JSON.stringify(last)}`);
  for (let i = 0; i < rows; ++i) await page.keyboard.press('ArrowUp');
  await settle(page, 4);
  s = await state(page);
  assert.equal(s.cursor.row, 0);
  assert.ok(drawn(0) && drawn(0).rect.y >= 0, 'the first row is on screen again');
  assert.deepEqual(errors, []);
  await page.close();
});

test('j/k, Tab, PageDown/Space, PageUp, Home and End move the cursor; Ctrl+Plus/Minus/0 size the text', async () => {
  const { page, errors } = await openReader(browser, { width: 1000, height: 600 });
  await settle(page);
  const rows = (await state(page)).comparison.rows.length;
  const at = async () => { const c = (await state(page)).cursor; return [c.row, c.column]; };
  await press(page, 'j');
  assert.deepEqual(await at(), [0, 0], 'the first key shows the cursor where it is');
  await press(page, 'j', 'j', 'k');
  assert.deepEqual(await at(), [1, 0]);
  await press(page, 'Tab');
  assert.deepEqual(await at(), [1, 1]);
  await press(page, 'Tab');
  assert.deepEqual(await at(), [1, 0], 'Tab goes round to the first column');
  await press(page, 'Shift+Tab');
  assert.deepEqual(await at(), [1, 1]);
  await press(page, 'PageDown');
  const paged = (await at())[0];
  assert.ok(paged > 3 && paged < rows - 1, `PageDown moves by a screenful: to row ${paged} of ${rows}`);
  await press(page, ' ');
  assert.ok((await at())[0] > paged, 'Space pages down too');
  await press(page, 'PageUp', 'PageUp', 'PageUp');
  assert.equal((await at())[0], 0);
  await press(page, 'End');
  assert.equal((await at())[0], rows - 1);
  const last = (await state(page)).layout.cells.find((c) => c.row === rows - 1);
  assert.ok(last && last.rect.y + last.rect.h <= 600 + 1, 'End scrolls to the last row');
  await press(page, 'Home');
  assert.equal((await at())[0], 0);

  const normal = (await state(page)).textSize;
  const firstCellHeight = async () => (await state(page)).layout.firstCell.h;
  const normalHeight = await firstCellHeight();
  await press(page, 'Control+=', 'Control+=');
  assert.equal((await state(page)).textSize, normal + 4);
  await settle(page, 3);
  assert.ok(await firstCellHeight() > normalHeight, 'larger text takes more room');
  await press(page, 'Control+-', 'Control+-', 'Control+-');
  assert.equal((await state(page)).textSize, normal - 2);
  await press(page, 'Control+0');
  assert.equal((await state(page)).textSize, normal);
  await settle(page, 3);
  assert.equal((await state(page)).render.glyphsMissing, 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a fact clicked in the Facts tab shows its first sentence in the rows, under the cursor', async () => {
  const { page, errors } = await openReader(browser, { width: 1280, height: 800 });
  await settle(page);
  const tab = (await state(page)).layout.factsTab;
  await page.mouse.click(tab.x + tab.w / 2, tab.y + tab.h / 2);
  await settle(page, 3);
  let s = await state(page);
  assert.equal(s.render.rowsDrawn, 0, 'the Facts tab is shown');
  const names = s.layout.factNames;
  assert.ok(names.length > 10, `facts listed: ${names.length}`);
  const last = names[Math.min(names.length, 30) - 1]; // one whose sentence lies below the first screen
  await page.mouse.click(last.x + 5, last.y + last.h / 2);
  await settle(page, 4);
  s = await state(page);
  assert.equal(s.cursor.shown, true);
  assert.ok(s.render.rowsDrawn > 0, 'the rows are shown again');
  assert.ok(s.layout.cells.some((c) => c.row === s.cursor.row), `row ${s.cursor.row} is drawn`);
  assert.deepEqual(errors, []);
  await page.close();
});
