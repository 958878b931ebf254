import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchWithExtension, overlayMarks, waitFor, type ExtensionBrowser } from './support/browser.js';
import { installPersonalPacks, SELF_AT_RISK, TEST_PACK } from './support/test-pack.js';

const NOTE = 'Visit to Amy, aged 14. She has been putting herself at risk by going to the flat.';

describe.skipIf(!hasChromium)('marks and the card in a textarea', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await installPersonalPacks(browser, [TEST_PACK]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function typedNote(): Promise<{ page: Page; errors: Error[] }> {
    const opened = await browser.open('/fields.html');
    await opened.page.locator('#note').click();
    await opened.page.keyboard.type(NOTE);
    await waitFor(async () => (await overlayMarks(opened.page).count()) > 0, 'a mark under the phrase');
    return opened;
  }

  it('marks the phrase, opens the card on click, and replaces it through the edit pipeline', async () => {
    const { page, errors } = await typedNote();
    const mark = overlayMarks(page, SELF_AT_RISK).first();
    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + 4, box.y + box.height / 2 - 4);
    const card = page.getByRole('dialog');
    await expect(card).toBeDefined();
    await waitFor(() => card.isVisible(), 'the card');
    const title = await card.getAttribute('aria-labelledby');
    expect(title).toBeTruthy();
    const suggestion = card.getByRole('button').filter({ hasNotText: /^(Ignore|Turn off this rule|×)$/ }).first();
    const replacement = (await suggestion.textContent())!;
    await suggestion.click();
    await waitFor(async () => (await page.locator('#note').inputValue()) !== NOTE, 'the replacement');
    const value = await page.locator('#note').inputValue();
    expect(value).toContain(replacement);
    expect(value.startsWith('Visit to Amy, aged 14. ')).toBe(true);
    expect(value.endsWith(' by going to the flat.')).toBe(true);
    await page.keyboard.press('Control+z');
    expect(await page.locator('#note').inputValue()).toBe(NOTE);
    expect(errors).toEqual([]);
  });
});
