// `npm run bench`: Reframe's engine against named baselines on the same text in one run, reported as
// ratios (DESIGN §5): the median of ratios between each baseline run and Reframe runs made next to it.
import { performance } from 'node:perf_hooks';
import { text as alex } from 'alex';
import writeGood from 'write-good';
import { createChecker } from 'reframe';
import { caseNotes } from './notes.js';

const SIZES = [
  ['1 KB', 1024],
  ['10 KB', 10 * 1024],
  ['100 KB', 100 * 1024],
  ['1 MB', 1024 * 1024],
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median milliseconds of `fn`, run until `budgetMs` is spent (at least `min`, at most `max` times). */
function time(fn, { budgetMs = 1500, min = 3, max = 400 } = {}) {
  fn(); // warm up
  const samples = [];
  const started = performance.now();
  while (samples.length < min || (samples.length < max && performance.now() - started < budgetMs)) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** The floor: lower-casing the text and one pass over its characters. */
function floor(text) {
  const lower = text.toLowerCase();
  let spaces = 0;
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) === 32) spaces++;
  return spaces;
}

const checker = createChecker();
const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(ms < 10 ? 2 : 0)} ms`);
const ratio = (x) => `${x >= 100 ? x.toFixed(0) : x.toFixed(1)}×`;

console.log(`Reframe engine benchmark — ${checker.ruleSet.rules.length} rules, Node ${process.version}\n`);
console.log('size    | reframe  | floor    | write-good | alex     | alex/reframe | write-good/reframe | reframe/floor | findings');
console.log('--------|----------|----------|------------|----------|--------------|--------------------|---------------|---------');
const results = {};
/**
 * Texts of one size that differ in every paragraph, so that no run re-uses the engine's cache of
 * paragraphs it has already seen: each timed check is a check of new text.
 */
function freshTexts(bytes, count) {
  const base = caseNotes(bytes);
  return Array.from({ length: count }, (_, i) => base.replace(/\n\n/g, `\n\nRun ${i}. `).slice(0, bytes));
}

/** Times `fn` over the texts in turn, each text once. */
function timeEach(texts, fn, options) {
  let next = 0;
  return time(() => fn(texts[next++ % texts.length]), { max: texts.length - 1, ...options });
}

/** Milliseconds of one call. */
function once(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * How many times slower `other` is than Reframe, from runs made side by side. This machine's speed
 * drifts by up to half for seconds at a time, so timing each contender in its own stretch of the run
 * could compare a slow moment with a fast one. Instead each sample takes `other`'s median over `runs`
 * runs (more than one only for a quick baseline) and Reframe's median over `around` texts checked just
 * before and just after them, so that both sides share the moment and each other's leftover garbage.
 * The ratio reported is the median of the samples' ratios; the times are each side's median run.
 */
function pairedRatio(texts, other, { samples, around = 5, runs = 1 }) {
  other(texts[0]); // warm up
  let next = 0;
  const ours = () => once(() => checker.check(texts[next++ % texts.length]));
  const theirs = () => once(() => other(texts[next++ % texts.length]));
  const ratios = [];
  const oursTimes = [];
  const theirTimes = [];
  for (let k = 0; k < samples; k++) {
    const before = Array.from({ length: around }, ours);
    const them = Array.from({ length: runs }, theirs);
    const after = Array.from({ length: around }, ours);
    ratios.push(median(them) / median([...before, ...after]));
    oursTimes.push(...before, ...after);
    theirTimes.push(...them);
  }
  return { ratio: median(ratios), ours: median(oursTimes), theirs: median(theirTimes) };
}

// Reframe's code is compiled by the JIT on the first few checks: let that happen before any timing.
for (const [, bytes] of SIZES.slice(0, 3)) timeEach(freshTexts(bytes, 40), (text) => checker.check(text), { budgetMs: 300 });

for (const [label, bytes] of SIZES) {
  const texts = freshTexts(bytes, bytes >= 1024 * 1024 ? 6 : bytes >= 100 * 1024 ? 40 : 400);
  // A baseline takes seconds on 1 MB: one sample there.
  const samples = bytes >= 1024 * 1024 ? 1 : bytes >= 100 * 1024 ? 7 : 25;
  const floorRuns = pairedRatio(texts, floor, { samples: 25, runs: 5 });
  const wg = pairedRatio(texts, (text) => writeGood(text), { samples });
  const ax = pairedRatio(texts, (text) => alex(text), { samples });
  results[label] = { floor: 1 / floorRuns.ratio, wg: wg.ratio, ax: ax.ratio };
  console.log(
    `${label.padEnd(7)} | ${fmt(ax.ours).padEnd(8)} | ${fmt(floorRuns.theirs).padEnd(8)} | ${fmt(wg.theirs).padEnd(10)} | ${fmt(ax.theirs).padEnd(8)} | ${ratio(ax.ratio).padEnd(12)} | ${ratio(wg.ratio).padEnd(18)} | ${ratio(1 / floorRuns.ratio).padEnd(13)} | ${checker.check(texts[0]).length}`,
  );
}

// One keystroke in a 20 KB note: each run checks the note with one more character typed somewhere,
// as the extension does while someone types (paragraphs the keystroke did not touch are not re-scanned).
let note = caseNotes(20 * 1024, 7);
const editing = checker.startEditing();
editing.check(note);
let edits = 0;
const keystroke = time(() => {
  const at = (edits++ * 7919) % note.length;
  note = note.slice(0, at) + 'x' + note.slice(at);
  editing.check(note);
}, { budgetMs: 2000, max: 2000 });

const at100 = results['100 KB'];
const budgets = [
  [`engine vs alex on 100 KB: ${ratio(at100.ax)} faster`, at100.ax >= 300, 'at least 300×'],
  [`engine vs floor on 100 KB: ${ratio(at100.floor)} the floor`, at100.floor <= 10, 'within 10×'],
  [`re-check after one keystroke in a 20 KB note: median ${fmt(keystroke)}`, keystroke <= 1, 'at most 1 ms'],
];
console.log('\nBudgets (DESIGN §5):');
for (const [what, met, budget] of budgets) console.log(`  ${met ? 'met   ' : 'MISSED'}  ${what} (budget: ${budget})`);
