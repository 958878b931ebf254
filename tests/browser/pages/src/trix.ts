import 'trix/dist/trix.css';
import 'trix';
import { expose } from './editor-page.js';

type TrixElement = HTMLElement & { editor: { getDocument(): { toString(): string }; loadHTML(html: string): void; insertString(text: string): void } };

window.editorReady = new Promise((resolve) => {
  document.addEventListener('trix-initialize', () => resolve(), { once: true });
});
const element = () => document.querySelector('trix-editor') as TrixElement;
expose({
  modelText: () => element().editor.getDocument().toString().replace(/\n$/, ''),
  setText: (text) => {
    element().editor.loadHTML('');
    element().editor.insertString(text);
  },
});
