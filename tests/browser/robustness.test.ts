import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, highlightedRanges, overlayMarks, waitFor } from './support/browser.js';
import { SELF_AT_RISK, useExtensionBrowser } from './support/test-pack.js';

const SENTENCE = 'Amy, aged 14, has been putting herself at risk. ';

describe.skipIf(!hasChromium)('alignment and bad input', () => {
  const browser = useExtensionBrowser();
  let page: Page;
  let errors: Error[];
  async function fill(selector: string, text: string): Promise<void> {
    await page.locator(selector).evaluate((area: HTMLTextAreaElement, value) => {
      area.focus();
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }

  const markBox = async () => (await overlayMarks(page, SELF_AT_RISK).first().boundingBox())!;

  it('keeps marks on the words through scrolling (field and page), resizing and wrapping', async () => {
    ({ page, errors } = await browser().open('/fields.html'));
    await fill('#note', 'Line\n'.repeat(12) + SENTENCE);
    await page.locator('#note').evaluate((area) => (area.scrollTop = 0));
    // The phrase is below the visible part of the field: no mark is drawn over the page.
    await page.waitForTimeout(300);
    expect(await overlayMarks(page, SELF_AT_RISK).count()).toBe(0);
    await page.locator('#note').evaluate((area) => (area.scrollTop = area.scrollHeight));
    const scrolled = await waitFor(async () => ((await overlayMarks(page, SELF_AT_RISK).count()) > 0 ? markBox() : undefined), 'a mark once scrolled into view');
    const field = (await page.locator('#note').boundingBox())!;
    expect(scrolled.y).toBeGreaterThanOrEqual(field.y);
    expect(scrolled.y + scrolled.height).toBeLessThanOrEqual(field.y + field.height + 1);
    await page.mouse.wheel(0, 60);
    await waitFor(async () => Math.abs((await markBox()).y - (scrolled.y - 60)) < 2, 'the mark to follow the page scroll');
    await page.evaluate(() => window.scrollTo(0, 0));
    const wide = await markBox();
    await page.locator('#note').evaluate((area: HTMLTextAreaElement) => (area.style.width = '220px'));
    await waitFor(async () => {
      const narrow = await markBox();
      return narrow.x !== wide.x || narrow.y !== wide.y || narrow.width !== wide.width;
    }, 'the mark to follow the text as it wraps');
    expect(errors).toEqual([]);
  });

  it('keeps marks on their words while text is typed after them, before them, and scrolls the field', async () => {
    ({ page, errors } = await browser().open('/fields.html'));
    await fill('#note', SENTENCE);
    const note = page.locator('#note');
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0, 'a mark');
    /** Where the mark comes to rest (typing is still being checked, a late web font can move it once) once `expected` holds. */
    const settled = async (what: string, expected: (box: { x: number; y: number }) => boolean = () => true) => {
      let last = '';
      return waitFor(async () => {
        const box = await markBox();
        const same = JSON.stringify(box) === last;
        last = JSON.stringify(box);
        if (same && expected(box)) return box;
        await page.waitForTimeout(200);
        return undefined;
      }, what);
    };
    const start = await settled('the mark to come to rest');
    const typeAt = async (offset: 'end' | number, text: string) => {
      await note.evaluate((area: HTMLTextAreaElement, at) => {
        const caret = at === 'end' ? area.value.length : at;
        area.setSelectionRange(caret, caret);
      }, offset);
      await page.keyboard.type(text);
    };
    // Written after the phrase, the words above do not move and neither does their mark.
    await typeAt('end', 'Seen at the flat again today with two older men.');
    expect(await settled('the mark after typing')).toEqual(start);
    // Written before it, they move, and the mark with them.
    await typeAt(0, 'Update. ');
    const pushed = await settled('the mark to move right', (box) => box.x > start.x + 20);
    await typeAt(0, '\n\n');
    const lowered = await settled('the mark to move down two lines', (box) => box.y > pushed.y + 30);
    expect(lowered.x).toBeCloseTo(pushed.x, 0);
    // Enough lines after it to make the field scroll: the mark leaves with its words.
    const before = await note.evaluate((area: HTMLTextAreaElement) => area.scrollTop);
    await typeAt('end', '\nMore.'.repeat(8));
    const scrolledBy = (await note.evaluate((area: HTMLTextAreaElement) => area.scrollTop)) - before;
    expect(scrolledBy).toBeGreaterThan(0);
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) === 0 || Math.abs((await markBox()).y - (lowered.y - scrolledBy)) < 2, 'the mark to scroll with the text');
    expect(errors).toEqual([]);
  });

  it('checks a long note during steady typing too, not only when typing stops', async () => {
    ({ page, errors } = await browser().open('/fields.html'));
    await fill('#note', 'Routine visit, nothing of note. '.repeat(1500)); // 48,000 characters: checks are paced
    await page.locator('#note').evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(area.value.length, area.value.length));
    // Keys every 40 ms, never a pause long enough for a paced check: the mark must still come while typing goes on.
    let typing = true;
    const typed = page.keyboard.type(`${SENTENCE}${'Seen again at the flat with the same men today. '.repeat(3)}`, { delay: 40 }).finally(() => (typing = false));
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0, 'a mark while typing');
    expect(typing).toBe(true);
    await typed;
    expect(errors).toEqual([]);
  });

  it('undoes a replacement with Ctrl+Z in a text input and in contenteditable', async () => {
    ({ page, errors } = await browser().open('/fields.html'));
    for (const [selector, read] of [['#summary', (p: Page) => p.locator('#summary').inputValue()], ['#rich', (p: Page) => p.locator('#rich').innerText()]] as const) {
      await page.locator(selector).click();
      await page.keyboard.type(SENTENCE.trim());
      await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0 || (await highlightedRanges(page)).length > 0, `a mark in ${selector}`);
      for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Alt+Enter');
      await page.getByRole('dialog').getByRole('button', { name: 'exploited by adults' }).click();
      await waitFor(async () => (await read(page)).includes('exploited by adults'), `the replacement in ${selector}`);
      expect(await read(page)).toBe('Amy, aged 14, has been exploited by adults.');
      await page.keyboard.press('Control+z');
      await waitFor(async () => (await read(page)) === SENTENCE.trim(), `undo in ${selector}`);
    }
    expect(errors).toEqual([]);
  });

  it('copes with a 1 MB field and 1,000 marks: typing still lands, nothing is lost', async () => {
    ({ page, errors } = await browser().open('/fields.html'));
    const big = SENTENCE.repeat(Math.ceil((1024 * 1024) / SENTENCE.length));
    await fill('#note', big);
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0, 'marks in the 1 MB field');
    await page.locator('#note').evaluate((area: HTMLTextAreaElement) => area.setSelectionRange(area.value.length, area.value.length));
    await page.keyboard.type(' Seen today.');
    await waitFor(async () => (await page.locator('#note').inputValue()).endsWith(' Seen today.'), 'the typing');
    expect((await page.locator('#note').inputValue()).length).toBe(big.length + ' Seen today.'.length);
    expect(errors).toEqual([]);
  });

  it('copes with 500 fields on a page and still marks the one being typed in', async () => {
    ({ page, errors } = await browser().open('/fields.html'));
    await page.evaluate((sentence) => {
      for (let i = 0; i < 500; i++) {
        const area = document.createElement('textarea');
        area.className = 'many';
        area.value = i % 10 === 0 ? sentence : 'Routine visit.';
        document.body.append(area);
      }
    }, SENTENCE);
    await page.locator('#note').click();
    await page.keyboard.type(SENTENCE);
    await waitFor(async () => (await overlayMarks(page, SELF_AT_RISK).count()) > 0, 'a mark in the typed field');
    expect(errors).toEqual([]);
  });

  it('never loses or doubles text typed while a replacement is being applied', async () => {
    ({ page, errors } = await browser().open('/build/ckeditor.html'));
    await page.evaluate(() => window.editorReady);
    await page.locator('.ck-editor__editable').click();
    await page.keyboard.type(SENTENCE.trim());
    await waitFor(async () => (await highlightedRanges(page)).length > 0, 'the mark');
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Alt+Enter');
    const button = page.getByRole('dialog').getByRole('button', { name: 'exploited by adults' });
    await button.press('Enter');
    await page.keyboard.type('abc');
    await page.waitForTimeout(500);
    const model = await page.evaluate(() => window.editor.modelText());
    expect(model.split('abc').length - 1).toBe(1);
    const withoutTyping = model.replace('abc', '');
    expect(['Amy, aged 14, has been exploited by adults.', SENTENCE.trim()]).toContain(withoutTyping);
    expect(errors).toEqual([]);
  });
});
