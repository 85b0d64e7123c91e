// The example portal (web/examples/portal.html) as a newsroom's user meets
// it: served from one origin, Synoptic framed from another, articles chosen
// with the file picker, the mode chosen in the portal, the report
// downloaded, and a click in the reader heard by the portal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, pagePath, repoRoot } from './support/browser.mjs';
import { serve } from './support/origins.mjs';

let browser, pageServer, portalServer;

before(async () => {
  browser = await launch();
  pageServer = await serve({ '/synoptic.html': { file: pagePath } });
  portalServer = await serve({ '/portal.html': { file: resolve(repoRoot, 'web/examples/portal.html') } });
});
after(async () => {
  await browser?.close();
  await pageServer?.close();
  await portalServer?.close();
});

// Saved news pages (scripts, menus and banners around the article).
const saved = (name) => resolve(repoRoot, 'tests/data/ingest', name);
const RU = saved('dateline_ru.html');
const TR = saved('sondakika_tr.html');

async function openPortal() {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  const portal = await context.newPage();
  const framed = encodeURIComponent(`${pageServer.origin}/synoptic.html`);
  await portal.goto(`${portalServer.origin}/portal.html?synoptic=${framed}`);
  await portal.waitForFunction(() => /ready \(Synoptic/.test(document.getElementById('events').textContent),
                               null, { timeout: 60000 });
  return { context, portal };
}

// The page's state, asked the way the portal asks (postMessage).
const stateOf = (portal) => portal.evaluate(() => window.portal.request('state'));

test('articles chosen in the portal\'s file picker are compared in the framed reader', async () => {
  const { context, portal } = await openPortal();
  await portal.setInputFiles('#files', [RU, TR]);
  await portal.waitForFunction(() => [...document.querySelectorAll('#articles li')].map((li) => li.title).join() ===
                               'dateline_ru.html,sondakika_tr.html', null, { timeout: 30000 });
  await portal.waitForFunction(() => /^\d+ rows/.test(document.getElementById('summary').textContent), null, { timeout: 30000 });
  const state = await stateOf(portal);
  const compared = state.compared.map((i) => state.articles[i]);
  assert.deepEqual(compared.map((a) => a.language), ['ru', 'tr']);
  assert.deepEqual(await portal.$$eval('#articles li', (items) => items.map((li) => li.textContent)),
                   compared.map((a) => `${a.title} (${a.language}, ${a.sentences} sentences)`));
  assert.ok(state.comparison.rows.length > 0);

  // The portal's own mode control drives the reader.
  await portal.selectOption('#mode', 'comparable');
  await portal.waitForFunction(() => /mode comparable/.test(document.getElementById('summary').textContent),
                               null, { timeout: 30000 });
  assert.equal((await stateOf(portal)).mode, 'comparable');

  // The report downloads as one HTML file with both articles and no script.
  const [download] = await Promise.all([portal.waitForEvent('download'), portal.click('#report')]);
  assert.match(download.suggestedFilename(), /\.html$/);
  const report = readFileSync(await download.path(), 'utf8');
  assert.doesNotMatch(report, /<script/i);
  const viewer = await context.newPage();
  await viewer.setContent(report);
  const shown = await viewer.evaluate(() => document.body.innerText);
  for (const article of compared) assert.ok(shown.includes(article.title), `the report names ${article.title}`);
  await context.close();
});

test('a click on a sentence in the reader shows up in the portal\'s event log', async () => {
  const { context, portal } = await openPortal();
  const state = await stateOf(portal);
  const cell = state.layout.cells.find((c) => c.row === 0 && c.column === 0);
  assert.ok(cell && cell.rect, 'the reader reports its first row');
  const frame = await portal.locator('iframe').boundingBox();
  await portal.mouse.click(frame.x + cell.rect.x + 10, frame.y + cell.rect.y + cell.rect.h / 2);
  await portal.waitForFunction(() => /selection: article \d+, sentence 0, row 0/.test(document.getElementById('events').textContent),
                               null, { timeout: 20000 });
  await context.close();
});
