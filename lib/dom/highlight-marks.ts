/**
 * Marks for rich fields (contenteditable and the editors built on it): CSS Custom Highlights, which
 * paint ranges without adding a single element to the editor's DOM.
 */

import type { Finding } from '../engine/finding.js';
import type { EditableText } from './editable-text.js';
import type { FrameBatcher, FrameJob } from './frame.js';
import type { MarkLayer } from './marks.js';
import { OWN_UI_ATTRIBUTE } from './fields.js';
import { HIGHLIGHT_PREFIX, highlightCss, markKind, type MarkKind } from './mark-style.js';

const KINDS: MarkKind[] = ['high', 'medium', 'low', 'quoted'];

/** One set of named highlights per document, shared by the fields in it. */
class DocumentHighlights {
  private readonly owners = new Map<object, Map<MarkKind, Range[]>>();
  private readonly styles = new WeakMap<Document | ShadowRoot, HTMLStyleElement>();

  constructor(private readonly doc: Document) {}

  set(owner: object, ranges: Map<MarkKind, Range[]>): void {
    if (ranges.size === 0) this.owners.delete(owner);
    else this.owners.set(owner, ranges);
    const registry = this.doc.defaultView?.CSS?.highlights;
    const HighlightType = (this.doc.defaultView as (Window & { Highlight?: typeof Highlight }) | null)?.Highlight;
    if (!registry || !HighlightType) return;
    for (const kind of KINDS) {
      const all = [...this.owners.values()].flatMap((byKind) => byKind.get(kind) ?? []);
      if (all.length === 0) registry.delete(HIGHLIGHT_PREFIX + kind);
      else registry.set(HIGHLIGHT_PREFIX + kind, new HighlightType(...all));
    }
  }

  /**
   * ::highlight() rules must be in the tree of the highlighted text: the document, or the shadow root
   * the editor lives in. A <style> element (outside the field) works in every browser and world.
   */
  ensureStyle(node: Node): void {
    const root = node.getRootNode() as Document | ShadowRoot;
    const existing = this.styles.get(root);
    if (existing?.isConnected) return;
    const style = existing ?? this.doc.createElement('style');
    style.setAttribute(OWN_UI_ATTRIBUTE, '');
    style.textContent = highlightCss();
    if (root.nodeType === Node.DOCUMENT_NODE) (this.doc.head ?? this.doc.documentElement).append(style);
    else root.append(style);
    this.styles.set(root, style);
  }
}

const perDocument = new WeakMap<Document, DocumentHighlights>();

function highlightsOf(doc: Document): DocumentHighlights {
  let highlights = perDocument.get(doc);
  if (!highlights) perDocument.set(doc, (highlights = new DocumentHighlights(doc)));
  return highlights;
}

export class HighlightMarks implements MarkLayer, FrameJob {
  private findings: readonly Finding[] = [];
  private readonly highlights: DocumentHighlights;

  constructor(
    private readonly root: HTMLElement,
    private readonly readText: () => EditableText,
    private readonly frames: FrameBatcher,
  ) {
    this.highlights = highlightsOf(root.ownerDocument);
    this.highlights.ensureStyle(root);
  }

  show(findings: readonly Finding[]): void {
    this.findings = findings;
    this.frames.cancel(this);
    this.write();
  }

  realign(): void {
    // Highlights follow layout by themselves.
  }

  read(): void {}

  write(): void {
    this.highlights.ensureStyle(this.root);
    const map = this.readText();
    const ranges = new Map<MarkKind, Range[]>();
    for (const finding of this.findings) {
      const range = map.rangeFor(finding.start, finding.end);
      if (!range) continue;
      const kind = markKind(finding);
      (ranges.get(kind) ?? ranges.set(kind, []).get(kind)!).push(range);
    }
    this.highlights.set(this, ranges);
  }

  rects(start: number, end: number): DOMRect[] {
    const range = this.readText().rangeFor(start, end);
    return range ? [...range.getClientRects()].filter((r) => r.width > 0) : [];
  }

  scrollTo(offset: number): void {
    const range = this.readText().rangeFor(offset, offset);
    const container = range?.startContainer;
    const element = container?.nodeType === Node.ELEMENT_NODE ? (container as Element) : container?.parentElement;
    element?.scrollIntoView({ block: 'nearest' });
  }

  remove(): void {
    this.frames.cancel(this);
    this.highlights.set(this, new Map());
  }
}
