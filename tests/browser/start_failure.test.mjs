// A browser where the program dies while starting (here: a graphics stack
// that throws when asked for a context) gets a message, not a page that says
// "Loading…" for ever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl } from './support/browser.mjs';

test('a program that dies while starting says so instead of loading for ever', async () => {
  const browser = await launch();
  const page = await browser.newPage();
  await page.addInitScript(() => {
    HTMLCanvasElement.prototype.getContext = () => { throw new Error('simulated graphics failure'); };
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => /could not start/.test(document.getElementById('loading')?.textContent ?? ''),
                             null, { timeout: 60000 });
  assert.match(await page.textContent('#loading'), /Synoptic could not start: its program stopped while starting/);
  await browser.close();
});
