// Quoting: a drag selects part of a sentence (also from right to left over
// Arabic), a double-click selects a word, Ctrl+C copies what the article
// writes, Escape or a click elsewhere lets go.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openReader, settle } from './support/browser.mjs';
import { RU_TITLE } from './support/demo.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.synoptic.state());
const cellOf = (s, row, column) => s.layout.cells.find((c) => c.row === row && c.column === column);

// The clipboard as the page writes it.
async function watchClipboard(page) {
  await page.evaluate(() => {
    window.copies = [];
    navigator.clipboard.writeText = async (text) => { window.copies.push(text); };
  });
}

async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await settle(page, 3);
}

test('a drag over the start of a title selects it, Ctrl+C copies it, Escape lets go', async () => {
  const { page } = await openReader(browser);
  await settle(page, 5);
  await watchClipboard(page);
  const cell = cellOf(await state(page), 0, 1);
  const y = cell.rect.y + 8; // the first line
  await drag(page, { x: cell.rect.x + 2, y }, { x: cell.rect.x + 160, y });
  const selection = (await state(page)).selection;
  assert.ok(selection, 'something is selected');
  assert.equal(selection.sentence, 0);
  assert.equal(selection.start, 0);
  assert.ok(selection.text.length >= 8 && selection.text.length < RU_TITLE.length, selection.text);
  assert.ok(RU_TITLE.startsWith(selection.text), `"${selection.text}" begins the title`);

  await page.keyboard.press('Control+c');
  await page.waitForFunction(() => window.copies.length > 0);
  assert.deepEqual(await page.evaluate(() => window.copies), [selection.text]);

  await page.keyboard.press('Escape');
  await settle(page, 2);
  assert.equal((await state(page)).selection, null);
  await page.close();
});

test('a double-click selects the word under the mouse; a click elsewhere lets go', async () => {
  const { page } = await openReader(browser);
  await settle(page, 5);
  const cell = cellOf(await state(page), 0, 1);
  await page.mouse.dblclick(cell.rect.x + 12, cell.rect.y + 8); // faster than a frame
  await settle(page, 3);
  const selection = (await state(page)).selection;
  assert.equal(selection?.text, RU_TITLE.split(' ')[0]);
  const other = cellOf(await state(page), 1, 0);
  await page.mouse.click(other.rect.x + other.rect.w - 2, other.rect.y + other.rect.h + 2);
  await settle(page, 2);
  assert.equal((await state(page)).selection, null);
  await page.close();
});

test('a drag from the right edge leftwards over Arabic selects the start of the sentence', async () => {
  const { page } = await openReader(browser);
  // The Arabic report first: it is of another event than the Kazakh one
  // (no shared rows), so its sentences lead the rows only as the first column.
  await page.evaluate(() => window.synoptic.compare([4, 0]));
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  await settle(page, 5);
  const s = await state(page);
  const row = s.comparison.rows.findIndex((r) => r[0].includes(1));
  const cell = cellOf(s, row, 0);
  assert.ok(cell, `row ${row} with the Arabic article's second sentence is drawn`);
  const y = cell.rect.y + 8;
  await drag(page, { x: cell.rect.x + cell.rect.w - 2, y }, { x: cell.rect.x + cell.rect.w - 120, y });
  const selection = (await state(page)).selection;
  assert.ok(selection, 'something is selected');
  assert.equal(selection.article, 4);
  assert.equal(selection.start, 0, 'the rightmost glyph is where an Arabic sentence begins');
  assert.match(selection.text, /^[\u0600-\u06FF]/u);
  assert.ok(selection.end - selection.start >= 5, JSON.stringify(selection));
  await page.close();
});
