/**
 * The plain text of a contenteditable element, and the map between offsets in that text and points in
 * its DOM. Text nodes contribute their characters one for one; line breaks and block boundaries add
 * characters that belong to no node ("\n" for <br>, a blank line between blocks, so a paragraph ends a
 * sentence); islands the user cannot edit (contenteditable="false") stand as one object character.
 * Nothing here changes the DOM.
 */

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg']);
const OBJECT_CHARACTER = '\ufffc';
const PARAGRAPH_BREAK = '\n\n';

interface TextSegment {
  start: number;
  node: Text;
}

export interface DomPoint {
  node: Node;
  offset: number;
}

export class EditableText {
  private constructor(
    readonly root: HTMLElement,
    readonly text: string,
    private readonly segments: readonly TextSegment[],
  ) {}

  static read(root: HTMLElement): EditableText {
    const keepsNewlines = /^pre/.test(root.ownerDocument.defaultView?.getComputedStyle(root).whiteSpace ?? '');
    const segments: TextSegment[] = [];
    let text = '';
    const breakBlock = () => {
      if (text.length === 0 || text.endsWith(PARAGRAPH_BREAK)) return;
      text += text.endsWith('\n') ? '\n' : PARAGRAPH_BREAK;
    };
    const visit = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length === 0) return;
        segments.push({ start: text.length, node: node as Text });
        text += keepsNewlines ? data : data.replace(/[\n\r]/g, ' ');
        return;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      const element = node as HTMLElement;
      if (SKIPPED.has(element.tagName) || element.hidden) return;
      if (element.tagName === 'BR') {
        text += '\n';
        return;
      }
      if (element !== root && element.isContentEditable === false && element.getAttribute('contenteditable') === 'false') {
        text += OBJECT_CHARACTER;
        return;
      }
      const block = BLOCKS.has(element.tagName);
      if (block) breakBlock();
      for (let child = element.firstChild; child; child = child.nextSibling) visit(child);
      if (block) breakBlock();
    };
    for (let child = root.firstChild; child; child = child.nextSibling) visit(child);
    return new EditableText(root, text, segments);
  }

  /** The DOM point for a text offset; offsets between nodes lean `forward` (a start) or back (an end). */
  pointAt(offset: number, lean: 'forward' | 'backward'): DomPoint | undefined {
    const segments = this.segments;
    if (segments.length === 0) return undefined;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    const segment = segments[low]!;
    const within = offset - segment.start;
    if (within >= 0 && within <= segment.node.data.length) {
      // At the very end of one node and the start of the next, a start belongs to the next node.
      const next = segments[low + 1];
      if (lean === 'forward' && within === segment.node.data.length && next && next.start === offset) return { node: next.node, offset: 0 };
      return { node: segment.node, offset: within };
    }
    if (within < 0) return { node: segment.node, offset: 0 };
    const next = segments[low + 1];
    if (lean === 'forward' && next) return { node: next.node, offset: 0 };
    return { node: segment.node, offset: segment.node.data.length };
  }

  /** A live DOM Range over text offsets [start, end), or undefined where the text has no nodes. */
  rangeFor(start: number, end: number): Range | undefined {
    const from = this.pointAt(start, 'forward');
    const to = this.pointAt(end, 'backward');
    if (!from || !to) return undefined;
    const range = this.root.ownerDocument.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  /** The text offset of a DOM point inside the root (for the caret); -1 if the point is outside. */
  offsetOf(node: Node, offset: number): number {
    if (!this.root.contains(node)) return -1;
    if (node.nodeType === Node.TEXT_NODE) {
      const segment = this.segments.find((s) => s.node === node);
      if (segment) return segment.start + Math.min(offset, segment.node.data.length);
    }
    // An element point: the first text node at or after it, else the end of the text.
    const probe = this.root.ownerDocument.createRange();
    probe.setStart(node, offset);
    for (const segment of this.segments) {
      if (probe.comparePoint(segment.node, 0) >= 0) return segment.start;
    }
    return this.text.length;
  }
}
