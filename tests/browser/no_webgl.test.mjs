// A browser without WebGL2 (remote desktops, locked-down machines, headless
// Firefox) gets no dead page: the comparison as the HTML report, live.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dropFiles, launch, pageUrl } from './support/browser.mjs';
import { KK_TITLE } from './support/demo.mjs';

let browser;
before(async () => { browser = await launch(['--disable-webgl', '--disable-webgl2']); });
after(async () => { await browser?.close(); });

test('without WebGL2 the page shows the demo comparison as a report, takes a dropped file and a mode', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (r.url() !== pageUrl && !r.url().startsWith('about:')) requests.push(r.url()); });
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.getElementById('fallback')?.classList.contains('visible'), null, { timeout: 60000 });
  assert.match(await page.textContent('#fallback header'), /no WebGL2/);
  const report = page.frameLocator('#report');
  await report.locator('tr').first().waitFor();
  assert.ok((await report.locator('body').textContent()).includes(KK_TITLE), 'the demo rows are there');
  const rowsBefore = await report.locator('tbody tr').count();
  assert.ok(rowsBefore > 10, `rows: ${rowsBefore}`);

  // A dropped article joins the library, and the report shows the change of mode.
  await dropFiles(page, [{ name: 'note.txt', type: 'text/plain', bytes: 'Talks in Muscat\n\nThe talks in Muscat lasted several hours.' }]);
  await page.waitForFunction(() => window.synoptic.state().articles.length === 6);
  await page.selectOption('#fallback-mode', 'comparable');
  await page.waitForFunction(() => window.synoptic.state().mode === 'comparable' && !window.synoptic.state().needsAlignment);
  assert.equal((await page.evaluate(() => window.synoptic.state())).comparison.pairs[0].mode, 'comparable');
  assert.equal(await report.locator('script').count(), 0, 'the report runs no script');
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await page.close();
});
