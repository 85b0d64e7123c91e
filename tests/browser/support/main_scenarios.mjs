// The main scenarios of the reader, the same in every browser engine (see
// engines.mjs): open the page from disk, read the demo comparison, drop a
// file, export, come back to a kept session, be embedded by a portal on
// another origin, and open the HTML report; the page without WebGL, and on a
// HiDPI screen. One test file per engine calls them, so a failing engine
// names itself in `make test`.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';
import { startEngine } from './engines.mjs';
import { pageUrl, pagePath, repoRoot } from './browser.mjs';
import { serve } from './origins.mjs';
import { longArticle } from './articles.mjs';
import { KK_TITLE, RU_TITLE } from './demo.mjs';

const DEMO_ARTICLES = 5;

// In the page: true once the page has drawn and read its library (at least `articles`).
const started = (articles) => window.synoptic && window.synoptic.firstFrameMs !== null &&
  window.synoptic.state().articles.length >= articles;

// How much of a screenshot is drawn (not the background): a dead or blank
// page is one colour.
function inkShare(png) {
  const image = PNG.sync.read(png);
  const counts = new Map();
  for (let i = 0; i < image.data.length; i += 4) {
    const rgb = (image.data[i] << 16) | (image.data[i + 1] << 8) | image.data[i + 2];
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const pixels = image.width * image.height;
  return { share: 1 - Math.max(...counts.values()) / pixels, colours: counts.size };
}

export const mainScenarios = (engineName) => describe(`${engineName}: main scenarios`, () => {
  let engine, pageOrigin, portalOrigin, reports;

  before(async () => {
    engine = await startEngine(engineName);
    pageOrigin = await serve({ '/synoptic.html': { file: pagePath } });
    portalOrigin = await serve({ '/portal.html': { file: resolve(repoRoot, 'web/examples/portal.html') } });
    reports = mkdtempSync(join(tmpdir(), 'synoptic-report-'));
  });
  after(async () => {
    await engine?.close();
    await pageOrigin?.close();
    await portalOrigin?.close();
    if (reports) rmSync(reports, { recursive: true, force: true });
  });

  test(`${engineName}: the page opens from disk, draws the demo comparison and asks nothing of the network`, async () => {
    await engine.goto(pageUrl);
    await engine.waitFor(started, DEMO_ARTICLES);
    const seen = await engine.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return {
        state: window.synoptic.state(),
        canvas: { width: canvas.width, height: canvas.height },
        css: { width: canvas.clientWidth, height: canvas.clientHeight },
        ratio: window.devicePixelRatio,
        // Every address the page fetched, as the browser itself records them.
        fetched: performance.getEntriesByType('resource').map((e) => e.name)
          .filter((name) => !name.startsWith('data:') && !name.startsWith('blob:')),
      };
    });
    const { state } = seen;
    assert.deepEqual(state.compared, [0, 1]);
    assert.deepEqual(state.articles.slice(0, 2).map((a) => a.title), [KK_TITLE, RU_TITLE]);
    assert.ok(state.comparison.rows.length > 10, `${state.comparison.rows.length} rows`);
    assert.ok(state.comparison.rows[0][0].includes(0) && state.comparison.rows[0][1].includes(0), 'the titles share row 0');
    assert.ok(state.render.rowsDrawn > 5, 'the rows were drawn');
    assert.equal(state.render.glyphsMissing, 0, 'every letter has a glyph');
    assert.deepEqual(seen.fetched, []);
    // The canvas fills the window in device pixels (sharp on HiDPI screens).
    assert.ok(seen.css.width > 600 && seen.css.height > 400, JSON.stringify(seen.css));
    assert.ok(Math.abs(seen.canvas.width - Math.round(seen.css.width * seen.ratio)) <= 1, JSON.stringify(seen));
    // What the user sees is drawn text, not an empty or one-colour page.
    const ink = inkShare(await engine.screenshot());
    assert.ok(ink.share > 0.05 && ink.colours > 50, JSON.stringify(ink));
  });

  test(`${engineName}: a dropped file joins the library and is compared; a binary one is refused with a message`, async () => {
    const article = longArticle(2, 3000);
    const dropped = await engine.evaluate(async (files) => {
      const drop = (file) => {
        const transfer = new DataTransfer();
        transfer.items.add(file);
        document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      };
      drop(new File([files.text], files.name, { type: 'text/plain' }));
      const until = (ok) => new Promise((done) => { const look = () => (ok() ? done() : setTimeout(look, 50)); look(); });
      await until(() => window.synoptic.state().articles.length === 6);
      drop(new File([new Uint8Array([0, 1, 2, 0, 255, 254, 0, 7, 0, 0])], 'photo.jpg', { type: 'image/jpeg' }));
      await until(() => /photo\.jpg/.test(window.synoptic.state().status));
      return window.synoptic.state();
    }, article);
    assert.equal(dropped.articles.length, 6, 'the binary file was not added');
    assert.equal(dropped.articles[5].title, article.title);
    assert.match(dropped.status, /photo\.jpg/);
    const compared = await engine.evaluate(() => window.synoptic.compare([1, 5]));
    assert.equal(compared.ok, true, JSON.stringify(compared));
    const state = await engine.evaluate(() => window.synoptic.state());
    assert.deepEqual(state.compared, [1, 5]);
    assert.ok(state.comparison.rows.length > 0);
    await engine.evaluate(() => window.synoptic.compare([0, 1]));
  });

  test(`${engineName}: the comparison exports as JSON, TSV and a report without script`, async () => {
    const exported = await engine.evaluate(() => ({
      state: window.synoptic.state(),
      json: window.synoptic.exportText('json'),
      tsv: window.synoptic.exportText('tsv'),
      html: window.synoptic.exportText('html'),
    }));
    for (const format of ['json', 'tsv', 'html']) assert.equal(exported[format].ok, true, format);
    assert.equal(JSON.parse(exported.json.content).rows.length, exported.state.comparison.rows.length);
    assert.ok(exported.tsv.content.includes(KK_TITLE) && exported.tsv.content.includes(RU_TITLE));
    assert.ok(exported.html.content.includes(KK_TITLE));
    assert.doesNotMatch(exported.html.content, /<script/i);
  });

  test(`${engineName}: "Copy these sentences" in the cell menu puts the sentences on the clipboard`, async () => {
    // The engine's own clipboard, watched: what it accepted, or why it refused.
    await engine.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      window.copies = [];
      clipboard.writeText = (text) => write(text).then(() => window.copies.push({ text }),
                                                      (error) => { window.copies.push({ refused: error.name }); throw error; });
    });
    // As a keyboard user: a click into the rows, the cell cursor, its menu.
    const cell = (await engine.evaluate(() => window.synoptic.state())).layout.cells.find((c) => c.row === 1 && c.column === 1);
    await engine.click(cell.rect.x + 10, cell.rect.y + cell.rect.h / 2);
    await engine.press('ArrowDown');
    await engine.waitFor(() => window.synoptic.state().cursor.shown);
    await engine.press('Enter');
    const item = await engine.waitFor(() => window.synoptic.state().layout.menuItems.find((i) => i.label === 'Copy these sentences'));
    await engine.click(item.rect.x + item.rect.w / 2, item.rect.y + item.rect.h / 2);
    const first = await engine.waitFor(() => window.copies[0]);
    if (first.refused) {
      // WebKit copies only during an input event: the page asks for Ctrl+C.
      assert.equal(first.refused, 'NotAllowedError');
      assert.match(await engine.evaluate(() => document.getElementById('notice').textContent), /press Ctrl\+C/);
      await engine.press('Control+c');
    }
    const copied = await engine.waitFor(() => window.copies.find((c) => c.text));
    const { cursor, comparison, compared } = await engine.evaluate(() => window.synoptic.state());
    const sentences = comparison.rows[cursor.row][cursor.column];
    const tsv = await engine.evaluate(() => window.synoptic.exportText('tsv').content);
    assert.ok(sentences.length > 0 && copied.text.length > 20, JSON.stringify({ copied, cursor, compared }));
    assert.ok(tsv.includes(copied.text), `the copied text is the cell's: ${copied.text}`);
  });

  test(`${engineName}: a second visit finds the library and the mode where the user left them`, async () => {
    const changed = await engine.evaluate(() => window.synoptic.setMode('comparable'));
    assert.equal(changed.ok, true, JSON.stringify(changed));
    await engine.waitFor(() => {
      const s = window.synoptic.state();
      return s.storage.lastWrite !== null && s.storage.lastWrite.revision === s.revision;
    });
    await engine.goto(pageUrl);
    await engine.waitFor(started, 6);
    const state = await engine.evaluate(() => window.synoptic.state());
    assert.equal(state.mode, 'comparable');
    assert.notEqual(state.storage.restored, null);
    assert.equal(state.articles[5].title, longArticle(2, 3000).title);
  });

  test(`${engineName}: the example portal on another origin embeds the page, adds files and hears its events`, async () => {
    const page = `${pageOrigin.origin}/synoptic.html`;
    await engine.goto(`${portalOrigin.origin}/portal.html?synoptic=${encodeURIComponent(page)}`);
    await engine.waitFor(() => /\d+ rows/.test(document.getElementById('summary').textContent));
    const files = [longArticle(0, 2500), longArticle(1, 2500)];
    const added = await engine.evaluate(async (files) => window.portal.addFiles(
      files.map((f) => new File([f.text], f.name, { type: 'text/plain' }))), files);
    assert.equal(added.length, 2, JSON.stringify(added));
    // The portal shows the rows once the page has aligned them, and logs each change.
    const state = await engine.waitFor(async () => {
      const s = await window.portal.request('state');
      return !s.needsAlignment && document.getElementById('summary').textContent.startsWith(`${s.comparison.rows.length} rows`) && s;
    });
    assert.deepEqual(state.compared, added);
    assert.deepEqual(added.map((i) => state.articles[i].title), files.map((f) => f.title));
    const shown = await engine.evaluate(() => ({
      listed: [...document.querySelectorAll('#articles li')].map((li) => li.title),
      events: document.getElementById('events').textContent,
    }));
    assert.deepEqual(shown.listed, files.map((f) => f.name));
    assert.match(shown.events, /ready \(Synoptic /);
    assert.match(shown.events, /changed: revision/);
  });

  test(`${engineName}: the HTML report opens on its own, runs no script and sets Arabic right to left`, async () => {
    await engine.goto(pageUrl);
    await engine.waitFor(started, DEMO_ARTICLES);
    await engine.evaluate(() => window.synoptic.compare([0, 1, 4]));
    const html = await engine.evaluate(() => window.synoptic.exportText('html'));
    const file = join(reports, `report-${engineName}.html`);
    writeFileSync(file, html.content);
    await engine.goto(pathToFileURL(file).href);
    const report = await engine.evaluate(() => {
      const arabic = [...document.querySelectorAll('[dir=rtl]')];
      return {
        scripts: document.scripts.length,
        text: document.body.innerText,
        rightToLeft: arabic.length > 0 && arabic.every((e) => getComputedStyle(e).direction === 'rtl'),
        width: document.documentElement.scrollWidth,
        window: window.innerWidth,
      };
    });
    assert.equal(report.scripts, 0);
    assert.ok(report.text.includes(KK_TITLE) && report.text.includes(RU_TITLE));
    assert.equal(report.rightToLeft, true);
    assert.ok(report.width <= report.window + 1, `the report fits the window: ${report.width} > ${report.window}`);
  });
});

