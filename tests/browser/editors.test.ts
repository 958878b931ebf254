import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, highlightedRanges, overlayMarks, waitFor } from './support/browser.js';
import { EDITORS, frameOf, type EditorCase } from './support/editors.js';
import { SELF_AT_RISK, TEST_PACK, useExtensionBrowser } from './support/test-pack.js';

const NOTE = 'Visit to Amy, aged 14. She has been putting herself at risk by going to the flat.';
const PHRASE = 'She has been putting herself at risk';
const SUGGESTION = 'Exploited by adults';
const EXPECTED = NOTE.replace(PHRASE, SUGGESTION);

/** Plain text as people read it: editors differ in spaces, no-break spaces and trailing newlines. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

describe.skipIf(!hasChromium)('real editors', () => {
  const browser = useExtensionBrowser();
  /** Opens the editor's page and types the note into it. */
  async function noteTyped(editor: EditorCase): Promise<{ page: Page; errors: Error[]; frame: Frame }> {
    const { page, errors } = await browser().open(editor.page);
    await page.evaluate(() => window.editorReady);
    const frame = await frameOf(page, editor.frame);
    await frame.locator(editor.editable).click();
    await page.keyboard.type(NOTE);
    return { page, errors, frame };
  }

  /** Clicks inside the marked phrase: a highlight's position, or an overlay mark's. */
  async function clickMark(page: Page, frame: Frame, editor: EditorCase): Promise<void> {
    if (editor.settleBeforeClickMs) await page.waitForTimeout(editor.settleBeforeClickMs);
    let x: number;
    let y: number;
    if (editor.marks === 'overlay') {
      const box = (await waitFor(() => overlayMarks(frame, SELF_AT_RISK).first().boundingBox(), 'an overlay mark'))!;
      x = box.x + 6;
      y = box.y + box.height / 2;
    } else {
      const range = await waitFor(async () => (await highlightedRanges(frame)).find((r) => r.text === PHRASE), 'the phrase highlighted');
      const offset = editor.frame ? (await page.locator(editor.frame).boundingBox())! : { x: 0, y: 0 };
      x = range.x + offset.x;
      y = range.y + offset.y;
    }
    await page.mouse.click(x, y);
  }

  it.each(EDITORS)('$name: type, click the mark, choose, and the editor model has the change', async (editor) => {
    const { page, errors, frame } = await noteTyped(editor);
    await waitFor(async () => plain(await page.evaluate(() => window.editor.modelText())) === NOTE, 'the note in the model');
    await clickMark(page, frame, editor);
    const card = frame.getByRole('dialog', { name: TEST_PACK.rules[0]!.title });
    await waitFor(() => card.isVisible(), 'the card');
    await card.getByRole('button', { name: SUGGESTION }).click();
    const model = await waitFor(async () => {
      const text = plain(await page.evaluate(() => window.editor.modelText()));
      return text !== NOTE ? text : undefined;
    }, 'the model to change');
    expect(model).toBe(EXPECTED);
    // Typing afterwards still works and lands in the model.
    await page.keyboard.press('End');
    await page.keyboard.type(' Seen again.');
    await waitFor(async () => plain(await page.evaluate(() => window.editor.modelText())).endsWith('Seen again.'), 'typing after the replacement');
    expect(plain(await page.evaluate(() => window.editor.modelText()))).toBe(`${EXPECTED} Seen again.`);
    expect(errors.map(String)).toEqual([]);
    await page.close();
  });

  it.each(EDITORS)('$name: Alt+Enter inside the phrase opens the card without a line break, Escape returns the caret', async (editor) => {
    const { page, errors, frame } = await noteTyped(editor);
    await waitFor(async () => (editor.marks === 'overlay' ? (await overlayMarks(frame, SELF_AT_RISK).count()) > 0 : (await highlightedRanges(frame)).some((r) => r.text === PHRASE)), 'the mark');
    // Put the caret inside the phrase with a click (which opens the card), and close it with Escape.
    await clickMark(page, frame, editor);
    const card = frame.getByRole('dialog', { name: TEST_PACK.rules[0]!.title });
    await waitFor(() => card.isVisible(), 'the card from a click');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await card.isVisible()), 'the card to close');
    await page.keyboard.press('Alt+Enter');
    await waitFor(() => card.isVisible(), 'the card from Alt+Enter');
    expect(plain(await page.evaluate(() => window.editor.modelText()))).toBe(NOTE);
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await card.isVisible()), 'the card to close');
    await page.keyboard.type('X');
    // The key lands where the caret was: inside the phrase, and nowhere else.
    const model = await waitFor(async () => {
      const text = plain(await page.evaluate(() => window.editor.modelText()));
      return text.includes('X') ? text : undefined;
    }, 'typing at the restored caret');
    expect(model.replace('X', '')).toBe(NOTE);
    const phraseStart = NOTE.indexOf(PHRASE);
    expect(model.indexOf('X')).toBeGreaterThanOrEqual(phraseStart);
    expect(model.indexOf('X')).toBeLessThanOrEqual(phraseStart + PHRASE.length);
    expect(errors.map(String)).toEqual([]);
    await page.close();
  });
});
