import 'prosemirror-view/style/prosemirror.css';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { expose } from './editor-page.js';

const view = new EditorView(document.getElementById('editor')!, {
  state: EditorState.create({ schema, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] }),
});
expose({
  modelText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  setText: (text) => {
    const doc = schema.node('doc', null, text.split('\n').map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : [])));
    view.updateState(EditorState.create({ doc, plugins: view.state.plugins }));
  },
});
window.editorReady = Promise.resolve();
