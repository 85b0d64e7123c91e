// How many articles the page compares: 2 to 8 (README), asked through
// window.synoptic or ticked in the library.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openReader, settle, repoRoot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const demoDir = resolve(repoRoot, 'assets/demo');
const demoTexts = readdirSync(demoDir).sort().map((f) => readFileSync(resolve(demoDir, f), 'utf8'));

test('compare() refuses fewer than two or more than eight articles, and says why', async () => {
  const { page, errors } = await openReader(browser);
  const before = (await page.evaluate(() => window.synoptic.state())).compared;
  for (const indices of [[], [1], [0, 1, 2, 3, 4, 0, 1, 2, 3]]) {
    const result = await page.evaluate((i) => window.synoptic.compare(i), indices);
    assert.equal(result.ok, false, `compare(${JSON.stringify(indices)}) accepted`);
    assert.match(result.error, /2 to 8 articles/);
  }
  assert.deepEqual((await page.evaluate(() => window.synoptic.state())).compared, before, 'a refused call changed the selection');
  assert.deepEqual(await page.evaluate(() => window.synoptic.compare([0, 1, 2])), { ok: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('with eight articles ticked, the library does not tick a ninth until one is unticked', async () => {
  // A tall window, so the library shows nine articles.
  const context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
  const { page, errors } = await openReader(context);
  // Nine articles: the five of the demo library and four of them again under other names.
  for (let k = 0; k < 4; ++k)
    assert.equal((await page.evaluate(([n, t]) => window.synoptic.addArticle(n, t), [`again-${k}.txt`, demoTexts[k]])).ok, true);
  assert.deepEqual(await page.evaluate(() => window.synoptic.compare([0, 1, 2, 3, 4, 5, 6, 7])), { ok: true });
  await settle(page);
  const clickBox = async (article) => {
    const box = (await page.evaluate(() => window.synoptic.state())).layout.libraryCheckboxes[article];
    assert.ok(box && box.y + box.h < 1100, `the checkbox of article ${article} is not in view: ${JSON.stringify(box)}`);
    await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
    await settle(page, 3);
  };
  await clickBox(8);
  assert.deepEqual((await page.evaluate(() => window.synoptic.state())).compared, [0, 1, 2, 3, 4, 5, 6, 7]);
  await clickBox(0); // untick one: the ninth can now be ticked
  await clickBox(8);
  const state = await page.evaluate(() => window.synoptic.state());
  assert.deepEqual(state.compared, [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(state.comparison.articles.length, 8);
  assert.deepEqual(errors, []);
  await context.close();
});
