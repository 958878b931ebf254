// The demo page's editors, bundled from npm (scripts/demo.js builds this).
import 'quill/dist/quill.snow.css';
import 'prosemirror-view/style/prosemirror.css';
import Quill from 'quill';
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const quill = new Quill('#quill', { theme: 'snow', modules: { toolbar: [['bold', 'italic'], [{ list: 'bullet' }]] } });
quill.setText(
  'Amy said she "just wanted the attention" and that nobody forced her. She was very drunk when she got into the car and was sexting him before they met.\n\n' +
    'She is streetwise and mature for her age, and keeps going back to them despite being warned.',
);
quill.root.setAttribute('aria-labelledby', 'rich-label');

const paragraphs = [
  'Amy is a vulnerable young person who was engaged in risky behaviour and made poor choices.',
  'Mum reports a volatile relationship at home; dad lost his temper after drinking.',
];
const doc = schema.node('doc', null, paragraphs.map((text) => schema.node('paragraph', null, [schema.text(text)])));
const view = new EditorView(document.getElementById('prosemirror')!, {
  state: EditorState.create({ doc, plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] }),
});
view.dom.setAttribute('aria-labelledby', 'pm-label');
