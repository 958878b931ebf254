import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical';
import { expose } from './editor-page.js';

const editor = createEditor({ namespace: 'test', onError: (error) => { throw error; } });
editor.setRootElement(document.getElementById('editor'));
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);
expose({
  modelText: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  setText: (text) =>
    editor.update(() => {
      const root = $getRoot();
      root.clear();
      root.append($createParagraphNode().append($createTextNode(text)));
    }, { discrete: true }),
});
window.editorReady = Promise.resolve();
