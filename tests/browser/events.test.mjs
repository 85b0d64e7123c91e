// Different events, said plainly: the Arabic seed (published 2024-05-18) and a
// Russian report of 2026-02-07 share their topic, not their claims. The page
// says so above the rows, in the reader's language, claims no shared row,
// and state() and the exports carry the verdict.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openReader, settle } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const state = (page) => page.evaluate(() => window.synoptic.state());

test('reports of different events are named as such, with no shared row', async () => {
  const { page, errors } = await openReader(browser);
  await settle(page);
  assert.equal((await page.evaluate(() => window.synoptic.compare([1, 4]))).ok, true); // ru 2026, ar 2024
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  await settle(page, 4);
  let s = await state(page);
  const events = s.comparison.events;
  assert.equal(events.different_events, true);
  assert.deepEqual([events.pairs[0].first_date, events.pairs[0].second_date], ['2026-02-07', '2024-05-18']);
  assert.ok(s.comparison.rows.every((row) => row[0].length === 0 || row[1].length === 0), 'no row holds both');
  assert.ok(s.interfaceMessages.some((m) => m.key === 'compare.different_events'), 'the page says it above the rows');

  const json = JSON.parse((await page.evaluate(() => window.synoptic.exportText('json'))).content);
  assert.equal(json.events.different_events, true);
  const html = (await page.evaluate(() => window.synoptic.exportText('html'))).content;
  assert.match(html, /different events: 2026-02-07 and 2024-05-18/);

  await page.evaluate(() => window.synoptic.setInterfaceLanguage('ru'));
  await settle(page, 3);
  s = await state(page);
  const said = s.interfaceMessages.find((m) => m.key === 'compare.different_events');
  assert.match(said.pattern, /разных событиях/);

  // Two reports of the same event, a day apart: no such verdict.
  assert.equal((await page.evaluate(() => window.synoptic.compare([1, 2]))).ok, true);
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  await settle(page, 3);
  s = await state(page);
  assert.equal(s.comparison.events.different_events, false);
  assert.ok(!s.interfaceMessages.some((m) => m.key === 'compare.different_events'));
  assert.deepEqual(errors, []);
  await page.close();
});
