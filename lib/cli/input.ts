/** Reading files and standard input for the CLI, with messages that say exactly what is wrong. */

import { readFileSync } from 'node:fs';
import { JsonSyntaxError, parseJson } from '../rules/parse-json.js';

export class InputError extends Error {}

/** Text larger than this is refused rather than risk exhausting memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

function readBytes(path: string): Buffer {
  try {
    return path === '-' ? readFileSync(0) : readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw new InputError(`${displayName(path)}: cannot read: ${why}`);
  }
}

export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/** Reads a text file (or stdin for '-') as UTF-8, refusing binary data and invalid encodings. */
export function readText(path: string): string {
  const bytes = readBytes(path);
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(`${displayName(path)}: is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  const nul = bytes.subarray(0, 8192).indexOf(0);
  if (nul >= 0) throw new InputError(`${displayName(path)}: looks like a binary file (a NUL byte at offset ${nul}), not text`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new InputError(`${displayName(path)}: is not valid UTF-8 text`);
  }
}

/** Reads and parses a JSON file; a syntax error is reported with its line and column. */
export function readJson(path: string): unknown {
  const text = readText(path);
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new InputError(`${displayName(path)}:${error.message}`);
    throw error;
  }
}
