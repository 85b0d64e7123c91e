// A portal on another origin embeds the real dist/synoptic.html in an iframe
// and drives it by postMessage: the page answers the origin named in its
// address (#embed=...) and nobody else. Two local HTTP servers play the
// portal and the place the page is served from (two origins).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pagePath } from './support/browser.mjs';
import { serve } from './support/origins.mjs';

let browser, pageServer, portalServer, pageOrigin, portalOrigin;

before(async () => {
  browser = await launch();
  pageServer = await serve({ '/synoptic.html': { file: pagePath } });
  // The portal: an empty page; each test writes its iframe.
  portalServer = await serve();
  pageOrigin = pageServer.origin;
  portalOrigin = portalServer.origin;
});
after(async () => {
  await browser?.close();
  await pageServer?.close();
  await portalServer?.close();
});

// Opens the portal with the page framed at `embed` (or no #embed at all),
// and gives the portal a request function that resolves with the answer or
// with 'no answer' after `wait` ms.
async function openPortal(embed) {
  const context = await browser.newContext();
  const portal = await context.newPage();
  await portal.goto(`${portalOrigin}/`);
  const src = `${pageOrigin}/synoptic.html${embed === undefined ? '' : '#embed=' + encodeURIComponent(embed)}`;
  await portal.evaluate((src) => {
    window.answers = [];
    window.addEventListener('message', (e) => window.answers.push({ origin: e.origin, data: e.data }));
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.width = 1100;
    frame.height = 700;
    document.body.appendChild(frame);
    window.ask = (id, method, args, wait = 20000) => new Promise((done) => {
      const started = performance.now();
      const poll = () => {
        const answer = window.answers.find((a) => a.data && a.data.synoptic === id);
        if (answer) return done(answer);
        if (performance.now() - started > wait) return done('no answer');
        setTimeout(poll, 50);
      };
      frame.contentWindow.postMessage({ synoptic: id, method, args }, '*');
      poll();
    });
  }, src);
  return { context, portal };
}

async function frameStarted(portal) {
  // The page reads its demo library before it says it is ready.
  await portal.waitForFunction(() => window.answers.some((a) => a.data && a.data.synoptic === 'ready'),
                               null, { timeout: 60000 });
}

test('a portal on another origin adds, compares and exports articles by postMessage', async () => {
  const { context, portal } = await openPortal(portalOrigin);
  await frameStarted(portal);
  const ready = await portal.evaluate(() => window.answers.find((a) => a.data.synoptic === 'ready'));
  assert.equal(ready.origin, pageOrigin);
  assert.match(ready.data.version, /\d/);

  const added = await portal.evaluate(() => window.ask(1, 'addArticle',
    ['portal.txt', 'Иран мен АҚШ Маскатта келіссөздер өткізді. Келіссөздер жалғасады.']));
  assert.equal(added.data.result.ok, true, JSON.stringify(added.data));
  const index = added.data.result.index;

  const state = (await portal.evaluate(() => window.ask(2, 'state', []))).data.result;
  assert.equal(state.articles[index].language, 'kk');
  assert.equal(state.articles[index].sentences, 2);

  const compared = await portal.evaluate((i) => window.ask(3, 'compare', [[1, i]]), index);
  assert.equal(compared.data.result.ok, true, JSON.stringify(compared.data));
  const report = (await portal.evaluate(() => window.ask(4, 'exportText', ['json']))).data.result;
  assert.equal(report.ok, true);
  assert.ok(JSON.parse(report.content).rows.length > 0);

  // Row edits, undo and the session file travel the same way.
  const checked = (await portal.evaluate(() => window.ask(10, 'edit', [{ op: 'check', row: 0 }]))).data.result;
  assert.equal(checked.ok, true, JSON.stringify(checked));
  const undone = (await portal.evaluate(() => window.ask(11, 'undo', []))).data.result;
  assert.equal(undone.ok, true);
  assert.ok(undone.revision > checked.revision);
  // The page tells the portal of every change, with its revision.
  await portal.waitForFunction((r) => window.answers.some((a) => a.data.synoptic === 'changed' && a.data.revision === r),
                               undone.revision, { timeout: 20000 });
  const sessionText = (await portal.evaluate(() => window.ask(12, 'saveSession', []))).data.result;
  assert.equal(JSON.parse(sessionText).format, 'synoptic-session');
  const damaged = (await portal.evaluate(() => window.ask(13, 'loadSession', ['{"format":']))).data.result;
  assert.equal(damaged.ok, false);

  // Bytes travel too (a file the portal read), and errors come back as values.
  const bytes = await portal.evaluate(() => window.ask(5, 'addArticle', ['empty.txt', new Uint8Array(0)]));
  assert.equal(bytes.data.result.ok, false);
  assert.match(bytes.data.result.error, /empty/i);
  const unknown = await portal.evaluate(() => window.ask(6, 'eval', ['1+1']));
  assert.equal(unknown.data.result.ok, false);
  assert.match(unknown.data.result.error, /Unknown method/);

  // What the browser keeps: the portal can keep nothing, and forget everything.
  const keepNothing = (await portal.evaluate(() => window.ask(14, 'setKeepInBrowser', [false]))).data.result;
  assert.deepEqual(keepNothing, { ok: true, keepInBrowser: false });
  const forgot = (await portal.evaluate(() => window.ask(15, 'forgetAll', []))).data.result;
  assert.equal(forgot.ok, true, JSON.stringify(forgot));
  const emptied = (await portal.evaluate(() => window.ask(16, 'state', []))).data.result;
  assert.equal(emptied.articles.length, 0);
  assert.equal(emptied.keepInBrowser, false);
  await context.close();
});

