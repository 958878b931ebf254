/**
 * Reading and selecting a field's text in plain-text offsets, whether it is a form field (value and
 * selectionStart) or a rich field (DOM ranges through EditableText).
 */

import { EditableText } from './editable-text.js';
import { isFormField, type Field } from './fields.js';

export interface TextSelection {
  start: number;
  end: number;
}

export interface FieldAccess {
  readonly field: Field;
  readonly rich: boolean;
  readText(): string;
  /** The selection in text offsets, or undefined if it is not in this field. */
  selection(): TextSelection | undefined;
  /** Focuses the field and selects [start, end). */
  select(start: number, end: number): void;
  /** Stops watching the field. */
  dispose(): void;
}

class FormAccess implements FieldAccess {
  readonly rich = false;
  constructor(readonly field: HTMLTextAreaElement | HTMLInputElement) {}

  readText(): string {
    return this.field.value;
  }

  selection(): TextSelection | undefined {
    const { selectionStart, selectionEnd } = this.field;
    if (selectionStart === null || selectionEnd === null) return undefined;
    if (deepActiveElement(this.field.ownerDocument) !== this.field) return undefined;
    return { start: selectionStart, end: selectionEnd };
  }

  select(start: number, end: number): void {
    if (deepActiveElement(this.field.ownerDocument) !== this.field) this.field.focus({ preventScroll: true });
    this.field.setSelectionRange(start, end);
  }

  dispose(): void {}
}

/** The document's selection as seen from inside the field's shadow root, where there is one. */
export function selectionFor(node: Node): Selection | null {
  const root = node.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if ('getSelection' in root && typeof root.getSelection === 'function' && root !== node.ownerDocument) return root.getSelection();
  return node.ownerDocument!.getSelection();
}

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class RichAccess implements FieldAccess {
  readonly rich = true;
  /** The field's text and its map to the DOM, read once and kept until the field's DOM changes. */
  private snapshot: EditableText | undefined;
  private readonly changes: MutationObserver;

  constructor(readonly field: HTMLElement) {
    this.changes = new (field.ownerDocument.defaultView!.MutationObserver)(() => (this.snapshot = undefined));
    this.changes.observe(field, { childList: true, characterData: true, subtree: true, attributes: true });
  }

  text(): EditableText {
    // Records not yet delivered mean the DOM changed since the snapshot: checked synchronously.
    if (this.changes.takeRecords().length > 0) this.snapshot = undefined;
    return (this.snapshot ??= EditableText.read(this.field));
  }

  dispose(): void {
    this.changes.disconnect();
    this.snapshot = undefined;
  }

  readText(): string {
    return this.text().text;
  }

  selection(): TextSelection | undefined {
    const selection = selectionFor(this.field);
    if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return undefined;
    const map = this.text();
    const anchor = map.offsetOf(selection.anchorNode, selection.anchorOffset);
    const focus = map.offsetOf(selection.focusNode, selection.focusOffset);
    if (anchor < 0 || focus < 0) return undefined;
    return { start: Math.min(anchor, focus), end: Math.max(anchor, focus) };
  }

  select(start: number, end: number): void {
    const range = this.text().rangeFor(start, end);
    const selection = selectionFor(this.field) ?? this.field.ownerDocument.getSelection();
    if (!range || !selection) return;
    // Selection first, then focus: an editor that restores a remembered selection on focus (Trix)
    // then finds the one we want already in place.
    selection.removeAllRanges();
    selection.addRange(range);
    const active = deepActiveElement(this.field.ownerDocument);
    if (active !== this.field && !this.field.contains(active)) {
      this.field.focus({ preventScroll: true });
      selection.removeAllRanges();
      selection.addRange(range);
    }
  }
}

export function accessFor(field: Field): FieldAccess {
  return isFormField(field) ? new FormAccess(field) : new RichAccess(field);
}
