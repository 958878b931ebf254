// Functions that run inside a test page (passed to evaluate by Playwright in Chromium and by Puppeteer
// in Firefox), so both browsers' tests read Reframe's marks and card the same way. Each must be
// self-contained: it is sent to the page as source text.

export interface HighlightedRange {
  kind: string;
  text: string;
  x: number;
  y: number;
}

/** The ranges Reframe highlights in the document (rich fields), with their text and a point inside. */
export function readHighlights(): HighlightedRange[] {
  // A hostile test page may break Range methods in its world; borrow pristine ones from a new frame.
  let rectsOf = (range: Range) => range.getClientRects();
  try {
    document.createRange().getClientRects();
  } catch {
    const pristine = document.createElement('iframe');
    pristine.hidden = true;
    document.documentElement.append(pristine);
    const method = (pristine.contentWindow as unknown as typeof globalThis).Range.prototype.getClientRects;
    rectsOf = (range: Range) => method.call(range);
  }
  const out: HighlightedRange[] = [];
  for (const kind of ['high', 'medium', 'low', 'quoted']) {
    const highlight = CSS.highlights.get(`reframe-${kind}`);
    if (!highlight) continue;
    for (const range of highlight as unknown as Iterable<Range>) {
      const rect = rectsOf(range as Range)[0];
      if (rect) out.push({ kind, text: range.toString(), x: rect.left + Math.min(rect.width / 2, 6), y: rect.top + rect.height / 2 });
    }
  }
  return out;
}

/** A point inside each overlay mark (form fields) of one rule, or of every rule. */
export function readOverlayMarks(ruleId?: string): { ruleId: string; x: number; y: number }[] {
  const root = document.querySelector('reframe-ui')?.shadowRoot;
  return [...(root?.querySelectorAll<HTMLElement>('.mark[data-rule-id]') ?? [])]
    .filter((mark) => !ruleId || mark.dataset.ruleId === ruleId)
    .map((mark) => {
      const rect = mark.getBoundingClientRect();
      return { ruleId: mark.dataset.ruleId!, x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
    });
}

/** The open card: its title and a point inside each suggestion button, or null. */
export function readCard(): { title: string; suggestions: { text: string; x: number; y: number }[] } | null {
  const dialog = document.querySelector('reframe-ui')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) return null;
  const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent?.trim() ?? '';
  const suggestions = [...dialog.querySelectorAll<HTMLButtonElement>('[role="group"] button')].map((button) => {
    const rect = button.getBoundingClientRect();
    return { text: button.textContent?.trim() ?? '', x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  return { title, suggestions };
}
