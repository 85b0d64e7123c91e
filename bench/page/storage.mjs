// What keeping the session in the browser costs with 20 MB of articles:
// four 5 MB articles (demo reports repeated; tests/browser/support/articles.mjs)
// added to the page in headless Chromium, then the page opened again in the
// same profile. Prints the time to write the session file to IndexedDB
// (making the file, then storing it) and, on the next visit, the time from
// navigation to the restored library being in state() (reading it back,
// reading the articles again). Figures, not a test.
//   node bench/page/storage.mjs [articles] [MB each]
import { launch, openReader, pageUrl, settle } from '../../tests/browser/support/browser.mjs';
import { longArticle } from '../../tests/browser/support/articles.mjs';

const count = Math.min(5, Number(process.argv[2] || 4));
const megabytes = Number(process.argv[3] || 5);
const articles = Array.from({ length: count }, (_, n) => longArticle(n, megabytes << 20));
const names = articles.map((a) => a.name);

const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const first = await openReader(context);
await settle(first.page, 2);
let started = Date.now();
for (const article of articles) {
  const added = await first.page.evaluate(({ name, text }) => window.synoptic.addArticle(name, text), article);
  if (!added.ok) throw new Error(added.error);
}
const addMs = Date.now() - started;
await first.page.waitForFunction(() => {
  const s = window.synoptic.state();
  return s.storage.lastWrite !== null && s.storage.lastWrite.revision === s.revision;
}, null, { timeout: 120000, polling: 100 });
const write = (await first.page.evaluate(() => window.synoptic.state())).storage.lastWrite;
await first.page.close();

// The next visit: navigation to the library in state(), polled every frame.
const second = await context.newPage();
await second.goto(pageUrl);
const restoredAt = await second.evaluate((expected) => new Promise((done) => {
  const poll = () => {
    const s = window.synoptic && window.synoptic.state();
    if (s && !s.loading && expected.every((name) => s.articles.some((a) => a.name === name)))
      return done({ ms: performance.now(), restored: s.storage.restored });
    requestAnimationFrame(poll);
  };
  poll();
}), names);
await browser.close();

const mb = (chars) => (chars / 1048576).toFixed(1);
console.log(`${count} articles of ${megabytes} MB (${count * megabytes} MB of text; added in ${(addMs / 1000).toFixed(1)} s)`);
console.log(`  keep (write to IndexedDB): session file ${mb(write.characters)} M characters: ` +
            `made in ${write.serializeMs.toFixed(0)} ms, stored in ${write.writeMs.toFixed(0)} ms, ` +
            `${(write.serializeMs + write.writeMs).toFixed(0)} ms in all`);
console.log(`  restore on the next visit: navigation to the library in state() ${restoredAt.ms.toFixed(0)} ms ` +
            `(reading IndexedDB, while the program inflates: ${restoredAt.restored.readMs.toFixed(0)} ms; ` +
            `opening the session: ${restoredAt.restored.openMs.toFixed(0)} ms)`);
