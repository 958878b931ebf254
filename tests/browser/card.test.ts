import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, highlightedRanges, overlayMarks, waitFor } from './support/browser.js';
import { SELF_AT_RISK, TEST_PACK, useExtensionBrowser } from './support/test-pack.js';

const NOTE = 'Visit to Amy, aged 14. She has been putting herself at risk by going to the flat.';
const PHRASE_START = NOTE.indexOf('She has been putting');
const PHRASE = 'She has been putting herself at risk';
const TITLE = TEST_PACK.rules[0]!.title;

/** The element focused on the page, looking into shadow roots: its tag and text. */
function focused(page: Page): Promise<{ tag: string; text: string } | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? { tag: active.tagName, text: (active.textContent ?? '').trim() } : null;
  });
}

describe.skipIf(!hasChromium)('the suggestion card', () => {
  const browser = useExtensionBrowser();
  let page: Page;
  let errors: Error[];

  async function noteTyped(path = '/fields.html'): Promise<void> {
    ({ page, errors } = await browser().open(path));
    await page.locator('#note').click();
    await page.keyboard.type(NOTE);
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0, 'a mark');
  }

  async function caretTo(offset: number): Promise<void> {
    await page.locator('#note').evaluate((area: HTMLTextAreaElement, at) => area.setSelectionRange(at, at), offset);
  }

  it('opens with Alt+Enter inside a phrase, as a dialog named by the rule title, with focus on the first suggestion', async () => {
    await noteTyped();
    await caretTo(PHRASE_START + 5);
    await page.keyboard.press('Alt+Enter');
    const card = page.getByRole('dialog', { name: TITLE });
    await waitFor(() => card.isVisible(), 'the card');
    expect(await card.getByText(TEST_PACK.rules[0]!.explanation).isVisible()).toBe(true);
    const suggestions = card.getByRole('group', { name: 'Suggested wording' }).getByRole('button');
    expect(await suggestions.allTextContents()).toEqual(['She has been at risk from adults', 'Exploited by adults']);
    expect(await card.getByRole('button', { name: 'Ignore' }).isVisible()).toBe(true);
    expect(await card.getByRole('button', { name: 'Turn off this rule' }).isVisible()).toBe(true);
    expect(await card.getByRole('link', { name: 'Learn more' }).getAttribute('href')).toBe('https://example.org/guide');
    expect(await focused(page)).toEqual({ tag: 'BUTTON', text: 'She has been at risk from adults' });
    // Alt+Enter did not reach the field: no line break was typed.
    expect(await page.locator('#note').inputValue()).toBe(NOTE);
  });

  it('closes with Escape and puts the caret back where it was', async () => {
    await noteTyped();
    await caretTo(PHRASE_START + 5);
    await page.keyboard.press('Alt+Enter');
    await waitFor(() => page.getByRole('dialog').isVisible(), 'the card');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await page.getByRole('dialog').isVisible()), 'the card to close');
    expect(await focused(page)).toMatchObject({ tag: 'TEXTAREA' });
    expect(await page.locator('#note').evaluate((a: HTMLTextAreaElement) => [a.selectionStart, a.selectionEnd])).toEqual([PHRASE_START + 5, PHRASE_START + 5]);
  });

  it('does nothing on Alt+Enter outside a phrase, and never opens a card unasked', async () => {
    await noteTyped();
    await caretTo(3);
    await page.keyboard.press('Alt+Enter');
    await page.waitForTimeout(300);
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('can be used from the keyboard alone: Tab to a suggestion, Enter to apply', async () => {
    await noteTyped();
    await caretTo(PHRASE_START + 5);
    await page.keyboard.press('Alt+Enter');
    await waitFor(() => page.getByRole('dialog').isVisible(), 'the card');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toEqual({ tag: 'BUTTON', text: 'Exploited by adults' });
    await page.keyboard.press('Enter');
    await waitFor(async () => (await page.locator('#note').inputValue()).includes('Exploited by adults'), 'the replacement');
    expect(await page.locator('#note').inputValue()).toBe(NOTE.replace(PHRASE, 'Exploited by adults'));
    await page.keyboard.press('Control+z');
    expect(await page.locator('#note').inputValue()).toBe(NOTE);
    expect(errors).toEqual([]);
  });

  it('sits next to the phrase, inside the viewport, without covering its line', async () => {
    await noteTyped();
    const mark = (await overlayMarks(page, SELF_AT_RISK).first().boundingBox())!;
    await page.mouse.click(mark.x + 8, mark.y + mark.height / 2);
    const card = page.getByRole('dialog');
    await waitFor(() => card.isVisible(), 'the card');
    const box = (await card.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // The card is wholly below or wholly above the marked line.
    expect(box.y >= mark.y + mark.height || box.y + box.height <= mark.y).toBe(true);
  });

  it('Ignore hides this occurrence only, and it stays hidden while typing', async () => {
    await noteTyped();
    await page.locator('#note').press('End');
    await page.keyboard.type(' Later she put herself in danger again.');
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) >= 2, 'two marks');
    await caretTo(PHRASE_START + 5);
    await page.keyboard.press('Alt+Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Ignore' }).click();
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) === 1, 'one mark left');
    await page.locator('#note').press('End');
    await page.keyboard.type(' Seen.');
    await page.waitForTimeout(300);
    expect(await overlayMarks(page, SELF_AT_RISK).count()).toBe(1);
  });

  it('Turn off this rule switches it off everywhere, and it can be switched on again', async () => {
    await noteTyped();
    const other = await browser().open('/fields.html');
    await other.page.locator('#rich').click();
    await other.page.keyboard.type('Amy, aged 14, has been putting herself at risk.');
    const selfAtRisk = async () => (await highlightedRanges(other.page)).filter((r) => r.text === 'putting herself at risk').length;
    await waitFor(async () => (await selfAtRisk()) > 0, 'a mark in the other tab');
    await caretTo(PHRASE_START + 5);
    await page.keyboard.press('Alt+Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Turn off this rule' }).click();
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) === 0, 'the rule to go from this tab');
    await waitFor(async () => (await selfAtRisk()) === 0, 'the rule to go from the other tab');
    const worker = browser().context.serviceWorkers()[0]!;
    const settings = (await worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings)) as { disabledRules: string[] };
    expect(settings.disabledRules).toEqual([SELF_AT_RISK]);
    await worker.evaluate(async () => chrome.storage.sync.set({ settings: { disabledRules: [] } }));
    await waitFor(async () => (await selfAtRisk()) > 0, 'the rule to come back');
    await other.page.close();
  });

  it('closes, without errors, when its field is removed', async () => {
    await noteTyped();
    await caretTo(PHRASE_START + 5);
    await page.keyboard.press('Alt+Enter');
    await waitFor(() => page.getByRole('dialog').isVisible(), 'the card');
    await page.locator('#note').evaluate((area) => area.remove());
    await waitFor(async () => (await page.getByRole('dialog').count()) === 0, 'the card to close');
    expect(errors).toEqual([]);
  });

  it('works on a page that breaks execCommand and Range methods in its own world', async () => {
    await noteTyped('/hostile.html');
    // The page broke setSelectionRange in its world too, so move the caret as a person would.
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < PHRASE_START + 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Enter');
    await page.getByRole('dialog').getByRole('button', { name: 'Exploited by adults' }).click();
    await waitFor(async () => (await page.locator('#note').inputValue()).includes('Exploited by adults'), 'the replacement');
    expect(await page.locator('#note').inputValue()).toBe(NOTE.replace(PHRASE, 'Exploited by adults'));
  });

  it('offers to copy the suggestion when an editor refuses the change, and writes nothing', async () => {
    ({ page, errors } = await browser().open('/hostile.html'));
    await page.locator('#locked').click();
    await page.keyboard.type('Amy, aged 14, has been putting herself at risk.');
    const [range] = await waitFor(async () => {
      const ranges = await highlightedRanges(page);
      return ranges.length > 0 ? ranges : undefined;
    }, 'a highlight in the locked editor');
    await page.mouse.click(range!.x, range!.y);
    const card = page.getByRole('dialog');
    await waitFor(() => card.isVisible(), 'the card');
    await card.getByRole('button', { name: 'Exploited by adults' }).click();
    await waitFor(() => card.getByRole('status').isVisible(), 'the copy offer');
    expect(await card.getByRole('status').textContent()).toContain('did not accept the change');
    expect(await page.evaluate(() => (window as unknown as { lockedModel(): string }).lockedModel())).toBe('Amy, aged 14, has been putting herself at risk.');
    expect(await page.locator('#locked').textContent()).toBe('Amy, aged 14, has been putting herself at risk.');
    await browser().context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
    // Mid-sentence, the suggestion takes a small letter.
    await card.getByRole('button', { name: 'Copy: exploited by adults' }).click();
    await waitFor(async () => (await card.getByRole('button', { name: 'Copied: exploited by adults' }).count()) > 0, 'the copy');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('exploited by adults');
  });
});
