// The organisation's policy through a real Chromium policy file (docs/policy/chromium-linux.json, the
// very example the deployment guide gives), with an organisation pack downloaded over https from a
// local server. The last test checks, from Chromium's own network log, that the extension made no
// request anywhere but the test pages and the pack addresses the policy names.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { DEVELOPMENT_ID } from '../../lib/extension/identity.js';
import type { RemotePackRecord } from '../../lib/extension/rule-state.js';
import { createChecker } from '../../lib/index.js';
import type { RulePack } from '../../lib/rules/types.js';
import { hasChromium, overlayMarks, waitFor } from './support/browser.js';
import { openExtensionPage, tabIdOf } from './support/extension-pages.js';
import { examplePolicy, launchWithPolicy, policyUnavailable, type PolicyBrowser } from './support/chromium-policy.js';
import { loggedRequests } from './support/net-log.js';
import { servePacks, type PackServer } from './support/pack-server.js';

const REMOTE_PACK: RulePack = {
  id: 'remote-test-pack',
  name: 'Downloaded test pack',
  version: '1.0.0',
  language: 'en-GB',
  rules: [
    {
      id: 'org-hard-to-reach',
      title: "'Hard to reach'",
      category: 'general-responsibility-shifting',
      severity: 'low',
      patterns: ['hard to reach'],
      explanation: 'This can place the gap on the family rather than the service.',
      suggestions: ['not yet reached by our services'],
      source: 'Test source — https://example.org/guide',
      examples: { flag: ['The family is hard to reach.', 'A hard to reach YP.'], pass: ['Hard work.', 'Out of reach.'] },
    },
  ],
};

const ORG_RULE = 'org-failed-to-attend';
const POLICY_DISABLED_RULE = 'gen-vulnerable-overuse';
const NOTE = 'Amy, 14, is a very vulnerable young person. She failed to attend her appointment. The family is hard to reach.';
const unavailable = policyUnavailable();

// In CI the policy tests must run: a missing unshare or root is a failure there, not a skip.
if (unavailable && process.env.CI) throw new Error(`the policy tests cannot run: ${unavailable}`);

