import 'ckeditor5/ckeditor5.css';
import { ClassicEditor, Essentials, Paragraph, Undo } from 'ckeditor5';
import { expose } from './editor-page.js';

window.editorReady = ClassicEditor.create(document.getElementById('editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph, Undo],
  toolbar: ['undo', 'redo'],
}).then((editor) => {
  expose({
    // The model, paragraph by paragraph (getData() would be HTML).
    modelText: () => {
      const root = editor.model.document.getRoot()!;
      return [...root.getChildren()]
        .map((block) => [...(block as unknown as { getChildren(): Iterable<{ data?: string }> }).getChildren()].map((node) => node.data ?? '').join(''))
        .join('\n');
    },
    setText: (text) => editor.setData(text.split('\n').map((line) => `<p>${line}</p>`).join('')),
  });
});
