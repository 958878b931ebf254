// The real editors the browser tests drive, each bundled from npm into a local page.
import type { Frame, Page } from 'playwright-core';
import { waitFor } from './browser.js';

export interface EditorCase {
  name: string;
  page: string;
  /** The frame the editable lives in: the page itself, or an iframe's selector. */
  frame?: string;
  /** What to click to type into the editor. */
  editable: string;
  marks: 'highlight' | 'overlay';
  /**
   * How long the editor needs after typing before a click can move its caret. Trix puts back the
   * caret it remembers when clicked right after typing (about 3 clicks in 10 here, without Reframe
   * loaded as well), so a test's click would land and then be undone.
   */
  settleBeforeClickMs?: number;
}

export const EDITORS: EditorCase[] = [
  { name: 'TinyMCE (iframe mode)', page: '/build/tinymce.html', frame: '#editor_ifr', editable: 'body', marks: 'highlight' },
  { name: 'CKEditor 5', page: '/build/ckeditor.html', editable: '.ck-editor__editable', marks: 'highlight' },
  { name: 'Quill', page: '/build/quill.html', editable: '.ql-editor', marks: 'highlight' },
  { name: 'ProseMirror', page: '/build/prosemirror.html', editable: '.ProseMirror', marks: 'highlight' },
  { name: 'Lexical', page: '/build/lexical.html', editable: '#editor', marks: 'highlight' },
  { name: 'Trix', page: '/build/trix.html', editable: 'trix-editor', marks: 'highlight', settleBeforeClickMs: 1000 },
  { name: 'a React-controlled textarea', page: '/build/react.html', editable: '#note', marks: 'overlay' },
];


export async function frameOf(page: Page, selector?: string): Promise<Frame> {
  if (!selector) return page.mainFrame();
  const handle = await waitFor(() => page.locator(selector).elementHandle(), `the editor frame ${selector}`);
  return (await handle.contentFrame())!;
}
