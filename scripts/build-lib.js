// Builds the engine, rules and CLI into plain JavaScript in dist/, so that `npx reframe` and
// `import { createChecker } from 'reframe'` work with Node alone. Runs on `npm ci` (prepare).
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names change with their content: start empty so old chunks do not pile up.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { index: 'lib/index.ts', cli: 'lib/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: true,
  define: { REFRAME_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
