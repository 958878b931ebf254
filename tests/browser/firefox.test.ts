// The same flows in Firefox ESR (Puppeteer over WebDriver BiDi): marks in a textarea and in a
// contenteditable, the card opened by Alt+Enter and by a click, a suggestion chosen and the text read
// back; the popup and the options page. The rules come from Firefox's managed storage: the example
// policy of docs/policy/firefox-policies.json, with the test pack added to its organisation packs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../lib/extension/identity.js';
import { waitFor } from './support/browser.js';
import { seriousAccessibilityProblems } from './support/extension-pages.js';
import { FIREFOX, hasFirefox, launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.js';
import { readCard, readHighlights, readOverlayMarks } from './support/in-page.js';
import { SELF_AT_RISK, TEST_PACK } from './support/test-pack.js';

const NOTE = 'Visit to Amy, aged 14. She has been putting herself at risk by going to the flat.';
const ORG_NOTE = 'Amy, 14, failed to attend her appointment.';

if (!hasFirefox && process.env.CI) throw new Error(`${FIREFOX} is missing; .ci/run installs it with apt`);

/** The centre of the first element matching `selector` whose text is `text`, scrolled into view. */
function centreOf(selector: string, text: string): { x: number; y: number } | null {
  const element = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => e.textContent?.trim() === text);
  if (!element) return null;
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function click(page: Page, selector: string, text: string): Promise<void> {
  const point = await waitFor(() => page.evaluate(centreOf, selector, text), `${selector} “${text}”`);
  await page.mouse.click(point.x, point.y);
}

/** Types into the form field labelled `label`, as a person would. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const id = await waitFor(() => page.evaluate((wanted) => [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === wanted)?.htmlFor || null, label), `the field “${label}”`);
  await page.click(`[id="${id}"]`);
  await page.keyboard.type(text);
}

const textOf = (page: Page) => page.evaluate(() => document.body.innerText);

/** The example Firefox policy for Reframe, made to run on the local test pages without the network. */
function testPolicy(): Record<string, unknown> {
  const file = join(import.meta.dirname, '..', '..', 'docs', 'policy', 'firefox-policies.json');
  const { sites: _sites, rulePackUrls: _urls, ...policy } = JSON.parse(readFileSync(file, 'utf8')).policies['3rdparty'].Extensions[GECKO_ID];
  return { ...policy, rulePacks: [...policy.rulePacks, TEST_PACK] };
}

describe.skipIf(!hasFirefox)('Firefox ESR', () => {
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    firefox = await launchFirefoxWithExtension({ policy: testPolicy() });
  });

  afterAll(async () => {
    await firefox?.close();
  });

  async function typed(selector: string, text: string): Promise<Page> {
    const page = await firefox.open('/fields.html');
    await page.click(selector);
    await page.keyboard.type(text);
    return page;
  }

  async function chooseFromCard(page: Page, index: number): Promise<string> {
    const card = await waitFor(() => page.evaluate(readCard), 'the card');
    expect(card.title).toBe(TEST_PACK.rules[0]!.title);
    const suggestion = card.suggestions[index]!;
    await page.mouse.click(suggestion.x, suggestion.y);
    return suggestion.text;
  }

  it("marks a textarea with the organisation's packs from managed storage", async () => {
    const page = await typed('#note', `${NOTE} ${ORG_NOTE}`);
    await waitFor(async () => (await page.evaluate(readOverlayMarks, 'org-failed-to-attend')).length > 0, 'a mark of the inline organisation pack', 20_000);
    expect((await page.evaluate(readOverlayMarks, SELF_AT_RISK)).length).toBe(1);
  });

  it('opens the card with Alt+Enter in a textarea and replaces the phrase with the chosen suggestion', async () => {
    const page = await typed('#note', NOTE);
    await waitFor(async () => (await page.evaluate(readOverlayMarks, SELF_AT_RISK)).length > 0, 'a mark', 20_000);
    await page.$eval('#note', (area, at) => (area as HTMLTextAreaElement).setSelectionRange(at, at), NOTE.indexOf('putting') + 3);
    await page.keyboard.down('Alt');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Alt');
    const chosen = await chooseFromCard(page, 1);
    expect(chosen).toBe('Exploited by adults');
    const value = await waitFor(async () => {
      const text = await page.$eval('#note', (area) => (area as HTMLTextAreaElement).value);
      return text.includes(chosen) ? text : undefined;
    }, 'the replacement');
    expect(value).toBe(NOTE.replace('She has been putting herself at risk', chosen));
  });

  it('opens the card with a click on a mark in a contenteditable and replaces the phrase', async () => {
    const page = await typed('#rich', NOTE);
    const [mark] = await waitFor(async () => {
      const ranges = (await page.evaluate(readHighlights)).filter((r) => r.text.includes('herself at risk'));
      return ranges.length > 0 ? ranges : undefined;
    }, 'a highlight', 20_000);
    await page.mouse.click(mark!.x, mark!.y);
    const chosen = await chooseFromCard(page, 0);
    const text = await waitFor(async () => {
      const content = await page.$eval('#rich', (element) => element.textContent ?? '');
      return content.includes(chosen) ? content : undefined;
    }, 'the replacement');
    expect(text).toBe(NOTE.replace(mark!.text, chosen));
  });

  it("lists the page's findings in the popup, names the organisation, and shows a finding's card in the page", async () => {
    const page = await typed('#note', NOTE);
    await waitFor(async () => (await page.evaluate(readOverlayMarks, SELF_AT_RISK)).length > 0, 'a mark', 20_000);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${await firefox.newestPageTabId()}`);
    await waitFor(async () => (await textOf(popup)).includes(TEST_PACK.rules[0]!.explanation), 'the finding in the popup');
    const text = await textOf(popup);
    expect(text).toContain('Reframe is checking the text fields on this page.');
    expect(text).toContain('Managed by your organisation');
    expect(text).toContain('“She has been putting herself at risk”');
    expect(await seriousAccessibilityProblems(popup)).toEqual([]);

    await page.$eval('#note', (area) => (area as HTMLTextAreaElement).setSelectionRange(0, 0));
    const reveal = await popup.waitForSelector('button[aria-label^="Show in the note: “She has been putting herself at risk”"]');
    // The popup closes itself once the card is open (Puppeteer does not notice: the popup is not touched again).
    await reveal!.click();
    const card = await waitFor(() => page.evaluate(readCard), 'the card in the page');
    expect(card.title).toBe(TEST_PACK.rules[0]!.title);
    expect(await page.$eval('#note', (area) => (area as HTMLTextAreaElement).selectionStart)).toBe(NOTE.indexOf('She has been'));
  });

  it("shows the organisation's rules without switches, and a rule written in the options page marks an open page", async () => {
    const options = await firefox.openExtensionPage('options.html');
    await waitFor(async () => (await textOf(options)).includes(TEST_PACK.rules[0]!.title), "the organisation's rules");
    // allowUserDisable is false in the policy: no rule can be switched off here.
    expect(await options.$$eval('section[aria-labelledby="rules-heading"] [role="switch"]', (switches) => switches.length)).toBe(0);
    expect(await textOf(options)).toContain("Example children's services rules");

    expect(await seriousAccessibilityProblems(options)).toEqual([]);

    await click(options, 'button', 'Write a new rule');
    await typeInto(options, 'Title', "'Made bad choices'");
    await typeInto(options, 'Id', 'my-bad-choices');
    await typeInto(options, 'Category', 'general-responsibility-shifting');
    await typeInto(options, 'Patterns', 'made+ (bad|poor|unwise) (choice|decision)+');
    await typeInto(options, 'Explanation', 'This can make it sound as if the child chose the harm. Say what the adults did.');
    await typeInto(options, 'Suggestions', 'was exploited');
    await typeInto(options, 'Source', 'Team training');
    await typeInto(options, 'Examples it must mark', 'Amy, 14, made bad choices.\nThe YP makes poor decisions.');
    await typeInto(options, 'Examples it must not mark', 'She made a cake.\nThey made good choices.');
    await typeInto(options, 'Try the rule: type or paste sample text', 'She made unwise choices at the weekend.');
    await waitFor(async () => (await textOf(options)).includes('1 phrase marked.'), 'the tester to mark the text');
    expect(await seriousAccessibilityProblems(options)).toEqual([]);
    await click(options, 'button', 'Save rule');
    await waitFor(() => options.evaluate(() => [...document.querySelectorAll('h3, h4')].some((h) => h.textContent?.trim() === "'Made bad choices'")), 'the saved rule in the list');

    const page = await typed('#note', 'Visit to Amy, aged 14. She made bad choices at the weekend.');
    await waitFor(async () => (await page.evaluate(readOverlayMarks, 'my-bad-choices')).length > 0, 'the new rule to mark the page', 20_000);
    await options.close();
  });
});
