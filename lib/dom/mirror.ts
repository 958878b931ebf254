/**
 * A hidden copy of a textarea or input, laid out exactly like it, so that the position of any run of
 * its text can be measured (form fields expose no ranges over their text). The mirror lives in
 * Reframe's own shadow root; the field itself is never touched.
 *
 * Each line of the value is its own block in the mirror, and only the lines that changed are
 * rewritten, so a keystroke in a long note re-lays out one line, not the whole note. The mirror is
 * brought up to date only when something must be measured (see OverlayMarks).
 */

const COPIED = [
  'boxSizing', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant',
  'fontStretch', 'fontFeatureSettings', 'fontKerning', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'textAlign', 'direction', 'tabSize', 'overflowWrap', 'wordBreak', 'hyphens', 'textRendering',
] as const;

/** Whether a rect shows at least partly inside a box (the field's visible text area). */
export function overlapsBox(rect: DOMRect, box: DOMRect): boolean {
  return rect.bottom > box.top && rect.top < box.bottom && rect.right > box.left && rect.left < box.right;
}

/** An empty line still takes a line's height in the field; a zero-width space gives it one here. */
const EMPTY_LINE = '\u200b';

export class FieldMirror {
  private readonly element: HTMLDivElement;
  private value = '';
  private lines: string[] = [];
  /** Offset in the value where each line starts. */
  private lineStarts: number[] = [];
  private styled = false;
  /** Last position written, so unchanged values are not written again (each write costs a re-layout). */
  private placed = '';
  /** The field's scroll position last copied. */
  private scrolled = { top: NaN, left: NaN };
  private leftAligned = true;

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    container: Node,
  ) {
    this.element = field.ownerDocument.createElement('div');
    this.element.setAttribute('aria-hidden', 'true');
    container.appendChild(this.element);
  }

  /** The field's look may have changed (resized, fonts loaded): copy its styles at the next sync. */
  restyle(): void {
    this.styled = false;
  }

  /** Copies the field's position, scroll and text (and its styles when needed). Reads layout. */
  sync(): void {
    const field = this.field;
    const style = this.element.style;
    if (!this.styled) this.copyStyles();
    const rect = field.getBoundingClientRect();
    const placed = `${rect.left},${rect.top},${rect.width},${rect.height}`;
    if (placed !== this.placed) {
      this.placed = placed;
      style.left = `${rect.left}px`;
      style.top = `${rect.top}px`;
      style.width = `${rect.width}px`;
      style.height = `${rect.height}px`;
    }
    this.syncText(this.fieldText());
    // Compare with what was last written: reading the mirror's own scroll would force its layout.
    const { scrollTop: top, scrollLeft: left } = field;
    if (top !== this.scrolled.top || left !== this.scrolled.left) {
      this.scrolled = { top, left };
      this.element.scrollTop = top;
      this.element.scrollLeft = left;
    }
  }

  /** The field's text as the mirror lays it out (an input shows line breaks as spaces). */
  fieldText(): string {
    const field = this.field;
    return field.tagName === 'TEXTAREA' ? field.value : field.value.replace(/\n/g, ' ');
  }

  /**
   * Where the mirror's text and `value` first differ (Infinity when they are the same). Text before
   * this offset lies where the mirror last measured it, as long as lines are aligned to the left: a
   * later edit can only move text at or after it.
   */
  firstDifference(value: string): number {
    if (value === this.value) return Infinity;
    if (!this.leftAligned) return 0;
    return this.commonPrefix(this.value, value);
  }

  /** Client rects of the text [start, end) as laid out in the field, clipped to its content box. */
  rects(start: number, end: number): DOMRect[] {
    const box = this.contentBox();
    return this.allRects(start, end).filter((r) => overlapsBox(r, box));
  }

  /**
   * Rects of the text [start, end), visible or not, in the field's content coordinates: relative to
   * the top left of its text as if it were not scrolled. They stay true while the field scrolls.
   */
  contentRects(start: number, end: number): DOMRect[] {
    const box = this.contentBox();
    const { top, left } = this.scrolled;
    return this.allRects(start, end).map((r) => new DOMRect(r.left - box.left + left, r.top - box.top + top, r.width, r.height));
  }

  private allRects(start: number, end: number): DOMRect[] {
    const rects: DOMRect[] = [];
    for (let line = this.lineOf(start); line < this.lines.length && this.lineStarts[line]! < end; line++) {
      const range = this.rangeIn(line, start - this.lineStarts[line]!, end - this.lineStarts[line]!);
      if (range) for (const rect of range.getClientRects()) if (rect.width > 0) rects.push(rect);
    }
    return rects;
  }

  /** Vertical extent of the line of text holding the character at `offset` (not clipped). */
  lineAt(offset: number): { top: number; bottom: number } | undefined {
    const line = this.lineOf(offset);
    const within = offset - this.lineStarts[line]!;
    const rect = this.rangeIn(line, within, within + 1)?.getClientRects()[0];
    return rect ? { top: rect.top, bottom: rect.bottom } : undefined;
  }

  /** The field's visible text area in client coordinates. */
  contentBox(): DOMRect {
    const field = this.field;
    const rect = field.getBoundingClientRect();
    return new DOMRect(rect.left + field.clientLeft, rect.top + field.clientTop, field.clientWidth, field.clientHeight);
  }

  remove(): void {
    this.element.remove();
  }

  private copyStyles(): void {
    const field = this.field;
    const computed = field.ownerDocument.defaultView!.getComputedStyle(field);
    const style = this.element.style;
    for (const property of COPIED) style[property] = computed[property];
    style.position = 'fixed';
    // Its layout cannot affect anything else on the page, and nothing else can affect it.
    style.contain = 'strict';
    style.boxSizing = 'border-box';
    style.margin = '0';
    style.visibility = 'hidden';
    style.overflow = 'hidden';
    style.borderColor = 'transparent';
    this.leftAligned = computed.direction === 'ltr' && ['start', 'left', '-webkit-left'].includes(computed.textAlign);
    const isTextArea = field.tagName === 'TEXTAREA';
    style.whiteSpace = isTextArea ? 'pre-wrap' : 'pre';
    if (!isTextArea) {
      // An input centres its single line vertically.
      style.lineHeight = `${field.clientHeight - parseFloat(computed.paddingTop) - parseFloat(computed.paddingBottom)}px`;
    }
    // A textarea reserves room for its scrollbar; leave the mirror the same width for text.
    const scrollbar = isTextArea ? field.offsetWidth - field.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth) : 0;
    style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    this.styled = true;
  }

  /**
   * Rewrites only the lines an edit touched: the common start and end of the old and new values are
   * found by comparing characters, and only the lines between are split and replaced.
   */
  private syncText(value: string): void {
    const previous = this.value;
    if (value === previous) return;
    const shorter = Math.min(value.length, previous.length);
    const prefix = this.commonPrefix(previous, value);
    let suffix = 0;
    const tail = shorter - prefix;
    const tailHint = Math.max(0, Math.min(tail, value.length - (this.field.selectionEnd ?? value.length)));
    if (tailHint > 0 && value.endsWith(previous.slice(previous.length - tailHint))) suffix = tailHint;
    while (suffix < tail && value.charCodeAt(value.length - 1 - suffix) === previous.charCodeAt(previous.length - 1 - suffix)) suffix++;
    // Old lines [first, last] cover the change; in the new value they become the text between the
    // start of line `first` and the end of the line that holds the end of the change.
    const first = this.lines.length === 0 ? 0 : this.lineOf(prefix);
    const last = this.lines.length === 0 ? -1 : this.lineOf(previous.length - suffix);
    const from = this.lines.length === 0 ? 0 : this.lineStarts[first]!;
    const oldEnd = last < 0 ? 0 : this.lineStarts[last]! + this.lines[last]!.length;
    const newEnd = oldEnd + (value.length - previous.length);
    const replacement = value.slice(from, newEnd).split('\n');
    const doc = this.field.ownerDocument;
    const blocks = this.element.children;
    const replaced = last - first + 1;
    const kept = Math.min(replaced, replacement.length);
    // Lines that still exist keep their element and only their text changes: the rest of the mirror
    // is not laid out again.
    for (let i = 0; i < kept; i++) {
      const text = replacement[i] === '' ? EMPTY_LINE : replacement[i]!;
      const node = blocks[first + i]!.firstChild as Text;
      if (node.data !== text) node.data = text;
    }
    for (let i = kept; i < replaced; i++) blocks[first + kept]!.remove();
    const before = blocks[first + kept] ?? null;
    for (const line of replacement.slice(kept)) {
      const block = doc.createElement('div');
      block.textContent = line === '' ? EMPTY_LINE : line;
      this.element.insertBefore(block, before);
    }
    this.lines.splice(first, last - first + 1, ...replacement);
    this.value = value;
    this.lineStarts.length = this.lines.length;
    let offset = first === 0 ? 0 : this.lineStarts[first - 1]! + this.lines[first - 1]!.length + 1;
    for (let i = first; i < this.lines.length; i++) {
      this.lineStarts[i] = offset;
      offset += this.lines[i]!.length + 1;
    }
  }

  /** The length of the start two texts share. */
  private commonPrefix(previous: string, value: string): number {
    const shorter = Math.min(value.length, previous.length);
    // Typing changes the text at the caret: start comparing there (checked natively), not at the top.
    const hint = Math.min(shorter, Math.max(0, (this.field.selectionStart ?? 0) - 2));
    let prefix = value.startsWith(previous.slice(0, hint)) ? hint : 0;
    while (prefix < shorter && value.charCodeAt(prefix) === previous.charCodeAt(prefix)) prefix++;
    return prefix;
  }

  /** The line holding a value offset (binary search over line starts). */
  private lineOf(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return Math.max(0, low);
  }

  /** A range over [from, to) of one line's text, clamped to the line. */
  private rangeIn(line: number, from: number, to: number): Range | undefined {
    const text = this.element.children[line]?.firstChild as Text | null | undefined;
    if (!text || this.lines[line] === '') return undefined;
    const length = text.data.length;
    const range = this.field.ownerDocument.createRange();
    range.setStart(text, Math.max(0, Math.min(from, length)));
    range.setEnd(text, Math.max(0, Math.min(to, length)));
    return range.collapsed ? undefined : range;
  }
}
