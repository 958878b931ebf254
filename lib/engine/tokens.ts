/** The text being checked, as a stream of tokens in flat typed arrays (one allocation per array). */

import { scan, TokenKind, type ScanSink } from './scan.js';
import { OTHER_WORD, type SymbolTable } from './symbols.js';

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

class TokenStreamBuilder implements ScanSink {
  count = 0;
  sentenceNumber = 0;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  symbol: Int32Array;
  sentence: Int32Array;

  constructor(private readonly symbols: SymbolTable, capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.symbol = new Int32Array(capacity);
    this.sentence = new Int32Array(capacity);
  }

  token(kind: TokenKind, start: number, end: number, hash: number, codes: Uint16Array, length: number): void {
    if (this.count === this.start.length) this.grow();
    const t = this.count++;
    this.start[t] = start;
    this.end[t] = end;
    this.kind[t] = kind;
    this.symbol[t] = kind === TokenKind.Break || length === 0 ? OTHER_WORD : this.symbols.find(hash, codes, length);
    this.sentence[t] = this.sentenceNumber;
    if (kind === TokenKind.Break) this.sentenceNumber++;
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

export function tokenize(text: string, symbols: SymbolTable): TokenStream {
  const builder = new TokenStreamBuilder(symbols, Math.max(16, text.length >> 2));
  scan(text, builder);
  return builder;
}

/** A word or punctuation mark of a pattern, normalised exactly as text tokens are. */
export interface PatternToken {
  kind: TokenKind;
  text: string;
}

/** Splits a fragment of pattern source into normalised tokens. */
export function normalisedTokens(fragment: string): PatternToken[] {
  const out: PatternToken[] = [];
  scan(fragment, {
    token(kind, start, end, _hash, codes, length) {
      const text = length > 0 ? String.fromCharCode(...codes.subarray(0, length)) : fragment.slice(start, end).toLowerCase();
      out.push({ kind, text });
    },
  });
  return out;
}
