/**
 * Replacing a flagged phrase through the browser's own edit pipeline, so that the page's framework or
 * editor sees the change and Ctrl+Z undoes it. Nothing is ever written to `value` or the DOM directly.
 *
 * 1. Select exactly the phrase and run execCommand('insertText'): textareas, inputs, contenteditable,
 *    React, and most editors take this.
 * 2. For rich editors that ignore it (CKEditor 5), offer the change as a `beforeinput` event of type
 *    insertReplacementText with the phrase as its target range: the route spell-checkers use.
 * 3. Read the text back. If neither route changed it, report `refused`: nothing else is written, and
 *    the card offers to copy the suggestion instead.
 */

import { selectionFor, type FieldAccess } from './field-access.js';

export type ReplaceOutcome =
  /** The field now reads as expected. */
  | 'replaced'
  /** The field did not take the change; it is as it was. */
  | 'refused'
  /** The text changed in another way (the person typed, or the editor rewrote it); left alone. */
  | 'changed';

/** Compares texts as people see them: editors swap spaces for no-break spaces as they please. */
function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\u00a0/g, ' ') === b.replace(/\u00a0/g, ' ');
}

function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    view.requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

export async function replacePhrase(access: FieldAccess, start: number, end: number, phrase: string, replacement: string): Promise<ReplaceOutcome> {
  const doc = access.field.ownerDocument;
  const view = doc.defaultView!;
  const before = access.readText();
  if (before.slice(start, end) !== phrase) return 'changed';
  const expected = before.slice(0, start) + replacement + before.slice(end);

  access.select(start, end);
  try {
    doc.execCommand('insertText', false, replacement);
  } catch {
    // A page may break execCommand in its own world; ours is separate, but be safe.
  }
  let after = access.readText();
  if (!access.rich) return sameText(after, expected) ? 'replaced' : sameText(after, before) ? 'refused' : 'changed';
  // Rich editors may apply the change, or undo it (CKEditor reverts DOM edits its model did not make),
  // a moment later: give them a frame before reading back.
  await nextFrame(view);
  after = access.readText();
  if (sameText(after, expected)) return 'replaced';
  if (!sameText(after, before)) return 'changed';

  access.select(start, end);
  const selection = selectionFor(access.field);
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
  if (!range) return 'refused';
  const data = new DataTransfer();
  data.setData('text/plain', replacement);
  const event = new InputEvent('beforeinput', {
    inputType: 'insertReplacementText',
    data: replacement,
    dataTransfer: data,
    targetRanges: [new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })],
    bubbles: true,
    cancelable: true,
    composed: true,
  });
  access.field.dispatchEvent(event);
  await nextFrame(view);
  after = access.readText();
  if (sameText(after, expected)) return 'replaced';
  return sameText(after, before) ? 'refused' : 'changed';
}
