// Firefox ESR with the built add-on installed as a temporary add-on, driven by Puppeteer over WebDriver
// BiDi. An organisation policy goes where Firefox reads managed storage for one add-on:
// $HOME/.mozilla/managed-storage/<gecko id>.json, with a HOME of the test's own.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { inject } from 'vitest';
import { GECKO_ID } from '../../../lib/extension/identity.js';

export const FIREFOX = '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);

export interface FirefoxWithExtension {
  browser: Browser;
  open(path: string): Promise<Page>;
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
    defaultViewport: { width: 1100, height: 900 },
  });
  await browser.installExtension(inject('firefoxExtensionDir'));
  return {
    browser,
    async open(path: string) {
      const page = await browser.newPage();
      await page.goto(new URL(path, inject('pagesUrl')).href);
      await page.bringToFront();
      return page;
    },
    async close() {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}
