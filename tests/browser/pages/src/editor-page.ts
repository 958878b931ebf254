// What every editor test page exposes to the tests: the editor's own model text, read through its API.
export interface EditorPage {
  /** The editor's model as plain text (not the DOM). */
  modelText(): string;
  /** Replaces the content through the editor's API (for tests that prefill a note). */
  setText(text: string): void;
}

declare global {
  interface Window {
    editor: EditorPage;
    editorReady: Promise<void>;
  }
}

export function expose(editor: EditorPage): void {
  window.editor = editor;
}
