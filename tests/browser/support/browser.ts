// Real Chromium with the built extension loaded unpacked, for tests that type into real pages.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { readHighlights, type HighlightedRange } from './in-page.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens a test page and collects its errors. */
  open(path: string): Promise<{ page: Page; errors: Error[] }>;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { extensionDir?: string; args?: string[]; executablePath?: string } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? inject('extensionDir');
  const profile = mkdtempSync(join(tmpdir(), 'reframe-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }).catch(() => undefined));
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    async open(path: string) {
      const page = await context.newPage();
      const errors: Error[] = [];
      page.on('pageerror', (error) => errors.push(error));
      await page.goto(new URL(path, inject('pagesUrl')).href);
      // As a person's window would be: focused, so that focus and selection events fire as usual.
      await page.bringToFront();
      return { page, errors };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The overlay marks drawn for form fields in a frame's document (of one rule, if named). */
export function overlayMarks(frame: Frame | Page, ruleId?: string) {
  return frame.locator(ruleId ? `reframe-ui .mark[data-rule-id="${ruleId}"]` : 'reframe-ui .mark');
}

/** The ranges Reframe highlights in a frame (rich fields), with their text and position. */
export async function highlightedRanges(frame: Frame | Page): Promise<HighlightedRange[]> {
  return frame.evaluate(readHighlights);
}

/** Polls until `probe` returns a truthy value; 10 s by default (the first policy read can be slow). */
export async function waitFor<T>(probe: () => Promise<T> | T, what: string, timeout = 10_000): Promise<NonNullable<T>> {
  const until = Date.now() + timeout;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await probe();
    if (last) return last as NonNullable<T>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
}
