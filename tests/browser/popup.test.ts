import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, overlayMarks, waitFor } from './support/browser.js';
import { openExtensionPage, seriousAccessibilityProblems, tabIdOf } from './support/extension-pages.js';
import { SELF_AT_RISK, TEST_PACK, useExtensionBrowser } from './support/test-pack.js';

const NOTE = 'Visit to Amy, aged 14. She has been putting herself at risk by going to the flat. She was sexting him.';
const TITLE = TEST_PACK.rules[0]!.title;

describe.skipIf(!hasChromium)('the toolbar popup', () => {
  const browser = useExtensionBrowser();

  async function notePage(): Promise<{ page: Page; errors: Error[]; tabId: number }> {
    const { page, errors } = await browser().open('/fields.html');
    await page.locator('#note').click();
    await page.keyboard.type(NOTE);
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0 && (await overlayMarks(page, 'ypi-sexting').count()) > 0, 'both marks');
    return { page, errors, tabId: await tabIdOf(browser(), page) };
  }

  const popupFor = async (tabId: number) => {
    const { page, errors } = await openExtensionPage(browser(), `popup.html?tab=${tabId}`);
    await waitFor(() => page.getByRole('status').filter({ hasText: /Reframe/ }).first().isVisible(), 'the popup');
    return { popup: page, popupErrors: errors };
  };

  it('lists the findings, counts them on the badge, and opens a finding’s card in the page', async () => {
    const { page, errors, tabId } = await notePage();
    const worker = browser().context.serviceWorkers()[0]!;
    await waitFor(async () => (await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) === '2', 'the badge to count 2');

    const { popup, popupErrors } = await popupFor(tabId);
    expect(await popup.getByText('Reframe is checking the text fields on this page.').isVisible()).toBe(true);
    await waitFor(() => popup.getByRole('heading', { name: '2 phrases to look at' }).isVisible(), 'the list of findings');
    const item = popup.getByRole('listitem').filter({ has: popup.getByRole('heading', { name: TITLE }) });
    expect(await item.getByText('“She has been putting herself at risk”').isVisible()).toBe(true);
    expect(await item.getByText(TEST_PACK.rules[0]!.explanation).isVisible()).toBe(true);
    expect(await item.getByText('She has been at risk from adults').isVisible()).toBe(true);

    await page.locator('#note').evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(0, 0));
    await item.getByRole('button', { name: /^Show in the note: “She has been putting herself at risk” in Note/ }).click();
    await page.bringToFront();
    const card = page.getByRole('dialog', { name: TITLE });
    await waitFor(() => card.isVisible(), 'the card in the page');
    // The caret moved to the phrase, and focus is in the card, ready for the keyboard.
    expect(await page.locator('#note').evaluate((area: HTMLTextAreaElement) => area.selectionStart)).toBe(NOTE.indexOf('She has been'));
    const focusedText = await page.evaluate(() => {
      let active: Element | null = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.textContent?.trim();
    });
    expect(focusedText).toBe('She has been at risk from adults');
    expect([...errors, ...popupErrors]).toEqual([]);
    if (!popup.isClosed()) await popup.close();
    await page.close();
  });

  it('switches Reframe off for the site and back on, and the page follows at once', async () => {
    const { page, tabId } = await notePage();
    const { popup } = await popupFor(tabId);
    const siteSwitch = popup.getByRole('switch', { name: 'Check 127.0.0.1' });
    await waitFor(() => siteSwitch.isVisible(), 'the site switch');
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.click();
    await waitFor(async () => (await overlayMarks(page).count()) === 0, 'the marks to go');
    await waitFor(() => popup.getByText('Reframe is off for this site.').isVisible(), 'the popup to say so');
    await popup.getByRole('switch', { name: 'Check 127.0.0.1' }).click();
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0, 'the marks to come back');
    expect(await page.locator('#note').inputValue()).toBe(NOTE);
    await popup.close();
    await page.close();
  });

  it('says when it cannot run on a page', async () => {
    const other = await browser().context.newPage();
    await other.goto('about:blank');
    const { page: popup } = await openExtensionPage(browser(), `popup.html?tab=${await tabIdOf(browser(), other)}`);
    await waitFor(() => popup.getByText('Reframe cannot check this page.').isVisible(), 'the explanation');
    await popup.close();
    await other.close();
  });

  it('has no serious or critical accessibility problems', async () => {
    const { page, tabId } = await notePage();
    const { popup } = await popupFor(tabId);
    await waitFor(() => popup.getByRole('heading', { name: /phrases to look at/ }).isVisible(), 'the list');
    expect(await seriousAccessibilityProblems(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
