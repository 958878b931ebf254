/**
 * The one scanner that splits text into tokens. Both the text being checked and the words of a
 * pattern go through it, so "didn't", "14-year-old" or "she's" are split and normalised the same way
 * on both sides.
 *
 * - A word is a run of letters, or a run of digits ("14yo" is "14" and "yo").
 * - Case is folded; an apostrophe inside a word is dropped ("didn't" and "didnt" are one word), except
 *   before the clitics 's 're 've 'll 'd 'm, which become their own token ("she's" is "she" + "'s").
 * - A hyphen between two word characters joins nothing and separates nothing: it is skipped, so
 *   "risk-taking" reads as "risk taking".
 * - Quotation marks and emphasis marks (* _) are skipped; brackets are punctuation like any other.
 * - . ! ? ; … end a sentence (a full stop not after an abbreviation or an initial, and not inside
 *   "3.5" or "e.g"), and so does a blank line. Other punctuation is a token of its own.
 *
 * This is the hot loop of every check, so it reads a character-class table directly and builds each
 * word's key for the vocabulary as it goes, without building a string per word.
 */

import { CharClass, CLASS_TABLE, CLASS_TABLE_SIZE, classify, foldCase, lowerCode } from './characters.js';
import { MAX_WORD_LENGTH, OTHER_WORD, packHigh, packLow, SymbolTable } from './symbols.js';

export const enum TokenKind {
  Word = 0,
  Punct = 1,
  Break = 2,
}

export interface TokenStream {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  /** Symbol id in the compiled vocabulary; OTHER_WORD for words no pattern mentions. */
  readonly symbol: Int32Array;
  /** Sentence number of each token; a Break token belongs to the sentence it ends. */
  readonly sentence: Int32Array;
}

const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'eg', 'ie', 'vs', 'approx', 'sgt', 'pc', 'dc', 'ds', 'di',
  'dci', 'insp', 'supt', 'ref', 'tel', 'fig', 'cf',
]);

const MAX_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));
/** The abbreviations as a vocabulary, so that the word before a full stop is looked up without copying it. */
const ABBREVIATION_TABLE = new SymbolTable();
for (const abbreviation of ABBREVIATIONS) ABBREVIATION_TABLE.intern(abbreviation);

/** Growable token arrays; `push` numbers sentences as it goes. */
export class TokenStreamBuilder implements TokenStream {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  symbol: Int32Array;
  sentence: Int32Array;
  private sentenceNumber = 0;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.symbol = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
  }

  push(kind: TokenKind, start: number, end: number, symbol: number): void {
    if (this.count === this.start.length) this.grow();
    const t = this.count++;
    this.start[t] = start;
    this.end[t] = end;
    this.kind[t] = kind;
    this.symbol[t] = symbol;
    this.sentence[t] = this.sentenceNumber;
    if (kind === TokenKind.Break) this.sentenceNumber++;
  }

  /** Ends a sentence, unless none has begun since the last end. */
  pushBreak(start: number, end: number): void {
    if (this.count > 0 && this.kind[this.count - 1] !== TokenKind.Break) this.push(TokenKind.Break, start, end, OTHER_WORD);
  }

  private grow(): void {
    const size = this.start.length * 2;
    const copy = <T extends Int32Array | Uint8Array>(from: T, to: T): T => (to.set(from), to);
    this.start = copy(this.start, new Int32Array(size));
    this.end = copy(this.end, new Int32Array(size));
    this.kind = copy(this.kind, new Uint8Array(size));
    this.symbol = copy(this.symbol, new Int32Array(size));
    this.sentence = copy(this.sentence, new Int32Array(size));
  }
}

function classAt(source: string, index: number): CharClass {
  const code = source.charCodeAt(index);
  return code < CLASS_TABLE_SIZE ? (CLASS_TABLE[code] as CharClass) : classify(code);
}

function isWordChar(cls: CharClass): boolean {
  return cls === CharClass.Letter || cls === CharClass.Digit;
}

