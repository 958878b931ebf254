// The same flows in Firefox ESR (Puppeteer over WebDriver BiDi): marks in a textarea and in a
// contenteditable, the card opened by Alt+Enter and by a click, a suggestion chosen and the text read
// back. The rules come from Firefox's managed storage: the example policy of docs/policy/
// firefox-policies.json, with the test pack added to its organisation packs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../lib/extension/identity.js';
import { waitFor } from './support/browser.js';
import { FIREFOX, hasFirefox, launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox.js';
import { readCard, readHighlights, readOverlayMarks } from './support/in-page.js';
import { SELF_AT_RISK, TEST_PACK } from './support/test-pack.js';

const NOTE = 'Visit to Amy, aged 14. She has been putting herself at risk by going to the flat.';
const ORG_NOTE = 'Amy, 14, failed to attend her appointment.';

if (!hasFirefox && process.env.CI) throw new Error(`${FIREFOX} is missing; .ci/run installs it with apt`);

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
});