// Where WebGL2 is missing the page still reads and compares: the document
// as the HTML report in a sandboxed frame (its srcdoc), a mode and a drop.
export const withoutWebGLScenario = (engineName) => describe(`${engineName}: without WebGL`, () => {
  let engine;
  before(async () => { engine = await startEngine(engineName, { webgl: false }); });
  after(async () => { await engine?.close(); });

  test(`${engineName}: without WebGL the page shows the demo comparison as a report, takes a dropped file and a mode`, async () => {
    await engine.goto(pageUrl);
    await engine.waitFor(() => document.getElementById('fallback')?.classList.contains('visible') &&
                               document.getElementById('report').srcdoc.length > 0);
    const before = await engine.evaluate(() => ({
      header: document.querySelector('#fallback header').textContent,
      report: document.getElementById('report').srcdoc,
      rows: window.synoptic.state().comparison.rows.length,
    }));
    assert.match(before.header, /no WebGL2/);
    assert.ok(before.report.includes(KK_TITLE), 'the demo rows are in the report');
    assert.doesNotMatch(before.report, /<script/i);
    assert.ok(before.rows > 10);

    const article = longArticle(3, 2000);
    const after = await engine.evaluate(async (article) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([article.text], article.name, { type: 'text/plain' }));
      document.querySelector('#fallback header').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      const until = (ok) => new Promise((done) => { const look = () => (ok() ? done() : setTimeout(look, 50)); look(); });
      await until(() => window.synoptic.state().articles.length === 6);
      const mode = document.getElementById('fallback-mode');
      mode.value = 'comparable';
      mode.dispatchEvent(new Event('change'));
      await until(() => window.synoptic.state().mode === 'comparable' && !window.synoptic.state().needsAlignment);
      return {
        state: window.synoptic.state(),
        report: document.getElementById('report').srcdoc,
        fetched: performance.getEntriesByType('resource').map((e) => e.name)
          .filter((name) => !name.startsWith('data:') && !name.startsWith('blob:')),
      };
    }, article);
    assert.deepEqual(after.fetched, []);
    assert.equal(after.state.articles[5].title, article.title);
    assert.equal(after.state.comparison.pairs[0].mode, 'comparable');
    assert.notEqual(after.report, before.report, 'the report shows the change of mode');
  });
});