/** Splits `text` into tokens, giving each word its id in `symbols` (OTHER_WORD if it has none). */
export function scan(text: string, symbols: SymbolTable): TokenStream {
  const n = text.length;
  const out = new TokenStreamBuilder(Math.max(16, n >> 2));
  const source = foldCase(text);
  // The word before a full stop, to tell "Mr." or "J." from the end of a sentence (-1: not a word).
  let previousWordStart = -1;
  let previousWordEnd = -1;

  let i = 0;
  while (i < n) {
    const code = source.charCodeAt(i);
    const cls = code < CLASS_TABLE_SIZE ? (CLASS_TABLE[code] as CharClass) : classify(code);

    if (cls === CharClass.Letter || cls === CharClass.Digit) {
      const start = i;
      // The word's packed key (see symbols.ts), and its code units ORed together.
      let low = 0;
      let high = 0;
      let units = 0;
      // The class of the character after the word (at the end of the text, none that matters).
      let after = CharClass.Space;
      for (let c = code; ; ) {
        high = packHigh(high, low);
        low = packLow(low, c);
        units |= c;
        if (++i === n) break;
        c = source.charCodeAt(i);
        after = c < CLASS_TABLE_SIZE ? (CLASS_TABLE[c] as CharClass) : classify(c);
        if (after !== cls) break;
      }
      if (after === CharClass.Apostrophe && cls === CharClass.Letter && i + 1 < n && classAt(source, i + 1) === CharClass.Letter) {
        const clitic = scanApostropheWord(source, start, symbols, out);
        i = out.end[out.count - 1]!;
        previousWordStart = clitic ? -1 : start;
        previousWordEnd = i;
        continue;
      }
      out.push(TokenKind.Word, start, i, symbols.findKeyed(source, start, i, low, high, units));
      previousWordStart = start;
      previousWordEnd = i;
      if (after === CharClass.Space && i < n) i++; // most words are followed by a space: step over it here
      continue;
    }

    switch (cls) {
      case CharClass.Space:
      case CharClass.Transparent:
      case CharClass.Apostrophe:
        i++;
        continue;
      case CharClass.Newline: {
        const start = i;
        let newlines = 0;
        while (i < n) {
          const k = classAt(source, i);
          if (k === CharClass.Newline) newlines++;
          else if (k !== CharClass.Space) break;
          i++;
        }
        if (newlines < 2) continue;
        out.pushBreak(start, i);
        break;
      }
      case CharClass.Hyphen: {
        const joins = i > 0 && i + 1 < n && isWordChar(classAt(source, i - 1)) && isWordChar(classAt(source, i + 1));
        i++;
        if (joins) continue;
        pushPunctuation(source, i - 1, i, symbols, out);
        break;
      }
      case CharClass.Terminator: {
        const start = i;
        if (code === 46 && !endsSentence(text, source, i, previousWordStart, previousWordEnd)) {
          pushPunctuation(source, i, i + 1, symbols, out);
          i++;
          break;
        }
        while (i < n && classAt(source, i) === CharClass.Terminator) i++;
        out.pushBreak(start, i);
        break;
      }
      default: {
        const high = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
        const low = high ? source.charCodeAt(i + 1) : 0;
        const width = high && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        pushPunctuation(source, i, i + width, symbols, out);
        i += width;
      }
    }
    // A token other than a word (or no token at all, where a break followed another).
    previousWordStart = -1;
  }
  return out;
}

/** A punctuation mark (one character, or a surrogate pair) as a token. */
function pushPunctuation(source: string, start: number, end: number, symbols: SymbolTable, out: TokenStreamBuilder): void {
  out.push(TokenKind.Punct, start, end, symbols.findIn(source, start, end));
}

/** The normalised characters of a word being read by scanApostropheWord. */
const wordCodes = new Uint16Array(MAX_WORD_LENGTH);

/**
 * A word with an apostrophe inside, from `start`: the apostrophe is dropped ("didn't" is "didnt"),
 * unless a clitic follows it ("she's"), which ends the word and becomes a token of its own. Pushes
 * the tokens; returns whether the last is a clitic.
 */
function scanApostropheWord(source: string, start: number, symbols: SymbolTable, out: TokenStreamBuilder): boolean {
  const n = source.length;
  let i = start;
  let length = 0;
  let clitic = -1;
  while (i < n) {
    const k = classAt(source, i);
    if (k === CharClass.Letter) {
      if (length < MAX_WORD_LENGTH) wordCodes[length] = source.charCodeAt(i);
      length++;
      i++;
      continue;
    }
    if (k !== CharClass.Apostrophe || i + 1 >= n || classAt(source, i + 1) !== CharClass.Letter) break;
    let r = i + 1;
    while (r < n && classAt(source, r) === CharClass.Letter) r++;
    if (CLITICS.has(source.slice(i + 1, r))) {
      clitic = r;
      break;
    }
    i++;
  }
  out.push(TokenKind.Word, start, i, length > MAX_WORD_LENGTH ? OTHER_WORD : symbols.idOf(String.fromCharCode(...wordCodes.subarray(0, length))));
  if (clitic < 0) return false;
  out.push(TokenKind.Word, i, clitic, symbols.idOf(`'${source.slice(i + 1, clitic)}`));
  return true;
}

/** Whether the full stop at `at` ends a sentence, given the word before it ([wordStart, wordEnd), or -1). */
function endsSentence(text: string, source: string, at: number, wordStart: number, wordEnd: number): boolean {
  if (at + 1 < source.length && isWordChar(classAt(source, at + 1))) return false; // 3.5, e.g, a.m
  if (wordStart < 0 || wordEnd - wordStart > MAX_ABBREVIATION) return true;
  if (wordEnd - wordStart === 1 && classAt(source, wordStart) === CharClass.Letter) {
    if (at >= 2 && source.charCodeAt(at - 2) === 46) return false; // the last stop of e.g. or i.e.
    const original = text.charCodeAt(at - 1);
    return lowerCode(original) === original; // an initial (J. Bloggs) is a capital
  }
  return ABBREVIATION_TABLE.findIn(source, wordStart, wordEnd) === OTHER_WORD;
}
