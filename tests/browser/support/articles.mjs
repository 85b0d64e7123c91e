// Long articles made of real sentences: the demo library's reports
// (assets/demo) repeated to a size, for tests and benchmarks of what the
// page keeps. Each article repeats another report (up to five), so no two
// are alike.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from './browser.mjs';

const SEEDS = ['000_84709defd8457a92.txt', '001_e7239c642e9fa5fc.txt', '002_970eac684697c81d.txt',
               '003_292c7b092348037e.txt', '004_ca88b99b49bb6e08.txt'];

// The body of a demo report: its paragraphs, without the header line.
function paragraphs(seed) {
  const text = readFileSync(resolve(repoRoot, 'assets/demo', seed), 'utf8');
  return text.split('\n').slice(1).map((line) => line.trim()).filter((line) => line.length > 0);
}

// Article `n` (0 to 4): a title line of its own, then the paragraphs of
// demo report n repeated until it holds `bytes` bytes of UTF-8.
export function longArticle(n, bytes) {
  const body = paragraphs(SEEDS[n]);
  const title = `Talks in Muscat, the long record, part ${n + 1}`;
  const block = body.join('\n\n') + '\n\n';
  const times = Math.ceil((bytes - Buffer.byteLength(title)) / Buffer.byteLength(block));
  return { name: `long-record-${n + 1}.txt`, title, text: title + '\n\n' + block.repeat(times) };
}