// On a HiDPI screen (devicePixelRatio 2) the canvas has a device pixel for
// each screen pixel, so text is sharp, and the layout keeps its CSS size.
export const hiDpiScenario = (engineName) => describe(`${engineName}: HiDPI`, () => {
  let engine;
  // Small enough that twice its size fits the virtual screen.
  const window = { width: 680, height: 440 };
  before(async () => { engine = await startEngine(engineName, { ...window, scale: 2 }); });
  after(async () => { await engine?.close(); });

  test(`${engineName}: at devicePixelRatio 2 the reader draws at device pixels and every letter has a glyph`, async () => {
    await engine.goto(pageUrl);
    await engine.waitFor(started, DEMO_ARTICLES);
    const seen = await engine.evaluate(() => {
      const canvas = document.getElementById('canvas');
      return { ratio: window.devicePixelRatio, width: canvas.width, height: canvas.height,
               cssWidth: canvas.clientWidth, cssHeight: canvas.clientHeight, state: window.synoptic.state() };
    });
    assert.equal(seen.ratio, 2);
    assert.ok(seen.cssWidth > 500 && seen.cssWidth <= window.width, JSON.stringify(seen.cssWidth));
    assert.ok(Math.abs(seen.width - 2 * seen.cssWidth) <= 1 && Math.abs(seen.height - 2 * seen.cssHeight) <= 1,
              `canvas ${seen.width}x${seen.height} for ${seen.cssWidth}x${seen.cssHeight} CSS pixels`);
    assert.ok(seen.state.render.rowsDrawn > 2);
    assert.equal(seen.state.render.glyphsMissing, 0);
    // Landmarks stay in CSS pixels: the first cell lies inside the window.
    const cell = seen.state.layout.cells.find((c) => c.row === 0 && c.column === 0);
    assert.ok(cell.rect.x + cell.rect.w <= seen.cssWidth + 1, JSON.stringify(cell.rect));
    const ink = inkShare(await engine.screenshot());
    assert.ok(ink.share > 0.05 && ink.colours > 50, JSON.stringify(ink));
  });
});
