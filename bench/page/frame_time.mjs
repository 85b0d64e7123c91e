// Frame times of the page in headless Chromium (software GL): the demo as it
// opens, and a 20,000-row pair (the Kazinform kk/ru seeds repeated: a
// synthetic book, labelled so), each idle (the baseline, same run), while
// the rows scroll, and while a find marks its matches during the scroll.
// Median and worst work of the program in a frame. Figures, not a test.
// A second argument shows the interface in that language (ar: mirrored).
//   node bench/page/frame_time.mjs [frames] [en|ru|kk|tr|ar]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openReader, settle, repoRoot } from '../../tests/browser/support/browser.mjs';

const frames = Number(process.argv[2] || 120);
const interfaceLanguage = process.argv[3] || 'en';
const seed = (name) => readFileSync(resolve(repoRoot, 'assets/demo', name), 'utf8');
const repeated = (text, times) => {
  const [header, ...body] = text.split('\n');
  return header + '\n' + Array(times).fill(body.join('\n')).join('\n');
};

// The program's work in each of the next `count` frames (frameWorkMs),
// while `act` runs: the browser paces headless frames at 20 a second, which
// would hide it.
async function frameIntervals(page, count, act) {
  const recording = page.evaluate((n) => new Promise((done) => {
    const work = [];
    const step = () => {
      work.push(window.synoptic.frameWorkMs);
      if (work.length > n) done(work); else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }), count);
  let acting = true;
  const acted = (async () => { while (acting && act) await act(); })();
  const work = await recording;
  acting = false;
  await acted;
  return work.slice(1);
}

const describe = (intervals) => {
  const sorted = [...intervals].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, worst ${sorted[sorted.length - 1].toFixed(1)} ms`;
};

async function measure(label, page) {
  const box = await page.evaluate(() => window.synoptic.state().layout.firstCell);
  await page.mouse.move(box.x + 50, box.y + 50);
  let down = true, turns = 0;
  const scroll = async () => {
    await page.mouse.wheel(0, down ? 240 : -240);
    if (++turns % 20 === 0) down = !down;
  };
  console.log(`${label}: idle ${describe(await frameIntervals(page, frames, null))}; ` +
              `scrolling ${describe(await frameIntervals(page, frames, scroll))}`);
  await page.evaluate(() => window.synoptic.find('Aragchi'));
  console.log(`${label}: scrolling with "Aragchi" marked (${(await page.evaluate(() => window.synoptic.state().find.matches))} matches) ` +
              describe(await frameIntervals(page, frames, scroll)));
  await page.keyboard.press('Escape');
}

const browser = await launch();
const { page, errors } = await openReader(browser);
await page.evaluate((l) => window.synoptic.setInterfaceLanguage(l), interfaceLanguage);
console.log(`interface: ${interfaceLanguage}`);
await settle(page, 10);
await measure('demo (kk/ru, 24 rows)', page);

const times = 800; // 25 Kazakh sentences a copy: 20,000 rows and more
const a = await page.evaluate((t) => window.synoptic.addArticle('book-kk.txt', t), repeated(seed('000_84709defd8457a92.txt'), times));
const b = await page.evaluate((t) => window.synoptic.addArticle('book-ru.txt', t), repeated(seed('001_e7239c642e9fa5fc.txt'), times));
await page.evaluate(([i, j]) => window.synoptic.compare([i, j]), [a.index, b.index]);
await page.waitForFunction(() => !window.synoptic.state().needsAlignment, null, { timeout: 600000, polling: 500 });
await settle(page, 10);
const rows = (await page.evaluate(() => window.synoptic.state())).comparison.rows.length;
await measure(`synthetic book pair (seeds x${times}, ${rows} rows)`, page);
if (errors.length) console.log(`console errors: ${errors.length}`);
await browser.close();
