// What the page keeps in the browser: long articles survive a reload; a
// journalist who chooses to keep nothing leaves nothing another local HTML
// file could read (and one who keeps the session does: the test can fail);
// "Forget all" empties the library and the browser, from the API and the UI.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { keptInBrowser, launch, openReader, settle } from './support/browser.mjs';
import { KK_TITLE } from './support/demo.mjs';
import { longArticle } from './support/articles.mjs';

let browser, scratch;
before(async () => {
  browser = await launch();
  scratch = mkdtempSync(join(tmpdir(), 'synoptic-storage-'));
});
after(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const NOTE = 'A diplomat in Muscat said the delegations would meet again within a fortnight.';
const state = (page) => page.evaluate(() => window.synoptic.state());
const viewport = { width: 1280, height: 800 };

// The reader opened again in the same browser profile: a reload, as a user's next visit.
async function reopen(context, previous) {
  await previous.page.close();
  const next = await openReader(context);
  await settle(next.page, 2);
  return next;
}

// Another HTML file on the same disk, opened in the same browser: it lists
// the browser's IndexedDB databases, reads every value it can (decoding a
// session file's articles from base64, as anyone could), and localStorage.
const PEEK_HTML = `<!doctype html><meta charset="utf-8"><title>another local file</title>
<script>
function readable(value) {
  if (typeof value !== 'string') return [JSON.stringify(value)];
  const out = [value];
  try {
    for (const a of JSON.parse(value).articles || [])
      out.push(new TextDecoder().decode(Uint8Array.from(atob(a.bytes), (c) => c.charCodeAt(0))));
  } catch (error) { /* not a session file */ }
  return out;
}
const request = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
(async () => {
  const found = { databases: [], texts: [], localStorage: {} };
  for (let i = 0; i < localStorage.length; ++i) found.localStorage[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
  for (const { name } of await indexedDB.databases()) {
    found.databases.push(name);
    const db = await request(indexedDB.open(name));
    for (const store of db.objectStoreNames)
      for (const value of await request(db.transaction(store).objectStore(store).getAll())) found.texts.push(...readable(value));
    db.close(); // or the page's own deletion would wait for this file
  }
  window.found = found;
})().catch((error) => { window.found = { error: String(error) }; });
</script>`;

async function peek(context) {
  const path = join(scratch, 'peek.html');
  writeFileSync(path, PEEK_HTML);
  const page = await context.newPage();
  await page.goto(pathToFileURL(path).href);
  await page.waitForFunction(() => window.found !== undefined, null, { timeout: 20000 });
  const found = await page.evaluate(() => window.found);
  await page.close();
  assert.equal(found.error, undefined, found.error);
  return found;
}

test('two 5 MB articles are kept in the browser and are there after a reload', async () => {
  const context = await browser.newContext({ viewport });
  let reader = await openReader(context);
  await settle(reader.page, 2);
  const articles = [longArticle(0, 5 << 20), longArticle(1, 5 << 20)];
  for (const article of articles) {
    const added = await reader.page.evaluate(({ name, text }) => window.synoptic.addArticle(name, text), article);
    assert.equal(added.ok, true, added.error);
  }
  const summary = (s) => s.articles.filter((a) => a.name.startsWith('long-record-'))
    .map((a) => ({ name: a.name, title: a.title, sentences: a.sentences, language: a.language }));
  const before = summary(await state(reader.page));
  assert.deepEqual(before.map((a) => a.title), articles.map((a) => a.title));
  assert.ok(before.every((a) => a.sentences > 10000), JSON.stringify(before));
  await keptInBrowser(reader.page);
  const write = (await state(reader.page)).storage.lastWrite;
  assert.ok(write.characters > 2 * (5 << 20), `the kept session holds both articles (${write.characters} characters)`);

  reader = await reopen(context, reader);
  const after = await state(reader.page);
  assert.deepEqual(summary(after), before, 'both long articles are back, read as before');
  assert.equal(after.articles.length, 7, 'the demo articles and the two long ones');
  assert.ok(after.storage.restored.openMs >= 0);
  assert.equal(await reader.page.textContent('#notice'), '', 'no message about storage');
  assert.deepEqual(reader.errors, []);
  await context.close();
});

test('with "Keep in this browser" unticked, another local HTML file finds nothing of the library; ticked, it does', async () => {
  const context = await browser.newContext({ viewport });
  let reader = await openReader(context);
  assert.equal((await reader.page.evaluate((note) => window.synoptic.addArticle('muscat-note.txt', note), NOTE)).ok, true);
  await keptInBrowser(reader.page);
  assert.equal((await state(reader.page)).keepInBrowser, true, 'kept by default');

  // The positive control: kept, the session is readable by any local file.
  const kept = await peek(context);
  assert.ok(kept.databases.includes('synoptic'), JSON.stringify(kept.databases));
  assert.ok(kept.texts.some((t) => t.includes(NOTE)), 'another local file reads the kept article');
  assert.ok(kept.texts.some((t) => t.includes(KK_TITLE)));

  const off = await reader.page.evaluate(() => window.synoptic.setKeepInBrowser(false));
  assert.deepEqual(off, { ok: true, keepInBrowser: false });
  assert.equal((await state(reader.page)).keepInBrowser, false);
  // Another renderer sees a localStorage write a moment later (Chromium syncs it between processes).
  let nothing = await peek(context);
  for (let tries = 0; tries < 50 && nothing.localStorage['synoptic.keep'] !== '0'; ++tries) nothing = await peek(context);
  assert.ok(!nothing.databases.includes('synoptic'), 'the database is deleted: ' + JSON.stringify(nothing.databases));
  assert.ok(!nothing.texts.some((t) => t.includes(NOTE) || t.includes(KK_TITLE)), 'no article text is readable');
  assert.deepEqual(nothing.localStorage, { 'synoptic.keep': '0' }, 'the choice is the one thing kept');

  // Nothing is written after further changes, nor over a reload, which
  // opens an empty library (the demo is for a first visit).
  assert.equal((await reader.page.evaluate(() => window.synoptic.addArticle('second-note.txt', 'The talks lasted several hours. Both sides agreed to continue.'))).ok, true);
  await reader.page.waitForTimeout(600); // a kept session would be written 200 ms after a change
  reader = await reopen(context, reader);
  const reopened = await state(reader.page);
  assert.equal(reopened.keepInBrowser, false);
  assert.equal(reopened.articles.length, 0);
  const still = await peek(context);
  assert.ok(!still.databases.includes('synoptic'), JSON.stringify(still.databases));
  assert.deepEqual(still.texts, []);

  // The checkbox, as a user ticks it: the session is kept again, then unticked, deleted.
  const box = reopened.layout.keepInBrowserCheckbox;
  assert.ok(box, 'the page reports where "Keep in this browser" is');
  await reader.page.mouse.click(box.x + box.h / 2, box.y + box.h / 2);
  await settle(reader.page, 3);
  assert.equal((await state(reader.page)).keepInBrowser, true, 'ticking the box keeps the session');
  assert.equal((await reader.page.evaluate((note) => window.synoptic.addArticle('muscat-note.txt', note), NOTE)).ok, true);
  await keptInBrowser(reader.page);
  assert.ok((await peek(context)).texts.some((t) => t.includes(NOTE)));
  await settle(reader.page, 2);
  const moved = (await state(reader.page)).layout.keepInBrowserCheckbox; // below the new article now
  await reader.page.mouse.click(moved.x + moved.h / 2, moved.y + moved.h / 2);
  await settle(reader.page, 3);
  assert.equal((await state(reader.page)).keepInBrowser, false, 'unticking it keeps nothing');
  await reader.page.waitForFunction(() => indexedDB.databases().then((list) => !list.some((d) => d.name === 'synoptic')),
                                    null, { timeout: 10000, polling: 100 });
  assert.ok(!(await peek(context)).texts.some((t) => t.includes(NOTE)));
  assert.deepEqual(reader.errors, []);
  await context.close();
});

test('"Forget all" empties the library and what the browser keeps; a reload opens empty until something is added', async () => {
  const context = await browser.newContext({ viewport });
  let reader = await openReader(context);
  assert.equal((await reader.page.evaluate((note) => window.synoptic.addArticle('muscat-note.txt', note), NOTE)).ok, true);
  await keptInBrowser(reader.page);

  const forgot = await reader.page.evaluate(() => window.synoptic.forgetAll());
  assert.equal(forgot.ok, true, forgot.error);
  let now = await state(reader.page);
  assert.equal(now.articles.length, 0);
  assert.deepEqual(now.compared, []);
  assert.equal(now.canUndo, false, 'forgotten articles do not come back with Ctrl+Z');
  assert.equal((await reader.page.evaluate(() => window.synoptic.undo())).ok, false);
  assert.ok(!(await peek(context)).texts.some((t) => t.includes(NOTE) || t.includes(KK_TITLE)),
            'no article text is left in the browser');

  reader = await reopen(context, reader);
  assert.equal((await state(reader.page)).articles.length, 0, 'a reload shows the empty library, not the demo');
  assert.equal((await reader.page.evaluate((note) => window.synoptic.addArticle('muscat-note.txt', note), NOTE)).ok, true);
  await keptInBrowser(reader.page);
  reader = await reopen(context, reader);
  assert.deepEqual((await state(reader.page)).articles.map((a) => a.name), ['muscat-note.txt'], 'what was added is kept');

  // The same from the library, as a user does it: the button asks first.
  const button = (await state(reader.page)).layout.forgetAllButton;
  assert.ok(button, 'the page reports where "Forget all…" is');
  const chooseInDialog = async (label) => {
    await reader.page.mouse.click(button.x + button.w / 2, button.y + button.h / 2);
    await settle(reader.page, 3);
    const item = (await state(reader.page)).layout.menuItems.find((i) => i.label === label);
    assert.ok(item && item.rect, `the dialog offers "${label}"`);
    await reader.page.mouse.click(item.rect.x + item.rect.w / 2, item.rect.y + item.rect.h / 2);
    await settle(reader.page, 3);
  };
  await chooseInDialog('Cancel');
  assert.equal((await state(reader.page)).articles.length, 1, 'Cancel forgets nothing');
  await chooseInDialog('Forget all');
  now = await state(reader.page);
  assert.equal(now.articles.length, 0, 'confirmed, the library is empty');
  assert.match(now.status, /forgotten/);
  await keptInBrowser(reader.page);
  reader = await reopen(context, reader);
  assert.equal((await state(reader.page)).articles.length, 0, 'and stays empty over a reload');
  assert.ok(!(await peek(context)).texts.some((t) => t.includes(NOTE)));
  assert.deepEqual(reader.errors, []);
  await context.close();
});
