// Reading across scripts: Arabic drawn as a reader expects it (a word
// stays one word where a ligature, lam-alef: لا لأ لإ, takes two letters),
// and Cyrillic or Arabic columns shown in Latin letters on request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { launch, openReader, settle } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// One word a paragraph, so each stands alone in a cell; the last, the same
// letters with a real space, shows how wide a gap between words is.
const WORDS = ['الولايات', 'الإدارة', 'الأمريكية', 'جنرالات', 'الإسرائيلية', 'لأن'];
const SPACED = 'الو لايات';

// The widest run of columns without ink between the first and the last inked
// column of a cell (device pixels): a gap inside a word, or between words.
function widestGap(png) {
  const bg = [png.data[0], png.data[1], png.data[2]];
  const inked = [];
  for (let x = 0; x < png.width; ++x) {
    let ink = false;
    for (let y = 0; y < png.height && !ink; ++y) {
      const i = (y * png.width + x) * 4;
      ink = Math.abs(png.data[i] - bg[0]) + Math.abs(png.data[i + 1] - bg[1]) + Math.abs(png.data[i + 2] - bg[2]) > 90;
    }
    inked.push(ink);
  }
  const first = inked.indexOf(true), last = inked.lastIndexOf(true);
  let widest = 0, run = 0;
  for (let x = first; x <= last; ++x) {
    run = inked[x] ? 0 : run + 1;
    widest = Math.max(widest, run);
  }
  return { widest, inkWidth: last - first + 1 };
}

test('an Arabic word with lam-alef is drawn as one word, without the gap of a space', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2 });
  const { page, errors } = await openReader(context);
  await settle(page);
  const added = await page.evaluate((t) => window.synoptic.addArticle('lam-alef.txt', t), [...WORDS, SPACED].join('\n\n'));
  assert.equal(added.ok, true, added.error);
  // The words' article first: its rows lead, in view.
  assert.equal((await page.evaluate((i) => window.synoptic.compare([i, 4]), added.index)).ok, true);
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  await settle(page, 4);
  const s = await page.evaluate(() => window.synoptic.state());
  assert.equal(s.articles[added.index].sentences, WORDS.length + 1, 'one word a sentence');

  const gaps = [];
  for (let sentence = 0; sentence <= WORDS.length; ++sentence) {
    const row = s.comparison.rows.findIndex((r) => r[0].includes(sentence));
    const cell = s.layout.cells.find((c) => c.row === row && c.column === 0);
    assert.ok(cell && cell.rect, `sentence ${sentence} is drawn`);
    const clip = { x: cell.rect.x, y: cell.rect.y, width: cell.rect.w, height: cell.rect.h };
    gaps.push(widestGap(PNG.sync.read(await page.screenshot({ clip }))));
  }
  const spaced = gaps.pop();
  assert.ok(spaced.widest >= 6, `a space shows as a gap: ${JSON.stringify(spaced)}`);
  WORDS.forEach((word, k) => {
    assert.ok(gaps[k].inkWidth > 20, `${word} has ink`);
    assert.ok(gaps[k].widest < spaced.widest * 0.6, `${word}: a gap of ${gaps[k].widest} px inside the word (a space is ${spaced.widest})`);
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('"Latin" shows a Kazakh and an Arabic column in Latin letters, every glyph drawn, and "Script" goes back', async () => {
  const { page, errors } = await openReader(browser, { width: 1280, height: 800 });
  await settle(page);
  assert.equal((await page.evaluate(() => window.synoptic.compare([0, 4]))).ok, true);
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  await settle(page, 4);
  const before = await page.evaluate(() => window.synoptic.state());
  assert.deepEqual(before.latinColumns, []);
  const shot = async () => page.screenshot({ clip: { x: 300, y: 90, width: 960, height: 300 } });
  const original = await shot();
  for (const column of [0, 1]) {
    const button = (await page.evaluate(() => window.synoptic.state())).layout.latinButtons[column];
    assert.ok(button, `column ${column} offers "Latin"`);
    await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
    await settle(page, 4);
  }
  const after = await page.evaluate(() => window.synoptic.state());
  assert.deepEqual([...after.latinColumns].sort(), [0, 4]);
  assert.equal(after.render.glyphsMissing, 0, 'the fonts draw every letter of the romanizations');
  assert.notDeepEqual(await shot(), original, 'the columns read differently');
  assert.deepEqual(after.comparison.rows, before.comparison.rows, 'the rows are the same');
  const tsv = await page.evaluate(() => window.synoptic.exportText('tsv'));
  assert.match(tsv.content, /Иран мен АҚШ/, 'exports keep the script');
  const button = after.layout.latinButtons[0];
  await page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
  await settle(page, 4);
  assert.deepEqual((await page.evaluate(() => window.synoptic.state())).latinColumns, [4]);
  assert.deepEqual(errors, []);
  await page.close();
});
