/**
 * A hidden copy of a textarea or input, laid out exactly like it, so that the position of any run of
 * its text can be measured (form fields expose no ranges over their text). The mirror lives in
 * Reframe's own shadow root; the field itself is never touched.
 */

const COPIED = [
  'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle', 'borderRightStyle',
  'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant',
  'fontStretch', 'fontFeatureSettings', 'fontKerning', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent',
  'textTransform', 'textAlign', 'direction', 'tabSize', 'overflowWrap', 'wordBreak', 'hyphens', 'textRendering',
] as const;

export class FieldMirror {
  private readonly element: HTMLDivElement;
  private readonly textNode: Text;

  constructor(
    private readonly field: HTMLTextAreaElement | HTMLInputElement,
    container: Node,
  ) {
    const doc = field.ownerDocument;
    this.element = doc.createElement('div');
    this.textNode = doc.createTextNode('');
    this.element.append(this.textNode);
    this.element.setAttribute('aria-hidden', 'true');
    container.appendChild(this.element);
  }

  /** Copies the field's layout, position, scroll and text. Reads layout: call inside a frame's read phase. */
  sync(): void {
    const field = this.field;
    const computed = field.ownerDocument.defaultView!.getComputedStyle(field);
    const style = this.element.style;
    for (const property of COPIED) style[property] = computed[property];
    const rect = field.getBoundingClientRect();
    style.position = 'fixed';
    style.left = `${rect.left}px`;
    style.top = `${rect.top}px`;
    style.width = `${rect.width}px`;
    style.height = `${rect.height}px`;
    style.boxSizing = 'border-box';
    style.margin = '0';
    style.visibility = 'hidden';
    style.overflow = 'hidden';
    style.borderColor = 'transparent';
    const isTextArea = field.tagName === 'TEXTAREA';
    style.whiteSpace = isTextArea ? 'pre-wrap' : 'pre';
    if (!isTextArea) {
      // An input centres its single line vertically.
      style.lineHeight = `${field.clientHeight - parseFloat(computed.paddingTop) - parseFloat(computed.paddingBottom)}px`;
    }
    // A textarea reserves room for its scrollbar; leave the mirror the same width for text.
    const scrollbar = isTextArea ? field.offsetWidth - field.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth) : 0;
    style.paddingRight = `${parseFloat(computed.paddingRight) + Math.max(0, scrollbar)}px`;
    // A trailing newline needs a character after it to take up a line, as it does in the textarea.
    const value = field.value;
    const text = value.endsWith('\n') ? value + '\u200b' : value;
    if (this.textNode.data !== text) this.textNode.data = text;
    this.element.scrollTop = field.scrollTop;
    this.element.scrollLeft = field.scrollLeft;
  }

  /** Client rects of the text [start, end) as laid out in the field, clipped to its content box. */
  rects(start: number, end: number): DOMRect[] {
    const length = this.textNode.data.length;
    const range = this.field.ownerDocument.createRange();
    range.setStart(this.textNode, Math.min(start, length));
    range.setEnd(this.textNode, Math.min(end, length));
    const box = this.contentBox();
    return [...range.getClientRects()].filter((r) => r.width > 0 && r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right);
  }

  /** Vertical extent of the line holding the character at `offset` (not clipped), or undefined. */
  lineAt(offset: number): { top: number; bottom: number } | undefined {
    const length = this.textNode.data.length;
    if (length === 0) return undefined;
    const at = Math.min(offset, length - 1);
    const range = this.field.ownerDocument.createRange();
    range.setStart(this.textNode, at);
    range.setEnd(this.textNode, at + 1);
    const rect = range.getClientRects()[0];
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
}
