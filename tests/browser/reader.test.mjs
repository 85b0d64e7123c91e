// The real dist/synoptic.html in headless Chromium, opened from disk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { launch, openReader, settle, repoRoot } from './support/browser.mjs';

const screenshotDir = resolve(repoRoot, 'build/browser');
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Share of pixels in a rectangle that differ clearly from the background.
function inkShare(png, x0, y0, x1, y1) {
  const bg = [png.data[0], png.data[1], png.data[2]];
  let ink = 0, total = 0;
  for (let y = y0; y < y1; ++y) {
    for (let x = x0; x < x1; ++x) {
      const i = (y * png.width + x) * 4;
      const d = Math.abs(png.data[i] - bg[0]) + Math.abs(png.data[i + 1] - bg[1]) + Math.abs(png.data[i + 2] - bg[2]);
      if (d > 60) ++ink;
      ++total;
    }
  }
  return ink / total;
}

test('opens from file:// offline and shows the five demo articles with two in columns', async () => {
  const { page, requests, errors } = await openReader(browser);
  await settle(page);
  const state = await page.evaluate(() => window.synoptic.state());
  assert.equal(state.articles.length, 5, JSON.stringify(state));
  const languages = state.articles.map((a) => a.language).sort();
  assert.deepEqual(languages, ['ar', 'kk', 'ru', 'ru', 'tr']);
  for (const a of state.articles) assert.ok(a.sentences > 5, `${a.name} has ${a.sentences} sentences`);
  assert.equal(state.compared.length, 2);
  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(requests, [], 'the page made network requests');
  assert.equal(typeof (await page.evaluate(() => window.synoptic.version)), 'string');
  await page.close();
});

test('draws Cyrillic, Turkish and Arabic text as glyphs, not as "?" boxes', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  const state = await page.evaluate(() => window.synoptic.state());
  // Every code point the views drew this frame, counted against the font atlas.
  assert.ok(state.render.glyphsDrawn > 1500, `only ${state.render.glyphsDrawn} glyphs drawn`);
  assert.equal(state.render.glyphsMissing, 0, 'glyphs missing from the fonts');

  mkdirSync(screenshotDir, { recursive: true });
  const shot = await page.screenshot();
  writeFileSync(resolve(screenshotDir, 'synoptic.png'), shot);
  const png = PNG.sync.read(shot);
  // The library (left) and both compared columns carry text.
  const w = png.width, h = png.height;
  assert.ok(inkShare(png, 0, 0, Math.floor(w * 0.22), h) > 0.02, 'library column is blank');
  assert.ok(inkShare(png, Math.floor(w * 0.25), 40, Math.floor(w * 0.6), h) > 0.03, 'first column is blank');
  assert.ok(inkShare(png, Math.floor(w * 0.62), 40, w, h) > 0.03, 'second column is blank');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a HiDPI screen the canvas is drawn at device resolution and still hits where the user points', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: 2 });
  const { page, errors } = await openReader(context);
  await settle(page);
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { width: c.width, height: c.height, cssWidth: c.getBoundingClientRect().width };
  });
  assert.equal(canvas.cssWidth, 1000);
  assert.equal(canvas.width, 2000);
  assert.equal(canvas.height, 1400);
  const state = await page.evaluate(() => window.synoptic.state());
  assert.equal(state.layout.devicePixelRatio, 2);
  assert.equal(state.render.glyphsMissing, 0);
  // The Export button reported in CSS pixels opens its menu under a click there.
  const box = state.layout.exportButton;
  assert.ok(box.x + box.w <= 1000 && box.y + box.h <= 700, JSON.stringify(box));
  const download = page.waitForEvent('download');
  await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  await settle(page, 3);
  await page.mouse.click(box.x + 30, box.y + box.h + 14);
  assert.equal((await download).suggestedFilename(), 'synoptic-comparison.json');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a window as large as the screen, then resized smaller and back: the canvas follows it, with no error', async () => {
  const screen = { width: 1366, height: 768 };
  const context = await browser.newContext({ viewport: screen, screen });
  const { page, errors } = await openReader(context);
  await settle(page);
  const canvasSize = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return [c.width, c.height];
  });
  assert.deepEqual(await canvasSize(), [1366, 768]);
  for (const size of [{ width: 900, height: 650 }, screen]) {
    await page.setViewportSize(size);
    await settle(page, 4);
    assert.deepEqual(await canvasSize(), [size.width, size.height]);
    const box = (await page.evaluate(() => window.synoptic.state())).layout.exportButton;
    assert.ok(box.x + box.w <= size.width && box.y + box.h <= size.height, JSON.stringify(box));
  }
  assert.deepEqual(errors, [], 'no refused full-screen request');
  await context.close();
});

test('from 800 px wide to 2560×1440 at 2x, with the screen that size: the controls are in view, no console error', async () => {
  for (const { width, height, scale } of [{ width: 800, height: 900, scale: 1 }, { width: 1366, height: 768, scale: 1 },
                                          { width: 1920, height: 1080, scale: 1 }, { width: 2560, height: 1440, scale: 2 }]) {
    const size = `${width}×${height} at ${scale}x`;
    const context = await browser.newContext({ viewport: { width, height }, screen: { width, height }, deviceScaleFactor: scale });
    const { page, errors } = await openReader(context);
    await settle(page);
    const s = await page.evaluate(() => window.synoptic.state());
    const canvas = await page.evaluate(() => [document.getElementById('canvas').width, document.getElementById('canvas').height]);
    assert.deepEqual(canvas, [width * scale, height * scale], size);
    for (const [name, box] of Object.entries({ export: s.layout.exportButton, pairs: s.layout.pairsButton,
                                                 forgetAll: s.layout.forgetAllButton, firstCell: s.layout.firstCell })) {
      assert.ok(box && box.x >= 0 && box.x + box.w <= width && box.y >= 0 && box.y + box.h <= height,
                `${size}: ${name} is in view: ${JSON.stringify(box)}`);
    }
    assert.equal(s.render.glyphsMissing, 0, size);
    assert.deepEqual(errors, [], size);
    await context.close();
  }
});
