// `npm run zip`: store-ready packages in .output/store/: one for the Chrome Web Store and Edge Add-ons,
// one for addons.mozilla.org with the sources zip its reviewers rebuild from (README: "Packaging").
// Store builds leave out the development key: each store gives the extension its own id.
import { join } from 'node:path';
import { zip } from 'wxt';

const root = join(import.meta.dirname, '..');
const outDir = process.argv[2] ?? join(root, '.output', 'store');
process.env.REFRAME_STORE_BUILD = '1';

for (const browser of ['chrome', 'firefox']) {
  const files = await zip({ root, browser, outDir });
  for (const file of files) console.log(file);
}
