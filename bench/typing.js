// `npm run bench` (second part): typing into real pages in Chromium, with and without the built
// extension, in one run (DESIGN §5). Reports ratios, never absolute budgets: machines differ.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { caseNotes } from './notes.js';

const CHROMIUM = '/usr/bin/chromium';
const EXTENSION = join(import.meta.dirname, '..', '.output', 'chrome-mv3');
const KEYSTROKES = 300;

if (!existsSync(CHROMIUM)) {
  console.log(`\nTyping benchmark skipped: ${CHROMIUM} is not installed (apt-get install chromium).`);
  process.exit(0);
}

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Typing</title>
<style>textarea{width:700px;height:400px;font:15px/1.5 system-ui}</style></head><body>
<textarea id="note"></textarea><div id="fields"></div>
<script>
  window.keystrokes = [];
  window.slowEvents = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'keydown' && entry.duration >= 16) window.slowEvents++;
  }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  addEventListener('keydown', () => {
    const start = performance.now();
    // The next frame: after its animation-frame callbacks (Reframe draws marks there) and its rendering.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.keystrokes.push(performance.now() - start);
      channel.port2.postMessage(0);
    });
  }, true);
</script></body></html>`;

const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(PAGE);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

async function session(withExtension) {
  const profile = mkdtempSync(join(tmpdir(), 'reframe-bench-'));
  const extension = withExtension ? [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`] : [];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extension],
  });
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95) };
}

/** Types KEYSTROKES characters at the end of a 50 KB note; returns keydown-to-next-frame times. */
async function typing(context) {
  const page = await context.newPage();
  await page.goto(url);
  const note = caseNotes(50 * 1024, 3);
  await page.locator('#note').evaluate((area, value) => {
    area.value = value;
    area.focus();
    area.setSelectionRange(value.length, value.length);
  }, note);
  await page.waitForTimeout(1500); // the extension's first check and the policy read
  await page.evaluate(() => {
    window.keystrokes = [];
    window.slowEvents = 0;
  });
  const words = 'She has been putting herself at risk and was seen at the flat again today ';
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type(words[i % words.length], { delay: 20 });
  await page.waitForTimeout(300);
  const result = await page.evaluate(() => ({ keystrokes: window.keystrokes, slow: window.slowEvents }));
  await page.close();
  return result;
}

/** JS heap of a page with 200 fields (a few of them used), as Chromium reports it. */
async function heapWith200Fields(context) {
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate((sentence) => {
    const fields = document.getElementById('fields');
    for (let i = 0; i < 200; i++) {
      const area = document.createElement('textarea');
      area.value = i % 4 === 0 ? sentence : 'Routine visit, nothing to note.';
      fields.append(area);
    }
  }, 'Amy, aged 14, has been putting herself at risk.');
  for (let i = 0; i < 5; i++) {
    await page.locator('#fields textarea').nth(i * 10).click();
    await page.keyboard.type(' Seen.');
  }
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}

// Sessions alternate (without, with, with, without…) so that a machine getting busier or quieter
// during the run weighs on both sides alike.
const ROUNDS = 4;
const collected = { without: { keystrokes: [], slow: 0 }, with: { keystrokes: [], slow: 0 } };
const heaps = {};
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? [['without', false], ['with', true]] : [['with', true], ['without', false]];
  for (const [label, withExtension] of order) {
    const { context, close } = await session(withExtension);
    const typed = await typing(context);
    collected[label].keystrokes.push(...typed.keystrokes);
    collected[label].slow += typed.slow;
    if (round === 0) heaps[label] = await heapWith200Fields(context);
    await close();
  }
}
const results = {};
for (const label of ['without', 'with']) {
  const { keystrokes, slow } = collected[label];
  results[label] = { ...stats(keystrokes), slowShare: slow / (KEYSTROKES * ROUNDS), heap: heaps[label] };
}
server.close();

const ms = (v) => `${v.toFixed(1)} ms`;
const pct = (v) => `${(v * 100).toFixed(1)}%`;
const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00×' : '∞') : `${(a / b).toFixed(2)}×`);
const { with: on, without: off } = results;
console.log(`\nTyping into a 50 KB textarea in Chromium, ${KEYSTROKES * ROUNDS} keystrokes each (${ROUNDS} alternating sessions), same run:`);
console.log('                           | without   | with      | ratio');
console.log('---------------------------|-----------|-----------|------');
console.log(`keydown to next frame, median | ${ms(off.median).padEnd(9)} | ${ms(on.median).padEnd(9)} | ${ratio(on.median, off.median)}`);
console.log(`keydown to next frame, p95    | ${ms(off.p95).padEnd(9)} | ${ms(on.p95).padEnd(9)} | ${ratio(on.p95, off.p95)}`);
// Whether slow keystrokes are more frequent beyond what chance gives between two runs of the same
// page: a one-sided two-proportion test at the 95% level.
const n = KEYSTROKES * ROUNDS;
const pooled = (on.slowShare + off.slowShare) / 2;
const margin = 1.645 * Math.sqrt((2 * pooled * (1 - pooled)) / n);
const moreFrequent = on.slowShare - off.slowShare > margin;
console.log(`keystrokes with an Event Timing entry ≥ 16 ms | ${pct(off.slowShare)} | ${pct(on.slowShare)} | ${moreFrequent ? 'MORE frequent' : 'no more frequent'} (difference ${((on.slowShare - off.slowShare) * 100).toFixed(1)} points; chance alone gives up to ${(margin * 100).toFixed(1)})`);
console.log(`page JS heap, 200 fields    | ${(off.heap / 1048576).toFixed(1)} MB | ${(on.heap / 1048576).toFixed(1)} MB | +${((on.heap - off.heap) / 1048576).toFixed(1)} MB`);
const met = on.median <= 1.2 * off.median && on.p95 <= 1.2 * off.p95 && !moreFrequent;
console.log(`\nBudget (DESIGN §5): with/without at most 1.2× (median and p95), slow keystrokes no more frequent: ${met ? 'met' : 'MISSED'}`);
