import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { hasChromium, highlightedRanges, overlayMarks, waitFor } from './support/browser.js';
import { useExtensionBrowser } from './support/test-pack.js';

const NOTE = 'Amy, aged 14, has been putting herself at risk.';
const PHRASE = 'putting herself at risk';

/** What Reframe has marked in a frame: overlay marks (form fields) and highlighted text (rich fields). */
async function marked(frame: Frame | Page): Promise<{ overlays: number; highlights: string[] }> {
  return { overlays: await overlayMarks(frame).count(), highlights: (await highlightedRanges(frame)).map((r) => r.text) };
}

describe.skipIf(!hasChromium)('finding fields', () => {
  const browser = useExtensionBrowser();
  let page: Page;
  let errors: Error[];

  afterAll(() => {
    expect(errors ?? []).toEqual([]);
  });

  async function fresh(): Promise<Page> {
    ({ page, errors } = await browser().open('/fields.html'));
    return page;
  }

  async function typeInto(frame: Frame | Page, selector: string, text = NOTE): Promise<void> {
    await frame.locator(selector).click();
    await page.keyboard.type(text);
  }

  it.each(['#note', '#summary', '#search', '#untyped'])('marks a form field: %s', async (selector) => {
    await fresh();
    await typeInto(page, selector);
    await waitFor(async () => (await marked(page)).overlays > 0, `a mark in ${selector}`);
  });

  it.each(['#rich', '#plain'])('marks contenteditable: %s', async (selector) => {
    await fresh();
    await typeInto(page, selector);
    await waitFor(async () => (await marked(page)).highlights.includes(PHRASE), `a highlight in ${selector}`);
  });

  it('reads text split across inline elements, line breaks and blocks', async () => {
    await fresh();
    await page.evaluate(() => {
      document.getElementById('rich')!.innerHTML = 'Amy, aged 14, has been <b>putting her</b>self at <i>risk</i>.<br>She was <span>sex</span>ting.<div>Next</div><p>She put</p><p>herself at risk</p>';
    });
    await page.locator('#rich').focus();
    const texts = await waitFor(async () => {
      const { highlights } = await marked(page);
      return highlights.length >= 2 ? highlights : undefined;
    }, 'highlights over split text');
    // A paragraph break ends a sentence, so "She put" / "herself at risk" in two paragraphs is no match.
    expect(texts.sort()).toEqual([PHRASE, 'sexting']);
  });

  it.each(['#password', '#email', '#number', '#combobox', '#optout'])('leaves non-prose and opted-out fields alone: %s', async (selector) => {
    await fresh();
    await page.locator(selector).click();
    await page.keyboard.type(selector === '#number' ? '14' : NOTE);
    await page.locator('#note').click();
    await page.keyboard.type('Note.');
    await page.waitForTimeout(500);
    expect(await marked(page)).toEqual({ overlays: 0, highlights: [] });
  });

  it('leaves read-only and disabled fields alone', async () => {
    await fresh();
    await page.locator('#readonly').click();
    await page.waitForTimeout(500);
    expect((await marked(page)).overlays).toBe(0);
  });

  it('marks fields inside open shadow roots', async () => {
    await fresh();
    await typeInto(page, '#shadow-note');
    await waitFor(async () => (await marked(page)).overlays > 0, 'a mark for the shadow textarea');
    await typeInto(page, '#shadow-rich');
    await waitFor(async () => (await marked(page)).highlights.includes(PHRASE), 'a highlight in the shadow contenteditable');
  });

  it.each(['#blank-frame', '#srcdoc-frame'])('marks fields in a same-origin %s', async (selector) => {
    await fresh();
    const frame = (await page.locator(selector).elementHandle())!;
    const content = (await frame.contentFrame())!;
    await typeInto(content, '#ed');
    await waitFor(async () => (await marked(content)).highlights.includes(PHRASE), 'a highlight in the frame');
    await typeInto(content, '#area');
    await waitFor(async () => (await marked(content)).overlays > 0, 'a mark in the frame textarea');
  });

  it('marks fields added or replaced later by a single-page app', async () => {
    await fresh();
    await page.evaluate(() => (window as unknown as { addLateField(): void }).addLateField());
    await typeInto(page, '#late-note');
    await waitFor(async () => (await marked(page)).overlays > 0, 'a mark in the late field');
    await page.evaluate(() => (window as unknown as { replaceLateField(): void }).replaceLateField());
    await waitFor(async () => (await marked(page)).overlays === 0, 'marks of the removed field to go');
    await typeInto(page, '#late-note');
    await waitFor(async () => (await marked(page)).overlays > 0, 'a mark in the replacement field');
  });

  it('marks a visible field that already holds text, without focus', async () => {
    ({ page, errors } = await browser().open('/fields.html'));
    await page.evaluate((text) => {
      const area = document.createElement('textarea');
      area.value = text;
      document.body.prepend(area);
    }, NOTE);
    await waitFor(async () => (await marked(page)).overlays > 0, 'a mark in the prefilled field');
  });
});
