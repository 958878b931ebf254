/** Loading rule packs named on the command line, validated against the built-in ones. */

import { BUILT_IN_PACKS } from '../rules/builtin.js';
import type { RulePack } from '../rules/types.js';
import { validatePack, type ValidationProblem } from '../rules/validate.js';
import { displayName, readJson } from './input.js';

export interface LoadedPack {
  file: string;
  pack?: RulePack;
  problems: ValidationProblem[];
}

export function loadPack(file: string, options: { examples: boolean }): LoadedPack {
  const value = readJson(file);
  const { pack, problems } = validatePack(value, { basePacks: BUILT_IN_PACKS, examples: options.examples });
  return pack ? { file, pack, problems } : { file, problems };
}

export function formatProblems(loaded: LoadedPack): string[] {
  return loaded.problems.map((p) => `${displayName(loaded.file)}:${p.pointer || '/'}: ${p.message}`);
}
