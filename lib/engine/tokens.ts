/** Tokens of checked text (with vocabulary ids) and of pattern source (with their normalised words). */

import { lowerCode } from './characters.js';
import { scan, TokenKind, type TokenStream } from './scan.js';
import { SymbolTable } from './symbols.js';

export type { TokenStream } from './scan.js';

export function tokenize(text: string, symbols: SymbolTable): TokenStream {
  return scan(text, symbols);
}

/** A word or punctuation mark of a pattern, normalised exactly as text tokens are. */
export interface PatternToken {
  kind: TokenKind;
  text: string;
}

const NO_WORDS = new SymbolTable();

/**
 * Splits a fragment of pattern source into normalised tokens: case folded character by character,
 * apostrophes inside words dropped, a clitic token keeping its leading apostrophe ("'s").
 */
export function normalisedTokens(fragment: string): PatternToken[] {
  const stream = scan(fragment, NO_WORDS);
  const out: PatternToken[] = [];
  for (let t = 0; t < stream.count; t++) {
    const raw = fragment.slice(stream.start[t], stream.end[t]);
    let text = '';
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      const apostrophe = code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 0x60 || code === 0xb4;
      if (apostrophe && i === 0 && stream.kind[t] === TokenKind.Word) text += "'";
      else if (!apostrophe || stream.kind[t] !== TokenKind.Word) text += String.fromCharCode(lowerCode(code));
    }
    out.push({ kind: stream.kind[t] as TokenKind, text });
  }
  return out;
}
