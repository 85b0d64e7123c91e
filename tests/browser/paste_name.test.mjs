// Text pasted on the page becomes an article named after the moment of the
// paste on the reader's own clock: in Kathmandu (UTC+05:45, no daylight
// saving) a paste at 10:00 UTC is "Pasted … 15:45:00", never "10:00".
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openReader, settle } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const KATHMANDU_OFFSET_MINUTES = 5 * 60 + 45;

// The name the page should give a paste at `instant`, on a Kathmandu clock.
function kathmanduName(instant) {
  const local = new Date(instant.getTime() + KATHMANDU_OFFSET_MINUTES * 60000);
  const [date, time] = local.toISOString().slice(0, 19).split('T');
  return `Pasted ${date} ${time}`;
}

test('a pasted article is named with the local date and time', async () => {
  const context = await browser.newContext({ timezoneId: 'Asia/Kathmandu', viewport: { width: 1280, height: 800 } });
  const { page, errors } = await openReader(context);
  const text = 'Iran and the United States ended a round of talks in Muscat on Friday. Both sides said they would meet again.';
  const earliest = new Date();
  await page.evaluate((text) => {
    const clipboard = new DataTransfer();
    clipboard.setData('text/plain', text);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
  }, text);
  const latest = new Date();
  await settle(page, 2);
  const articles = (await page.evaluate(() => window.synoptic.state())).articles;
  assert.equal(articles.length, 6, 'the paste did not add an article');
  const name = articles[5].name;
  const expected = new Set();
  for (let t = Math.floor(earliest.getTime() / 1000) * 1000; t <= latest.getTime(); t += 1000)
    expected.add(kathmanduName(new Date(t)));
  assert.ok(expected.has(name), `named "${name}", expected one of ${[...expected].join(', ')}`);
  assert.deepEqual(errors, []);
  await context.close();
});
