/**
 * Re-checking a text that is being edited. The text is taken paragraph by paragraph; each paragraph
 * that is the same as in the previous version keeps its tokens and matches, so a keystroke in a long
 * note scans and matches only the paragraph it changed. This is exact, not an approximation: a blank
 * line ends a sentence, and neither a token nor a match crosses a sentence end, so a paragraph's
 * tokens and matches are the same alone as within the note. (A first check of a text gains nothing,
 * which is why one-off checks use checkText.)
 */

import { checkMatches, type CheckOptions } from './checker.js';
import type { Finding } from './finding.js';
import { findAll, type MatchSet, type RawMatches } from './matcher.js';
import type { RuleSet } from './rule-set.js';
import { TokenKind, TokenStreamBuilder } from './scan.js';
import { tokenize, type TokenStream } from './tokens.js';

interface Piece {
  tokens: TokenStream;
  raw: RawMatches;
}

const BLANK_LINE = /\n[^\S\n]*\n\s*/g;

/** The matches of all paragraphs, numbered by the assembled tokens. */
class AssembledMatches implements MatchSet {
  count = 0;
  readonly entry: Int32Array;
  readonly endToken: Int32Array;
  private readonly piece: Int32Array;
  private readonly local: Int32Array;

  constructor(
    capacity: number,
    private readonly placed: readonly { raw: RawMatches; tokenOffset: number }[],
  ) {
    this.entry = new Int32Array(capacity);
    this.endToken = new Int32Array(capacity);
    this.piece = new Int32Array(capacity);
    this.local = new Int32Array(capacity);
  }

  add(piece: number, local: number, entry: number, endToken: number): void {
    const i = this.count++;
    this.entry[i] = entry;
    this.endToken[i] = endToken;
    this.piece[i] = piece;
    this.local[i] = local;
  }

  startOf(i: number): number {
    const { raw, tokenOffset } = this.placed[this.piece[i]!]!;
    const start = raw.startOf(this.local[i]!);
    return start < 0 ? start : start + tokenOffset;
  }
}

export class IncrementalCheck {
  /** The previous version's paragraphs, by content. */
  private pieces = new Map<string, Piece>();

  constructor(
    private readonly ruleSet: RuleSet,
    private readonly options: CheckOptions = {},
  ) {}

  check(text: string): Finding[] {
    if (text.length === 0 || this.ruleSet.rules.length === 0) {
      this.pieces.clear();
      return [];
    }
    const { program } = this.ruleSet;
    const kept = new Map<string, Piece>();
    const piece = (paragraph: string): Piece => {
      let found = kept.get(paragraph) ?? this.pieces.get(paragraph);
      if (!found) {
        const tokens = tokenize(paragraph, program.symbols);
        found = { tokens, raw: findAll(program, tokens, this.options.work) };
      }
      kept.set(paragraph, found);
      return found;
    };

    // Paragraphs and the blank lines between them (a blank line at the very end ends a sentence too).
    const parts: { offset: number; piece: Piece }[] = [];
    let from = 0;
    let endsBlank = false;
    BLANK_LINE.lastIndex = 0;
    for (let gap = BLANK_LINE.exec(text); gap; gap = BLANK_LINE.exec(text)) {
      if (gap.index > from) parts.push({ offset: from, piece: piece(text.slice(from, gap.index)) });
      from = gap.index + gap[0].length;
      endsBlank = from === text.length;
    }
    if (from < text.length) parts.push({ offset: from, piece: piece(text.slice(from)) });
    this.pieces = kept;

    let tokenCapacity = parts.length + 1;
    let matchCapacity = 0;
    for (const part of parts) {
      tokenCapacity += part.piece.tokens.count;
      matchCapacity += part.piece.raw.count;
    }
    // The paragraphs' tokens as one stream, numbered as a scan of the whole text would number them.
    const tokens = new TokenStreamBuilder(tokenCapacity);
    const placed: { raw: RawMatches; tokenOffset: number }[] = [];
    const raw = new AssembledMatches(Math.max(1, matchCapacity), placed);
    let sentence = 0;
    /** A blank line ends a sentence unless the paragraph before already ended one. */
    const blankLine = (until: number): void => {
      if (tokens.count === 0 || tokens.kind[tokens.count - 1] === TokenKind.Break) return;
      const t = tokens.count++;
      tokens.start[t] = tokens.end[t - 1]!;
      tokens.end[t] = until;
      tokens.kind[t] = TokenKind.Break;
      tokens.sentence[t] = sentence++;
    };
    parts.forEach(({ offset, piece: { tokens: local, raw: localRaw } }, p) => {
      blankLine(offset);
      const base = tokens.count;
      for (let t = 0; t < local.count; t++) {
        tokens.start[base + t] = local.start[t]! + offset;
        tokens.end[base + t] = local.end[t]! + offset;
        tokens.sentence[base + t] = local.sentence[t]! + sentence;
      }
      tokens.kind.set(local.kind.subarray(0, local.count), base);
      tokens.symbol.set(local.symbol.subarray(0, local.count), base);
      tokens.count += local.count;
      if (local.count > 0) sentence = tokens.sentence[tokens.count - 1]! + (local.kind[local.count - 1] === TokenKind.Break ? 1 : 0);
      placed.push({ raw: localRaw, tokenOffset: base });
      for (let i = 0; i < localRaw.count; i++) raw.add(p, i, localRaw.entry[i]!, localRaw.endToken[i]! + base);
    });
    if (endsBlank) blankLine(text.length);
    return checkMatches(this.ruleSet, text, tokens, raw, this.options);
  }
}