describe.skipIf(!hasChromium || Boolean(unavailable))('the organisation policy in Chromium', () => {
  let browser: PolicyBrowser;
  let packs: PackServer;
  let netLogDir: string;
  let policy: Record<string, unknown>;
  const pagesUrl = () => inject('pagesUrl');

  beforeAll(async () => {
    packs = await servePacks({ '/reframe/rules.json': REMOTE_PACK });
    netLogDir = mkdtempSync(join(tmpdir(), 'reframe-netlog-'));
    const example = examplePolicy();
    const sites = example.sites as { block: string[] };
    policy = {
      ...example,
      // The example's pack address stands for an intranet server; here it is the local one, plus an
      // address that cannot be reached.
      rulePackUrls: [`${packs.origin}/reframe/rules.json`, `${packs.origin}/reframe/missing.json`],
      sites: { ...sites, block: [...sites.block, 'http://127.0.0.1/fields.html?blocked'] },
    };
    browser = await launchWithPolicy(policy, { args: ['--ignore-certificate-errors', `--log-net-log=${join(netLogDir, 'net.json')}`] });
  });

  afterAll(async () => {
    await browser?.close();
    await packs?.close();
    rmSync(netLogDir, { recursive: true, force: true });
  });

  async function noteTyped(path = '/fields.html'): Promise<Page> {
    const { page } = await browser.open(path);
    await page.locator('#note').click();
    await page.keyboard.type(NOTE);
    return page;
  }

  it('loads the extension with its fixed id', () => {
    expect(browser.extensionId).toBe(DEVELOPMENT_ID);
  });

  it("marks text with the organisation's inline pack and leaves out the rule the policy switches off", async () => {
    expect(createChecker().check(NOTE).map((f) => f.ruleId)).toContain(POLICY_DISABLED_RULE);
    const page = await noteTyped();
    await waitFor(async () => (await overlayMarks(page, ORG_RULE).count()) > 0, 'a mark of the inline pack', 20_000);
    expect(await overlayMarks(page, POLICY_DISABLED_RULE).count()).toBe(0);
  });

  it('downloads the pack the policy names, uses it, and records the address that failed in plain words', async () => {
    const page = await noteTyped();
    await waitFor(async () => (await overlayMarks(page, 'org-hard-to-reach').count()) > 0, 'a mark of the downloaded pack', 20_000);
    const worker = browser.context.serviceWorkers()[0]!;
    const stored = (await worker.evaluate(async () => (await chrome.storage.local.get('remotePacks')).remotePacks)) as Record<string, RemotePackRecord>;
    const good = stored[`${packs.origin}/reframe/rules.json`];
    expect(good).toMatchObject({ pack: { id: 'remote-test-pack' }, etag: expect.any(String), updatedAt: expect.any(Number) });
    expect(good!.error).toBeUndefined();
    const missing = stored[`${packs.origin}/reframe/missing.json`];
    expect(missing!.pack).toBeUndefined();
    expect(missing!.error).toBe(`The rule pack at ${packs.origin}/reframe/missing.json could not be downloaded: the server answered 404 Not Found.`);
  });

  it('does not run on a site the policy blocks', async () => {
    const page = await noteTyped('/fields.html?blocked');
    await page.waitForTimeout(5000);
    expect(await overlayMarks(page).count()).toBe(0);
    // Nothing of Reframe's is left in the page.
    expect(await page.locator('reframe-ui').count()).toBe(0);
  });

  it('applies a changed policy to open tabs without a restart, and re-downloads the pack conditionally', async () => {
    const page = await noteTyped();
    await waitFor(async () => (await overlayMarks(page, ORG_RULE).count()) > 0, 'a mark of the inline pack', 20_000);
    browser.setPolicy({ ...policy, disabledRules: [POLICY_DISABLED_RULE, ORG_RULE] });
    await waitFor(async () => (await overlayMarks(page, ORG_RULE).count()) === 0, 'the switched-off rule to go', 30_000);
    await waitFor(() => packs.requests.some((r) => r.ifNoneMatch && r.status === 304), 'a conditional download answered 304', 20_000);
    expect(await overlayMarks(page, 'org-hard-to-reach').count()).toBeGreaterThan(0);
  });

  it("shows the organisation's part in the options page and popup, its pack problems in plain words, and no switches it forbids", async () => {
    const broken = { id: 'broken-org-pack', name: 'Broken pack', version: '1.0.0', language: 'en-GB', rules: [{ ...REMOTE_PACK.rules[0]!, id: 'org-broken', patterns: ['hard to {rech}'] }] };
    browser.setPolicy({ ...policy, allowUserDisable: false, rulePacks: [...(policy.rulePacks as unknown[]), broken] });
    const { page: options } = await openExtensionPage(browser, 'options.html');
    await waitFor(() => options.getByText('Your organisation decides which rules are on').isVisible(), 'the locked rules', 30_000);
    expect(await options.getByRole('switch').count()).toBe(0);
    expect(await options.getByText('Managed by your organisation').isVisible()).toBe(true);
    const problem = options.getByRole('alert').filter({ hasText: "Part of your organisation's settings for Reframe could not be used" });
    expect(await problem.getByText(/The rule pack 'broken-org-pack' was not used .*unknown word class \{rech\}/).isVisible()).toBe(true);
    const packList = options.locator('.pack-list');
    expect(await packList.getByText(/From your organisation · version 1\.0\.0/).count()).toBeGreaterThanOrEqual(2);
    expect(await packList.getByText(/Last updated/).first().isVisible()).toBe(true);
    expect(await packList.getByText(/missing\.json could not be downloaded: the server answered 404 Not Found/).isVisible()).toBe(true);
    expect(await options.getByRole('button', { name: 'Reset settings to defaults' }).isVisible()).toBe(true);

    const page = await noteTyped();
    await waitFor(async () => (await overlayMarks(page, ORG_RULE).count()) > 0, 'marks', 20_000);
    const { page: popup } = await openExtensionPage(browser, `popup.html?tab=${await tabIdOf(browser, page)}`);
    await waitFor(() => popup.getByText('Reframe is checking the text fields on this page.').isVisible(), 'the popup', 20_000);
    expect(await popup.getByText('Your organisation keeps Reframe on for every site, so there is no switch here.').isVisible()).toBe(true);
    expect(await popup.getByRole('switch').count()).toBe(0);
    expect(await popup.getByText('Managed by your organisation').isVisible()).toBe(true);
    // The card offers no "Turn off this rule" either.
    await page.bringToFront();
    await page.locator('#note').evaluate((area: HTMLTextAreaElement, at) => area.setSelectionRange(at, at), NOTE.indexOf('failed to attend') + 3);
    await page.keyboard.press('Alt+Enter');
    const card = page.getByRole('dialog', { name: "'Failed to attend'" });
    await waitFor(() => card.isVisible(), 'the card');
    expect(await card.getByRole('button', { name: 'Turn off this rule' }).count()).toBe(0);
    expect(await card.getByRole('link', { name: 'Learn more' }).getAttribute('href')).toBe('https://intranet.example.org/training/language#org-failed-to-attend');
    browser.setPolicy(policy);
  });

  it('made no network request but to the test pages and the pack addresses (Chromium network log)', async () => {
    await browser.close();
    const requests = loggedRequests(join(netLogDir, 'net.json'));
    const extension = `chrome-extension://${DEVELOPMENT_ID}`;
    const page = new URL(pagesUrl()).origin;
    // Requests asked for by the extension's service worker, or by its content scripts (which ask with
    // the page's origin). The browser's own traffic (initiator "not an origin") is not the extension's.
    const fromExtension = requests.filter((r) => r.initiator === extension || r.initiator === page);
    const origins = [...new Set(fromExtension.filter((r) => /^(https?|wss?):/.test(r.url)).map((r) => new URL(r.url).origin))];
    expect(fromExtension.filter((r) => r.initiator === extension).map((r) => r.url)).toContain(`${packs.origin}/reframe/rules.json`);
    expect(origins.sort()).toEqual([page, packs.origin].sort());
  });
});