test('a click on a sentence in the framed page tells the portal which article and sentence it chose', async () => {
  const { context, portal } = await openPortal(portalOrigin);
  await frameStarted(portal);
  const state = (await portal.evaluate(() => window.ask(1, 'state', []))).data.result;
  const cell = state.layout.cells.find((c) => c.row === 0 && c.column === 1);
  assert.ok(cell && cell.rect, 'the page reports its first row');
  const frameBox = await portal.locator('iframe').boundingBox();
  await portal.mouse.click(frameBox.x + cell.rect.x + 10, frameBox.y + cell.rect.y + cell.rect.h / 2);
  await portal.waitForFunction(() => window.answers.some((a) => a.data.synoptic === 'selection'), null, { timeout: 20000 });
  const selection = await portal.evaluate(() => window.answers.find((a) => a.data.synoptic === 'selection'));
  assert.equal(selection.origin, pageOrigin);
  assert.deepEqual({ ...selection.data }, { synoptic: 'selection', article: state.compared[1], sentence: 0, row: 0 });
  await context.close();
});

test('the page neither answers nor obeys a portal its address does not name', async () => {
  for (const embed of ['http://127.0.0.1:9', undefined]) {
    const { context, portal } = await openPortal(embed);
    // The framed page itself (playwright can look inside; the portal cannot).
    await portal.waitForFunction(() => document.querySelector('iframe'));
    let frame;
    while (!(frame = portal.frames().find((f) => f.url().startsWith(pageOrigin)))) await portal.waitForTimeout(100);
    await frame.waitForFunction(() => window.synoptic && window.synoptic.firstFrameMs !== null, null, { timeout: 60000 });
    await frame.waitForFunction(() => window.synoptic.state().articles?.length === 5, null, { timeout: 60000 });

    const answer = await portal.evaluate(() => window.ask(1, 'addArticle', ['intruder.txt', 'Some words here.'], 3000));
    assert.equal(answer, 'no answer', `embed=${embed}`);
    assert.equal(await portal.evaluate(() => window.answers.length), 0, `embed=${embed}: not even 'ready'`);
    const state = await frame.evaluate(() => window.synoptic.state());
    assert.equal(state.articles.length, 5, `embed=${embed}: the request was carried out`);
    await context.close();
  }
});
