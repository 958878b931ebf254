import { render } from 'preact';
import '../../lib/ui/extension-page.css';
import '../../lib/ui/popup/popup.css';
import { PopupApp } from '../../lib/ui/popup/PopupApp.js';

render(<PopupApp />, document.getElementById('app')!);
