import 'quill/dist/quill.snow.css';
import Quill from 'quill';
import { expose } from './editor-page.js';

const quill = new Quill('#editor', { theme: 'snow' });
expose({
  modelText: () => quill.getText().replace(/\n$/, ''),
  setText: (text) => quill.setText(text),
});
window.editorReady = Promise.resolve();
