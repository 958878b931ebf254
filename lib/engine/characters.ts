/**
 * Character classes and case folding for the tokenizer. Works on UTF-16 code units so that offsets
 * stay exact; anything unusual (lone surrogates, symbols, emoji) is simply not a word character.
 */

export const enum CharClass {
  Space,
  Letter,
  Digit,
  Apostrophe,
  Hyphen,
  /** Quotation marks and emphasis marks: invisible to matching. */
  Transparent,
  /** Ends a sentence: . ! ? ; … (a full stop only in some positions, decided by the tokenizer). */
  Terminator,
  Newline,
  Punctuation,
}

const WORDISH = /[\p{L}\p{N}\p{M}]/u;
const LETTERISH = /[\p{L}\p{M}]/u;
const wideClass = new Map<number, CharClass>();

function classifySlowly(code: number): CharClass {
  if (code >= 97 && code <= 122) return CharClass.Letter;
  if (code >= 65 && code <= 90) return CharClass.Letter;
  if (code >= 48 && code <= 57) return CharClass.Digit;
  switch (code) {
    case 32: case 9: case 13: case 12: case 11: case 0xa0: case 0x2009: case 0x202f: case 0x200b:
      return CharClass.Space;
    case 10: case 0x2028: case 0x2029:
      return CharClass.Newline;
    case 39: case 0x2019: case 0x2018: case 0x2bc: case 0x60: case 0xb4:
      return CharClass.Apostrophe;
    case 45: case 0x2010: case 0x2011:
      return CharClass.Hyphen;
    case 34: case 0x201c: case 0x201d: case 0x201e: case 0xab: case 0xbb: case 42: case 95:
      return CharClass.Transparent;
    case 46: case 33: case 63: case 59: case 0x2026:
      return CharClass.Terminator;
  }
  if (code < 0xc0) return CharClass.Punctuation;
  if (code <= 0x24f) return code === 0xd7 || code === 0xf7 ? CharClass.Punctuation : CharClass.Letter;
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Punctuation;
  let cls = wideClass.get(code);
  if (cls === undefined) {
    const ch = String.fromCharCode(code);
    cls = LETTERISH.test(ch) ? CharClass.Letter : WORDISH.test(ch) ? CharClass.Digit : CharClass.Punctuation;
    if (/\s/u.test(ch)) cls = CharClass.Space;
    wideClass.set(code, cls);
  }
  return cls;
}

const wideLower = new Map<number, number>();

function lowerSlowly(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 0xc0) return code;
  if (code <= 0xde) return code === 0xd7 ? code : code + 32;
  if (code < 0x100) return code;
  let lower = wideLower.get(code);
  if (lower === undefined) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower = folded.length === 1 ? folded.charCodeAt(0) : code;
    wideLower.set(code, lower);
  }
  return lower;
}


/** Tables for the characters of almost every case note (Latin, Greek, Cyrillic, punctuation): one lookup. */
export const CLASS_TABLE_SIZE = 0x3000;
const TABLE_SIZE = CLASS_TABLE_SIZE;
/** The class of each code unit below CLASS_TABLE_SIZE (the scanner's hot loop reads it directly). */
export const CLASS_TABLE = new Uint8Array(TABLE_SIZE);
const LOWER_TABLE = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  CLASS_TABLE[code] = classifySlowly(code);
  LOWER_TABLE[code] = lowerSlowly(code);
}

export function classify(code: number): CharClass {
  return code < TABLE_SIZE ? (CLASS_TABLE[code] as CharClass) : classifySlowly(code);
}

/** Lower-cases one code unit; characters whose lower case is longer than one unit are kept. */
export function lowerCode(code: number): number {
  return code < TABLE_SIZE ? LOWER_TABLE[code]! : lowerSlowly(code);
}

/** Strings are built from folded code units this many at a time (well within any engine's argument limit). */
const FOLD_CHUNK = 4096;

/**
 * `text` lower-cased, with every offset unchanged. Folding natively is much faster than per code
 * unit; a text whose lower case changes length (a dotted capital I) is folded unit by unit instead.
 */
export function foldCase(text: string): string {
  const folded = text.toLowerCase();
  if (folded.length === text.length) return folded;
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = lowerCode(text.charCodeAt(i));
  let out = '';
  for (let i = 0; i < units.length; i += FOLD_CHUNK) out += String.fromCharCode(...units.subarray(i, i + FOLD_CHUNK));
  return out;
}
