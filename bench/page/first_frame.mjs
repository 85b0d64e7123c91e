// Time from navigation to the first drawn frame of dist/synoptic.html in
// each browser engine the tests cover (Chromium headless, Firefox ESR and
// WebKitGTK under Xvfb, all with software WebGL), two ways:
//   cold  a first visit in a browser just started (a fresh profile per load:
//         the engine also sets up its graphics for the first time)
//   warm  the page loaded again in a running browser (a returning visit: the
//         kept session is read instead of the demo)
// Prints the median and the spread of each. A figure to report, not a test.
//   node bench/page/first_frame.mjs [loads] [engine ...]
import { statSync } from 'node:fs';
import { pagePath, pageUrl } from '../../tests/browser/support/browser.mjs';
import { ENGINES, startEngine } from '../../tests/browser/support/engines.mjs';

const loads = Number(process.argv[2] || 7);
const engines = process.argv.length > 3 ? process.argv.slice(3) : ENGINES;

console.log(`page: ${pagePath} (${statSync(pagePath).size} bytes)`);
const summary = (times) => {
  times.sort((a, b) => a - b);
  return `median ${times[Math.floor(times.length / 2)].toFixed(0)} ms ` +
         `(min ${times[0].toFixed(0)}, max ${times[times.length - 1].toFixed(0)})`;
};
const firstFrame = async (engine) => {
  await engine.goto(pageUrl);
  return engine.waitFor(() => window.synoptic && window.synoptic.firstFrameMs);
};

for (const name of engines) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < loads; ++i) {
    const engine = await startEngine(name);
    try {
      cold.push(await firstFrame(engine));
      if (i === loads - 1) for (let j = 0; j < loads; ++j) warm.push(await firstFrame(engine));
    } finally {
      await engine.close();
    }
  }
  console.log(`${name.padEnd(8)} first frame after navigation, ${loads} loads each: cold ${summary(cold)}, warm ${summary(warm)}`);
}
