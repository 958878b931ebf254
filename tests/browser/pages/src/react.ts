import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expose } from './editor-page.js';

let current = '';
let setFromTest: ((text: string) => void) | undefined;

function ControlledNote() {
  const [value, setValue] = useState('');
  current = value;
  setFromTest = setValue;
  // A controlled field: React owns the value, and only onChange updates it.
  return createElement('textarea', { id: 'note', value, onChange: (event: { target: HTMLTextAreaElement }) => setValue(event.target.value), rows: 6, cols: 70 });
}

createRoot(document.getElementById('editor')!).render(createElement(ControlledNote));
expose({ modelText: () => current, setText: (text) => setFromTest?.(text) });
window.editorReady = new Promise((resolve) => setTimeout(resolve, 50));
