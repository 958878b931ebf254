import { render } from 'preact';
import '../../lib/ui/extension-page.css';
import '../../lib/ui/options/options.css';
import { OptionsApp } from '../../lib/ui/options/OptionsApp.js';

render(<OptionsApp />, document.getElementById('app')!);
