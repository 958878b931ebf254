/**
 * Rule packs as files: reading one a person chose to import (every problem named, with its place),
 * and writing one for export so that importing it back gives the same pack.
 */

import { JsonSyntaxError, parseJson } from './parse-json.js';
import type { RulePack } from './types.js';
import { validatePack } from './validate.js';

/** Larger files are refused before parsing: a real pack is a few hundred kilobytes at most. */
export const MAX_PACK_FILE_BYTES = 2_000_000;

export type PackFileResult = { pack: RulePack; problems: [] } | { pack?: undefined; problems: string[] };

/** Reads a pack file's text. `basePacks` supply the context signals its rules may rely on. */
export function readPackFile(fileName: string, text: string, basePacks: readonly RulePack[]): PackFileResult {
  if (text.length > MAX_PACK_FILE_BYTES) return { problems: [`${fileName}: the file is larger than ${MAX_PACK_FILE_BYTES / 1_000_000} MB, so it cannot be a rule pack.`] };
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { problems: [`${fileName}:${error.message}`] };
    throw error;
  }
  const { pack, problems } = validatePack(value, { basePacks });
  if (pack) return { pack, problems: [] };
  return { problems: problems.map((p) => `${fileName} ${p.pointer || '/'}: ${p.message}`) };
}

export function packFileText(pack: RulePack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export function packFileName(pack: RulePack): string {
  return `${pack.id}.json`;
}
