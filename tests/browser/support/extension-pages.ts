// Opening the extension's own pages (options, popup) as tabs, and checking them with axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<{ page: Page; errors: Error[] }> {
  const page = await browser.context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await page.bringToFront();
  return { page, errors };
}

/** The browser's id for the tab showing `page` (the popup is opened for it with ?tab=ID). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0]!;
  const url = page.url();
  return worker.evaluate(async (wanted) => {
    // Without the tabs permission tabs carry no address; the active tab of the focused window is the one just brought to front.
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) throw new Error(`no active tab for ${wanted}`);
    return tab.id;
  }, url);
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** What axe-core needs of a page, from Playwright (Chromium) or Puppeteer (Firefox) alike. */
export interface ScriptablePage {
  evaluate(source: string): Promise<unknown>;
  evaluate<R>(fn: () => Promise<R>): Promise<R>;
}

/** Runs axe-core on the page as it is now; returns the serious and critical violations. */
export async function seriousAccessibilityProblems(page: ScriptablePage): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
