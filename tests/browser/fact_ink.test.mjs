// What rows share and where they differ, in the text: the facts of a row
// are coloured where each sentence writes them, the same fact alike in every
// column, and a contradicted number marked on both sides
// (state().layout.factInk reports what was coloured).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch, openReader, settle, repoRoot } from './support/browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const demoParagraph = (file, words) => readFileSync(resolve(repoRoot, 'assets/demo', file), 'utf8')
  .split('\n').map((line) => line.trim()).find((line) => line.includes(words));
const codePoints = (text, start, end) => [...text].slice(start, end).join('');

test('the facts a row shares are coloured alike in each column where its sentences write them', async () => {
  const { page } = await openReader(browser);
  await settle(page, 5);
  const state = await page.evaluate(() => window.synoptic.state());
  const titleRow = state.layout.factInk.filter((m) => m.row === 0);
  const factsIn = (column) => new Set(titleRow.filter((m) => m.column === column).map((m) => m.fact));
  const [kk, ru] = [factsIn(0), factsIn(1)];
  // Iran, the US and Oman: in both titles, one colour each.
  assert.ok(kk.size >= 3, JSON.stringify(titleRow));
  assert.deepEqual([...kk].sort(), [...ru].sort());
  assert.ok(titleRow.every((m) => m.status === 'shared' && m.end > m.start));
  await page.close();
});

test('a number one report contradicts is marked in both sentences of its row', async () => {
  const { page } = await openReader(browser);
  // Kazinform's paragraph on the 12-day war, and the Russian one altered to say 13 days.
  const kk = demoParagraph('000_84709defd8457a92.txt', '12 күндік');
  const ru = demoParagraph('001_e7239c642e9fa5fc.txt', '12-дневного').replace('12-дневного', '13-дневного');
  const added = await page.evaluate(([kk, ru]) => [
    window.synoptic.addArticle('war-kk.txt', `Иран мен АҚШ келіссөзі\n\n${kk}`),
    window.synoptic.addArticle('war-ru.txt', `Переговоры Ирана и США\n\n${ru}`),
  ], [kk, ru]);
  assert.ok(added.every((a) => a.ok), JSON.stringify(added));
  await page.evaluate((ids) => window.synoptic.compare(ids), added.map((a) => a.index));
  await page.waitForFunction(() => !window.synoptic.state().needsAlignment);
  await settle(page, 5);
  const state = await page.evaluate(() => window.synoptic.state());
  assert.ok(state.comparison.conflicts >= 1, 'the comparison finds the contradiction');
  const conflicts = state.layout.factInk.filter((m) => m.status === 'conflict');
  const columns = new Set(conflicts.map((m) => m.column));
  assert.deepEqual([...columns].sort(), [0, 1], JSON.stringify(state.layout.factInk));
  assert.equal(new Set(conflicts.map((m) => m.row)).size, 1, 'in one row');
  // Where each side writes its value (sentence 1 is the paragraph's first sentence after the title).
  const sentenceOf = (text, index) => text.match(/[^.!?]+[.!?]/g)[index].trim();
  const marked = conflicts.map((m) => {
    const text = m.column === 0 ? sentenceOf(kk, m.sentence - 1) : sentenceOf(ru, m.sentence - 1);
    return codePoints(text, m.start, m.end);
  });
  assert.ok(marked.some((t) => t.startsWith('12')) && marked.some((t) => t.startsWith('13')), JSON.stringify(marked));
  await page.close();
});
