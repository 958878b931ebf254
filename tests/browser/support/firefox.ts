// Firefox ESR with the built add-on installed as a temporary add-on, driven by Puppeteer over WebDriver
// BiDi. An organisation policy goes where Firefox reads managed storage for one add-on:
// $HOME/.mozilla/managed-storage/<gecko id>.json, with a HOME of the test's own.
//
// The add-on's own pages (options, popup) live at moz-extension://<uuid>/. The uuid is fixed with a
// preference, and Firefox 153 lets WebDriver navigate there only when started with
// --remote-allow-system-access; it reports no load event for such a page, so the page is waited for.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { GECKO_ID } from '../../../lib/extension/identity.js';
import { waitFor } from './browser.js';

export const FIREFOX = '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);
/** The add-on's internal address in the test profile (Firefox picks a random one unless told). */
const EXTENSION_UUID = '5b0e7c1a-3f2d-4e8b-9a61-0c4d2f7e8a15';

export interface FirefoxWithExtension {
  browser: Browser;
  open(path: string): Promise<Page>;
  /** Opens one of the add-on's own pages (such as `options.html`) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The tab id of the newest tab that is not one of the add-on's pages: the page a test opened last. */
  newestPageTabId(): Promise<number>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(options: { policy?: Record<string, unknown> } = {}): Promise<FirefoxWithExtension> {
  const home = mkdtempSync(join(tmpdir(), 'reframe-firefox-home-'));
  if (options.policy) {
    const dir = join(home, '.mozilla', 'managed-storage');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Reframe policy (test)', type: 'storage', data: options.policy }));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, HOME: home },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
    defaultViewport: { width: 1100, height: 900 },
  });
  await browser.installExtension(inject('firefoxExtensionDir'));
  const firefox: FirefoxWithExtension = {
    browser,
    async open(path: string) {
      const page = await browser.newPage();
      await page.goto(new URL(path, inject('pagesUrl')).href);
      await page.bringToFront();
      return page;
    },
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      const url = `moz-extension://${EXTENSION_UUID}/${path}`;
      // The navigation's promise never settles for these pages: let it go, and wait for the page itself.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitFor(() => page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false), `${path} to load`);
      return page;
    },
    async newestPageTabId() {
      const page = await firefox.openExtensionPage('popup.html');
      const id = await page.evaluate(async () => {
        const { tabs } = (globalThis as unknown as { browser: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
        // Without the tabs permission a web page's tab carries no address; the add-on's own pages do.
        return Math.max(...(await tabs.query({})).filter((tab) => !tab.url?.startsWith('moz-extension:')).map((tab) => tab.id ?? -1));
      });
      await page.close();
      return id;
    },
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
  return firefox;
}
