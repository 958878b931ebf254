// Builds the editor test pages: each editor from npm is bundled with its page script into
// tests/browser/.build/, and its page is written from one template.
import { build } from 'esbuild';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', 'pages');
export const BUILD_DIR = join(import.meta.dirname, '..', '.build');

/** Each editor page's own markup: what to load in <head>, and the element the editor takes over. */
const EDITOR_MARKUP: Record<string, { head?: string; body: string }> = {
  tinymce: { head: '<script src="/tinymce/tinymce.min.js"></script>', body: '<textarea id="editor"></textarea>' },
  ckeditor: { body: '<div id="editor"></div>' },
  quill: { body: '<div id="editor"></div>' },
  prosemirror: { body: '<div id="editor"></div>' },
  lexical: { body: '<div id="editor" contenteditable="true"></div>' },
  trix: { body: '<trix-editor id="editor"></trix-editor>' },
  react: { body: '<div id="editor"></div>' },
};

function editorPage(name: string, markup: { head?: string; body: string }): string {
  const css = existsSync(join(BUILD_DIR, `${name}.css`)) ? `<link rel="stylesheet" href="/build/${name}.css">` : '';
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>${name} — case note</title>
  ${markup.head ?? ''}${css}
  <style>
    body { font: 16px/1.5 system-ui, sans-serif; margin: 24px; max-width: 760px; }
    #editor, .ProseMirror, [contenteditable] { min-height: 120px; border: 1px solid #888; padding: 6px; outline: none; white-space: pre-wrap; }
  </style>
</head>
<body>
  <h1>Case note (${name})</h1>
  ${markup.body}
  <script type="module" src="/build/${name}.js"></script>
</body>
</html>
`;
}

export async function buildTestPages(): Promise<void> {
  const sources = join(PAGES_DIR, 'src');
  const entryPoints = readdirSync(sources).filter((f) => f.endsWith('.ts')).map((f) => join(sources, f));
  await build({
    entryPoints,
    outdir: BUILD_DIR,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    loader: { '.svg': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const [name, markup] of Object.entries(EDITOR_MARKUP)) writeFileSync(join(BUILD_DIR, `${name}.html`), editorPage(name, markup));
}
