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
 */

import { CharClass, classify, lowerCode } from './characters.js';
import { hashStart, hashStep, MAX_WORD_LENGTH } from './symbols.js';

export const enum TokenKind {
  Word = 0,
  Punct = 1,
  Break = 2,
}

export interface ScanSink {
  /** `codes[0..length)` is the normalised token (length 0 when it is longer than MAX_WORD_LENGTH). */
  token(kind: TokenKind, start: number, end: number, hash: number, codes: Uint16Array, length: number): void;
}

const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm']);
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'eg', 'ie', 'vs', 'approx', 'sgt', 'pc', 'dc', 'ds', 'di',
  'dci', 'insp', 'supt', 'ref', 'tel', 'fig', 'cf',
]);

const APOSTROPHE = 39;

export function scan(text: string, sink: ScanSink): void {
  const n = text.length;
  const codes = new Uint16Array(MAX_WORD_LENGTH);
  let previousWord = '';
  let previousWasBreak = true;
  let i = 0;

  const emitSingle = (kind: TokenKind, start: number, end: number): void => {
    let hash = hashStart();
    const length = Math.min(end - start, 2);
    for (let k = 0; k < length; k++) hash = hashStep(hash, (codes[k] = text.charCodeAt(start + k)));
    sink.token(kind, start, end, hash, codes, length);
    previousWasBreak = kind === TokenKind.Break;
    previousWord = '';
  };

  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classify(code);

    if (cls === CharClass.Letter || cls === CharClass.Digit) {
      const start = i;
      let length = 0;
      let hash = hashStart();
      let clitic = -1;
      while (i < n) {
        const c = text.charCodeAt(i);
        const k = classify(c);
        if (k === cls) {
          const lower = lowerCode(c);
          if (length < MAX_WORD_LENGTH) codes[length] = lower;
          length++;
          hash = hashStep(hash, lower);
          i++;
          continue;
        }
        if (k === CharClass.Apostrophe && cls === CharClass.Letter && i + 1 < n && classify(text.charCodeAt(i + 1)) === CharClass.Letter) {
          let r = i + 1;
          while (r < n && classify(text.charCodeAt(r)) === CharClass.Letter) r++;
          if (CLITICS.has(text.slice(i + 1, r).toLowerCase())) {
            clitic = r;
            break;
          }
          i++;
          continue;
        }
        break;
      }
      const kept = length <= MAX_WORD_LENGTH ? length : 0;
      sink.token(TokenKind.Word, start, i, hash, codes, kept);
      previousWord = kept > 0 ? String.fromCharCode(...codes.subarray(0, kept)) : '';
      previousWasBreak = false;
      if (clitic >= 0) {
        let cliticHash = hashStep(hashStart(), APOSTROPHE);
        codes[0] = APOSTROPHE;
        let cliticLength = 1;
        for (let j = i + 1; j < clitic; j++) {
          const lower = lowerCode(text.charCodeAt(j));
          codes[cliticLength++] = lower;
          cliticHash = hashStep(cliticHash, lower);
        }
        sink.token(TokenKind.Word, i, clitic, cliticHash, codes, cliticLength);
        previousWord = '';
        i = clitic;
      }
      continue;
    }

    switch (cls) {
      case CharClass.Space:
      case CharClass.Transparent:
      case CharClass.Apostrophe:
        i++;
        break;
      case CharClass.Newline: {
        const start = i;
        let newlines = 0;
        while (i < n) {
          const k = classify(text.charCodeAt(i));
          if (k === CharClass.Newline) newlines++;
          else if (k !== CharClass.Space) break;
          i++;
        }
        if (newlines >= 2 && !previousWasBreak) emitSingle(TokenKind.Break, start, i);
        break;
      }
      case CharClass.Hyphen: {
        const joins = i > 0 && i + 1 < n && isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1));
        if (!joins) emitSingle(TokenKind.Punct, i, i + 1);
        i++;
        break;
      }
      case CharClass.Terminator: {
        const start = i;
        if (code === 46 && !endsSentence(text, i, previousWord)) {
          emitSingle(TokenKind.Punct, i, i + 1);
          i++;
          break;
        }
        while (i < n && classify(text.charCodeAt(i)) === CharClass.Terminator) i++;
        if (!previousWasBreak) emitSingle(TokenKind.Break, start, i);
        break;
      }
      default: {
        const high = code >= 0xd800 && code <= 0xdbff && i + 1 < n;
        const low = high ? text.charCodeAt(i + 1) : 0;
        const width = high && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
        emitSingle(TokenKind.Punct, i, i + width);
        i += width;
      }
    }
  }
}

function isWordChar(code: number): boolean {
  const cls = classify(code);
  return cls === CharClass.Letter || cls === CharClass.Digit;
}

/** Whether the full stop at `at` ends a sentence. */
function endsSentence(text: string, at: number, previousWord: string): boolean {
  const next = at + 1 < text.length ? text.charCodeAt(at + 1) : -1;
  if (next >= 0 && isWordChar(next)) return false; // 3.5, e.g, a.m
  if (previousWord.length === 1 && previousWord >= 'a' && previousWord <= 'z') {
    if (at >= 2 && text.charCodeAt(at - 2) === 46) return false; // the last stop of e.g. or i.e.
    return classify(text.charCodeAt(at - 1)) !== CharClass.Letter || !isUpperLetterAt(text, at - 1);
  }
  return !ABBREVIATIONS.has(previousWord);
}

function isUpperLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return lowerCode(code) !== code;
}
