// Builds the engine, rules and CLI into plain JavaScript in dist/, so that `npx reframe` and
// `import { createChecker } from 'reframe'` work with Node alone. Runs on `npm ci` (prepare).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

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
