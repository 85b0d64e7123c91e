// Time from navigation to the first drawn frame of dist/synoptic.html in
// headless Chromium (software WebGL), over several fresh page loads; prints
// the median and the spread. A figure to report, not a test.
//   node bench/page/first_frame.mjs [runs]
import { launch, openReader } from '../../tests/browser/support/browser.mjs';
import { statSync } from 'node:fs';
import { pagePath } from '../../tests/browser/support/browser.mjs';

const runs = Number(process.argv[2] || 7);
const browser = await launch();
const times = [];
for (let i = 0; i < runs; ++i) {
  const { page } = await openReader(browser);
  times.push(await page.evaluate(() => window.synoptic.firstFrameMs));
  await page.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`page: ${pagePath} (${statSync(pagePath).size} bytes)`);
console.log(`first frame after navigation, ${runs} loads: median ${median.toFixed(0)} ms, ` +
            `min ${times[0].toFixed(0)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
