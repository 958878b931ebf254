/** `reframe`: check text for victim-blaming wording, test and validate rule packs. */

import { parseArgs } from 'node:util';
import { RuleSetError } from '../engine/rule-set.js';
import { InputError } from './input.js';
import { runCheck, runTest, runValidate, type Output } from './commands.js';

declare const REFRAME_VERSION: string;

const USAGE = `Usage:
  reframe check [FILE...|-] [--format text|json] [--pack PACK.json]... [--child detect|always]
      Marks wording that can shift blame onto victims. Reads standard input when no FILE or '-'.
      Exit status: 0 nothing found, 1 something found, 2 bad input.
  reframe test [PACK.json...]
      Runs every rule's flag and pass examples (the built-in packs when none are named).
  reframe validate PACK.json...
      Lists every problem in each pack, with its JSON pointer.
  reframe --help | --version`;

export function main(argv: string[], io: Output): number {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            format: { type: 'string', default: 'text' },
            pack: { type: 'string', multiple: true, default: [] },
            child: { type: 'string', default: 'detect' },
          },
        });
        if (values.format !== 'text' && values.format !== 'json') throw new InputError(`--format must be text or json, not '${values.format}'`);
        if (values.child !== 'detect' && values.child !== 'always') throw new InputError(`--child must be detect or always, not '${values.child}'`);
        return runCheck({ files: positionals, format: values.format, packFiles: values.pack, child: values.child }, io);
      }
      case 'test':
        return runTest(parseArgs({ args: rest, allowPositionals: true, options: {} }).positionals, io);
      case 'validate':
        return runValidate(parseArgs({ args: rest, allowPositionals: true, options: {} }).positionals, io);
      case '--version':
        io.out(REFRAME_VERSION);
        return 0;
      case '--help':
      case '-h':
      case 'help':
        io.out(USAGE);
        return 0;
      default:
        io.err(command === undefined ? USAGE : `reframe: unknown command '${command}'\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof RuleSetError) {
      io.err(`reframe: ${error.message}`);
      return 2;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`reframe: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
