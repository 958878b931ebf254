// A small personal pack the browser tests install, so that they test the extension's behaviour
// independently of how the built-in rules are worded. Its rules reuse built-in ids, so they replace
// those rules (as a trainer's adapted copy would) instead of marking the same words twice.
import type { RulePack } from '../../../lib/rules/types.js';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser.js';

export const TEST_PACK: RulePack = {
  id: 'browser-test-pack',
  name: 'Browser test pack',
  version: '1.0.0',
  language: 'en-GB',
  rules: [
    {
      id: 'gen-putting-self-at-risk',
      title: "'Putting herself at risk'",
      category: 'general-responsibility-shifting',
      severity: 'high',
      patterns: ['{subject}=who {have}? {be}? put+ {reflexive} (at|in) (risk|danger)', 'put+ {reflexive}=who (at|in) (risk|danger)'],
      context: { needs: ['child'] },
      explanation: 'This can make it sound as if the child is causing the danger. The risk comes from the adults who target them.',
      suggestions: ['{who|subject} {who|has} been at risk from adults', 'exploited by adults'],
      source: 'Test source — https://example.org/guide',
      examples: { flag: ['Amy, 14, put herself at risk.', 'The YP put himself in danger.'], pass: ['He put the public at risk.', 'The adult put herself at risk.'] },
    },
    {
      id: 'ypi-sexting',
      title: "'Sexting'",
      category: 'youth-produced-imagery',
      severity: 'low',
      patterns: ['sext+'],
      explanation: 'This can sound like a mutual habit.',
      suggestions: ['sharing nude images'],
      source: 'Test source — https://example.org/guide',
      examples: { flag: ['She was sexting.', 'They sexted.'], pass: ['A text.', 'Sextant.'] },
    },
  ],
};

/** Installs packs as the person's own (storage.local), as the options page would. */
export const SELF_AT_RISK = 'gen-putting-self-at-risk';

export async function installPersonalPacks(browser: ExtensionBrowser, packs: RulePack[]): Promise<void> {
  const worker = browser.context.serviceWorkers()[0]!;
  await worker.evaluate(async (value) => {
    await chrome.storage.local.set({ personalPacks: value });
  }, packs);
}

/** Starts Chromium with the extension and the test pack for a file's tests; closes it after them. */
export function useExtensionBrowser(): () => ExtensionBrowser {
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await installPersonalPacks(browser, [TEST_PACK]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
