#!/usr/bin/env node
import { main } from '../dist/cli.js';

const code = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
