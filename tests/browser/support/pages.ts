// Bundles each editor test page's script (editors from npm) into tests/browser/.build/.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = join(import.meta.dirname, '..', 'pages');
export const BUILD_DIR = join(import.meta.dirname, '..', '.build');

export async function buildTestPages(): Promise<void> {
  const sources = join(PAGES_DIR, 'src');
  const entryPoints = readdirSync(sources).filter((f) => f.endsWith('.ts')).map((f) => join(sources, f));
  await build({
    entryPoints,
    outdir: BUILD_DIR,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    loader: { '.svg': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}
