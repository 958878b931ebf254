import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, highlightedRanges, overlayMarks, waitFor } from './support/browser.js';
import { EDITORS, frameOf, type EditorCase } from './support/editors.js';
import { SELF_AT_RISK, useExtensionBrowser } from './support/test-pack.js';

const NOTE = 'Visit to Amy, aged 14. She has been putting herself at risk by going to the flat.';

const CASES: EditorCase[] = [
  { name: 'a textarea', page: '/fields.html', editable: '#note', marks: 'overlay' },
  { name: 'a text input', page: '/fields.html', editable: '#summary', marks: 'overlay' },
  { name: 'contenteditable', page: '/fields.html', editable: '#rich', marks: 'highlight' },
  ...EDITORS,
];

async function markCount(frame: Frame, editor: EditorCase): Promise<number> {
  return editor.marks === 'overlay' ? overlayMarks(frame, SELF_AT_RISK).count() : (await highlightedRanges(frame)).filter((r) => r.text.includes('herself at risk')).length;
}

describe.skipIf(!hasChromium)('marking does no damage', () => {
  const browser = useExtensionBrowser();
  it.each(CASES)('$name: marks appear and go without a single DOM mutation, and the caret stays put', async (editor) => {
    const { page, errors } = await browser().open(editor.page);
    await page.evaluate(() => (window as unknown as { editorReady?: Promise<void> }).editorReady);
    const frame = await frameOf(page, editor.frame);
    const editable = frame.locator(editor.editable);
    await editable.click();
    await page.keyboard.type(NOTE);
    await waitFor(async () => (await markCount(frame, editor)) > 0, 'the mark');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');

    // Watch the field (and everything in it) and remember the caret, then make Reframe redraw its
    // marks without anyone editing: switch the rule off, then on, and scroll and resize.
    await editable.evaluate((root) => {
      const record: string[] = [];
      (window as unknown as { mutations: string[] }).mutations = record;
      new MutationObserver((list) => list.forEach((m) => record.push(`${m.type} ${m.attributeName ?? ''} on ${(m.target as Element).nodeName}`))).observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
    const caret = () =>
      editable.evaluate((root) => {
        if (root instanceof HTMLTextAreaElement || root instanceof HTMLInputElement) return [root.selectionStart, root.selectionEnd, root.value];
        const selection = root.ownerDocument.getSelection()!;
        return [selection.anchorNode?.textContent, selection.anchorOffset, selection.focusOffset, root.innerHTML];
      });
    const before = await caret();
    const worker = browser().context.serviceWorkers()[0]!;
    await worker.evaluate(async () => chrome.storage.sync.set({ settings: { disabledRules: ['gen-putting-self-at-risk'] } }));
    await waitFor(async () => (await markCount(frame, editor)) === 0, 'the marks to go');
    await worker.evaluate(async () => chrome.storage.sync.set({ settings: { disabledRules: [] } }));
    await waitFor(async () => (await markCount(frame, editor)) > 0, 'the marks to return');
    await page.setViewportSize({ width: 900, height: 700 });
    await page.mouse.wheel(0, 40);
    await page.waitForTimeout(300);
    await page.setViewportSize({ width: 1100, height: 900 });

    expect(await editable.evaluate(() => (window as unknown as { mutations: string[] }).mutations)).toEqual([]);
    expect(await caret()).toEqual(before);
    expect(errors.map(String)).toEqual([]);
    await page.close();
  });
});
