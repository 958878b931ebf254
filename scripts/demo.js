// `npm run demo`: builds the extension and a sample case-system page, serves the page on this
// machine, and opens a browser with Reframe loaded on it (WXT's runner). Where there is no desktop to
// show a browser on, it opens the page headless instead, clicks a mark and saves a screenshot.
import { build as bundle } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { build, createServer } from 'wxt';

const root = join(import.meta.dirname, '..');
const out = join(root, '.output', 'demo');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

mkdirSync(out, { recursive: true });
await bundle({ entryPoints: [join(root, 'demo', 'src', 'demo.ts')], outdir: out, bundle: true, format: 'esm', logLevel: 'warning' });
copyFileSync(join(root, 'demo', 'index.html'), join(out, 'index.html'));

const server = createHttpServer((request, response) => {
  const name = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/^\/$/, '/index.html');
  const file = join(out, name.replace(/\.\.+/g, ''));
  if (!existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(8787, '127.0.0.1', resolve));
const url = 'http://127.0.0.1:8787/';
console.log(`Demo case record at ${url}`);

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
const desktop = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (desktop) {
  // WXT's runner builds in development mode, opens the browser with the extension and the demo page.
  const dev = await createServer({ root, webExt: { startUrls: [url], ...(chromium ? { binaries: { chrome: chromium } } : {}) } });
  await dev.start();
  console.log('A browser with Reframe is open on the demo page. Press Ctrl+C here to stop.');
} else {
  await build({ root });
  const { chromium: playwright } = await import('playwright-core');
  if (!chromium) throw new Error('No desktop and no Chromium for a headless run: apt-get install chromium');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const extension = join(root, '.output', 'chrome-mv3');
  const context = await playwright.launchPersistentContext(mkdtempSync(join(tmpdir(), 'reframe-demo-')), {
    executablePath: chromium,
    headless: true,
    viewport: { width: 1000, height: 720 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#note').click();
  await page.keyboard.press('End');
  await page.waitForSelector('reframe-ui .mark', { state: 'attached', timeout: 15_000 });
  const mark = await page.locator('reframe-ui .mark.high').first().boundingBox();
  await page.mouse.click(mark.x + 6, mark.y + mark.height / 2);
  await page.getByRole('dialog').waitFor();
  const shot = join(root, 'docs', 'images', 'demo.png');
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 1000, height: 720 } });
  console.log(`No desktop here, so the demo ran headless: a mark and its card are in ${shot}`);
  await context.close();
  server.close();
}
