// The reader's own language: the interface opens in the browser's language
// (en, ru, kk, tr, ar), can be switched from the library's picker, is
// remembered, and an Arabic interface mirrors the window. Every message the
// page draws while a reader goes through its views is in that language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openReader, settle } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.synoptic.state());
const centre = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const cellOf = (s, row, column) => s.layout.cells.find((c) => c.row === row && c.column === column);

// A click on the library's heading: closes an open menu or popup, does nothing else.
async function clickAside(page) {
  const box = (await state(page)).layout.libraryCheckboxes[0];
  await page.mouse.click(box.x + 4, box.y - 30);
  await settle(page, 4);
}

async function click(page, rect) {
  const { x, y } = centre(rect);
  await page.mouse.click(x, y);
  await settle(page, 4);
}

// The reader's tour: rows with a row's tooltip, the Export menu, the
// Pairs… popup, a cell's menu, the Facts tab with a fact's tooltip; the
// messages each view drew, by key.
async function tourOfTheViews(page) {
  const drawn = new Map();
  const note = async () => { for (const m of (await state(page)).interfaceMessages) drawn.set(m.key, m.pattern); };
  await settle(page, 6);
  await note();
  let s = await state(page);
  const cell = cellOf(s, 1, 0);
  await page.mouse.move(cell.rect.x + 20, cell.rect.y + cell.rect.h / 2); // the row's tooltip
  await settle(page, 4);
  await note();
  await click(page, s.layout.exportButton);
  await note();
  await clickAside(page);
  await click(page, s.layout.pairsButton);
  await note();
  await clickAside(page);
  await page.mouse.click(cell.rect.x + 20, cell.rect.y + cell.rect.h / 2, { button: 'right' });
  await settle(page, 4);
  await note();
  await clickAside(page);
  await click(page, s.layout.factsTab);
  s = await state(page);
  if (!s.layout.factNames.length) { // the click only closed the cell's menu
    await click(page, s.layout.factsTab);
    s = await state(page);
  }
  if (s.layout.factNames.length) await page.mouse.move(centre(s.layout.factNames[0]).x, centre(s.layout.factNames[0]).y);
  await settle(page, 4);
  await note();
  return drawn;
}

// A pattern's words without its arguments, plural selectors and the names
// that stay as they are in every language (keys, file types, formats).
function wordsOf(pattern) {
  return pattern
    .replace(/\{\s*\w+\s*,\s*(plural|number|select)\s*(,[^{}]*)?/g, ' ')
    .replace(/\b(zero|one|two|few|many|other)\s*\{/g, ' ')
    .replace(/\{\w+\}/g, ' ')
    .replace(/Ctrl\+Shift\+Z|Ctrl\+Z|Escape|Enter|Synoptic|\.synoptic\.json|\.txt|\.html|\.md|JSON|TSV|TMX|HTML/g, ' ')
    .replace(/[{}#]/g, ' ');
}

function assertAllIn(drawn, script, language) {
  assert.ok(drawn.size >= 30, `the tour drew ${drawn.size} messages: ${[...drawn.keys()].join(', ')}`);
  for (const [key, pattern] of drawn) {
    const words = wordsOf(pattern);
    assert.doesNotMatch(words, /[A-Za-z]{3,}/, `${language} ${key} is left in Latin letters: ${pattern}`);
    if (/\p{L}{2,}/u.test(words)) assert.match(words, script, `${language} ${key}: ${pattern}`);
  }
}

test('a Russian browser opens the reader in Russian, and every view speaks it', async () => {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1366, height: 768 } });
  const { page, errors } = await openReader(context);
  const s = await state(page);
  assert.equal(s.interfaceLanguage, 'ru');
  assert.equal(s.interfaceDirection, 'ltr');
  const drawn = await tourOfTheViews(page);
  for (const key of ['library.heading', 'compare.summary', 'export.button', 'export.json', 'row.presence',
                     'cell.copy_sentences', 'edit.split', 'pairs.as_all', 'tab.facts', 'facts.click']) {
    assert.ok(drawn.has(key), `the tour reached ${key}`);
  }
  assertAllIn(drawn, /\p{Script=Cyrillic}/u, 'ru');
  const after = await state(page);
  assert.equal(after.render.glyphsMissing, 0, 'every glyph of the Russian interface is in the fonts');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Arabic, chosen in the picker, mirrors the window, speaks Arabic and is remembered', async () => {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 768 } });
  const { page, errors } = await openReader(context);
  await settle(page, 5);
  let s = await state(page);
  assert.equal(s.interfaceLanguage, 'en', 'an English browser gets English');
  const ltrLibrary = s.layout.libraryCheckboxes[0].x;
  assert.ok(ltrLibrary < cellOf(s, 0, 0).rect.x, 'left to right, the library is on the left');

  await click(page, s.layout.interfaceLanguage);
  const arabic = (await state(page)).layout.menuItems.find((i) => i.label === 'ar');
  assert.ok(arabic, 'the picker offers Arabic');
  await click(page, arabic.rect);
  s = await state(page);
  assert.equal(s.interfaceLanguage, 'ar');
  assert.equal(s.interfaceDirection, 'rtl');
  // Mirrored: the library on the right, the first article's column right of the second's.
  assert.ok(s.layout.libraryCheckboxes[0].x > cellOf(s, 0, 0).rect.x, 'the library moved to the right');
  assert.ok(cellOf(s, 0, 0).rect.x > cellOf(s, 0, 1).rect.x, 'the first article reads from the right');
  assert.equal(s.render.glyphsMissing, 0, 'every glyph of the Arabic interface is in the fonts');
  const drawn = await tourOfTheViews(page);
  assert.ok(drawn.has('pairs.as_all') && drawn.has('edit.split') && drawn.has('export.html'), 'the tour opened the menus');
  assertAllIn(drawn, /\p{Script=Arabic}/u, 'ar');

  // The next visit keeps the reader's choice over the browser's language.
  await page.reload();
  await page.waitForFunction(() => window.synoptic && window.synoptic.firstFrameMs !== null, null, { timeout: 60000 });
  assert.equal((await state(page)).interfaceLanguage, 'ar');

  // A narrow window and a resize in Arabic: nothing leaves the window, no error.
  for (const size of [{ width: 800, height: 900 }, { width: 1920, height: 1080 }]) {
    await page.setViewportSize(size);
    await settle(page, 8);
    s = await state(page);
    for (const name of ['exportButton', 'pairsButton', 'interfaceLanguage']) {
      const r = s.layout[name];
      assert.ok(r.w > 0 && r.x >= 0 && r.x + r.w <= size.width + 1, `${name} in view at ${size.width}: ${JSON.stringify(r)}`);
    }
  }
  const back = await page.evaluate(() => window.synoptic.setInterfaceLanguage('kk'));
  assert.deepEqual(back, { ok: true, interfaceLanguage: 'kk' });
  await settle(page, 4);
  s = await state(page);
  assert.equal(s.interfaceDirection, 'ltr');
  assert.ok(s.layout.libraryCheckboxes[0].x < cellOf(s, 0, 0).rect.x, 'Kazakh reads left to right again');
  const refused = await page.evaluate(() => window.synoptic.setInterfaceLanguage('xx'));
  assert.equal(refused.ok, false);
  assert.match(refused.error, /no language "xx"/);
  assert.deepEqual(errors, []);
  await context.close();
});
