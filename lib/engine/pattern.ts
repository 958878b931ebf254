/**
 * The token-pattern language (docs/rules.md). A pattern is parsed into a small tree; nothing here
 * ever becomes a regular expression, so no pattern can make matching slow.
 *
 *   put+ {reflexive}=self (at|in) (risk|danger)      words, classes, groups, inflection, a capture
 *   (older)? boyfriend                               an optional word
 *   chose+ to ~3 send+                               a gap of up to three words
 */

import { TokenKind } from './scan.js';
import { normalisedTokens } from './tokens.js';
import { inflections } from './inflect.js';
import { spellingVariants } from './spelling.js';
import { WORD_CLASSES, WORD_CLASS_NAMES } from './word-classes.js';

/** One token position that accepts any of `forms` (normalised words or punctuation marks). */
export interface WordNode {
  type: 'word';
  forms: string[];
}
export interface SeqNode {
  type: 'seq';
  items: PatternNode[];
}
export interface AltNode {
  type: 'alt';
  options: PatternNode[];
}
export interface OptionalNode {
  type: 'optional';
  node: PatternNode;
}
/** Up to `max` tokens of any kind within the sentence. */
export interface GapNode {
  type: 'gap';
  max: number;
}
export interface CaptureNode {
  type: 'capture';
  name: string;
  node: PatternNode;
}
export type PatternNode = WordNode | SeqNode | AltNode | OptionalNode | GapNode | CaptureNode;

export interface ParsedPattern {
  root: PatternNode;
  captures: string[];
}

export class PatternError extends Error {
  constructor(message: string, readonly column: number) {
    super(`${message} (column ${column})`);
  }
}

export const MAX_GAP = 8;
export const MAX_PATTERN_SPAN = 64;
export const MAX_PATTERN_LENGTH = 200_000;

const SPECIAL = new Set(['(', ')', '|', '{', '}', '?', '=', '~', '+']);
const NAME = /^[a-z][a-z0-9-]*$/;

export function parsePattern(source: string): ParsedPattern {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new PatternError(`the pattern is ${source.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`, 1);
  }
  const parser = new Parser(source);
  const root = parser.parseAll();
  checkShape(root);
  return { root, captures: parser.captures };
}

class Parser {
  private at = 0;
  readonly captures: string[] = [];

  constructor(private readonly src: string) {}

  parseAll(): PatternNode {
    if (this.src.trim() === '') throw new PatternError('the pattern is empty', 1);
    const node = this.parseAlternatives(0);
    if (this.at < this.src.length) {
      throw new PatternError(`unexpected '${this.src[this.at]}' with no matching '('`, this.at + 1);
    }
    return node;
  }

  /** alternatives := sequence ('|' sequence)*, up to a ')' or the end. */
  private parseAlternatives(openedAt: number): PatternNode {
    const options: PatternNode[] = [];
    for (;;) {
      const startedAt = this.at;
      const seq = this.parseSequence();
      if (seq.items.length === 0) {
        const where = openedAt > 0 ? 'in the group opened' : 'at';
        throw new PatternError(`an alternative is empty ${where}`, openedAt > 0 ? openedAt : startedAt + 1);
      }
      options.push(seq.items.length === 1 ? seq.items[0]! : seq);
      if (this.src[this.at] !== '|') break;
      this.at++;
    }
    return options.length === 1 ? options[0]! : mergeWordOptions(options);
  }

  private parseSequence(): SeqNode {
    const items: PatternNode[] = [];
    for (;;) {
      this.skipSpace();
      const ch = this.src[this.at];
      if (ch === undefined || ch === '|' || ch === ')') break;
      items.push(...this.parseItem());
    }
    return { type: 'seq', items };
  }

  /** One atom with its suffixes. A written word may expand to several tokens ("14-year-old"). */
  private parseItem(): PatternNode[] {
    const column = this.at + 1;
    const ch = this.src[this.at]!;
    let atom: PatternNode;
    let inflectable = true;
    if (ch === '(') {
      this.at++;
      atom = this.parseAlternatives(column);
      if (this.src[this.at] !== ')') throw new PatternError("'(' is never closed", column);
      this.at++;
    } else if (ch === '{') {
      atom = this.parseClass(column);
    } else if (ch === '~') {
      atom = this.parseGap(column);
      inflectable = false;
    } else if (SPECIAL.has(ch)) {
      throw new PatternError(`'${ch}' has nothing before it to apply to`, column);
    } else {
      atom = this.parseWord(column);
    }
    for (;;) {
      const suffix = this.src[this.at];
      const suffixColumn = this.at + 1;
      if (suffix === '+') {
        if (!inflectable) throw new PatternError("'+' (inflect) cannot follow a gap", suffixColumn);
        this.at++;
        atom = inflect(atom);
      } else if (suffix === '?') {
        this.at++;
        atom = { type: 'optional', node: atom };
      } else if (suffix === '=') {
        this.at++;
        const name = this.readWhile((c) => /[A-Za-z0-9-]/.test(c));
        if (!NAME.test(name)) {
          throw new PatternError(`'=' must be followed by a capture name in lower case, such as =self`, suffixColumn);
        }
        if (this.captures.includes(name)) throw new PatternError(`the capture name '${name}' is used twice`, suffixColumn);
        this.captures.push(name);
        atom = { type: 'capture', name, node: atom };
      } else {
        break;
      }
    }
    return [atom];
  }

  private parseClass(column: number): PatternNode {
    const close = this.src.indexOf('}', this.at);
    if (close < 0) throw new PatternError("'{' is never closed", column);
    const name = this.src.slice(this.at + 1, close).trim();
    const wordClass = WORD_CLASSES[name];
    if (!wordClass) {
      throw new PatternError(`unknown word class {${name}}; known classes: ${WORD_CLASS_NAMES.map((n) => `{${n}}`).join(', ')}`, column);
    }
    this.at = close + 1;
    return mergeWordOptions(wordClass.members.map((member) => literal(member, column)));
  }

  private parseGap(column: number): PatternNode {
    this.at++;
    const digits = this.readWhile((c) => c >= '0' && c <= '9');
    const max = Number(digits);
    if (digits === '' || max < 1 || max > MAX_GAP) {
      throw new PatternError(`'~' must be followed by the largest number of words to skip, from 1 to ${MAX_GAP}`, column);
    }
    return { type: 'gap', max };
  }

  /** A word runs to the next space or special character; a backslash makes the next character literal. */
  private parseWord(column: number): PatternNode {
    let text = '';
    while (this.at < this.src.length) {
      const c = this.src[this.at]!;
      if (c === '\\' && this.at + 1 < this.src.length) {
        text += this.src[this.at + 1];
        this.at += 2;
      } else if (SPECIAL.has(c) || /\s/.test(c)) {
        break;
      } else {
        text += c;
        this.at++;
      }
    }
    return literal(text, column);
  }

  private readWhile(test: (ch: string) => boolean): string {
    const start = this.at;
    while (this.at < this.src.length && test(this.src[this.at]!)) this.at++;
    return this.src.slice(start, this.at);
  }

  private skipSpace(): void {
    while (this.at < this.src.length && /\s/.test(this.src[this.at]!)) this.at++;
  }
}

/** A written word (or class member) as a node: its tokens in sequence, plus the closed-up compound. */
const CLITIC = /^['\u2019](s|re|ve|ll|d|m)$/i;

function literal(text: string, column: number): PatternNode {
  // A clitic written alone ('s, 're…) is the token the scanner splits off "she's", not the word "s".
  const clitic = CLITIC.exec(text);
  if (clitic) return { type: 'word', forms: [`'${clitic[1]!.toLowerCase()}`] };
  const tokens = normalisedTokens(text);
  if (tokens.length === 0) throw new PatternError(`'${text}' has no letters, digits or punctuation to match`, column);
  if (tokens.some((t) => t.kind === TokenKind.Break)) {
    throw new PatternError(`'${text}' contains sentence-ending punctuation; a pattern cannot cross a sentence end`, column);
  }
  const words = tokens.map((t): WordNode => ({ type: 'word', forms: spellingVariants(t.text) }));
  if (words.length === 1) return words[0]!;
  const seq: SeqNode = { type: 'seq', items: words };
  const joinedByHyphens = /[\p{L}\p{N}]-[\p{L}\p{N}]/u.test(text) && tokens.every((t) => t.kind === TokenKind.Word);
  if (!joinedByHyphens) return seq;
  const closed = tokens.map((t) => t.text).join('');
  return { type: 'alt', options: [seq, { type: 'word', forms: spellingVariants(closed) }] };
}

/** Applies `+` to every word in a node (for a multi-word literal, to its last word). */
function inflect(node: PatternNode): PatternNode {
  switch (node.type) {
    case 'word': {
      const forms = new Set<string>();
      for (const form of node.forms) for (const inflected of inflections(form)) for (const v of spellingVariants(inflected)) forms.add(v);
      return { type: 'word', forms: [...forms] };
    }
    case 'seq': {
      const items = node.items.slice();
      const last = items.length - 1;
      items[last] = inflect(items[last]!);
      return { type: 'seq', items };
    }
    case 'alt':
      return { type: 'alt', options: node.options.map(inflect) };
    case 'optional':
      return { type: 'optional', node: inflect(node.node) };
    case 'capture':
      return { type: 'capture', name: node.name, node: inflect(node.node) };
    case 'gap':
      return node;
  }
}

/** Single-word alternatives collapse into one position that accepts a set of forms. */
function mergeWordOptions(options: PatternNode[]): PatternNode {
  const words = options.filter((o): o is WordNode => o.type === 'word');
  if (words.length <= 1) return options.length === 1 ? options[0]! : { type: 'alt', options };
  const merged: WordNode = { type: 'word', forms: [...new Set(words.flatMap((w) => w.forms))] };
  const rest = options.filter((o) => o.type !== 'word');
  return rest.length === 0 ? merged : { type: 'alt', options: [merged, ...rest] };
}

/** Facts about what a node can match, used to reject patterns that would match nothing useful. */
function canBeEmpty(node: PatternNode): boolean {
  switch (node.type) {
    case 'word':
      return false;
    case 'gap':
    case 'optional':
      return true;
    case 'seq':
      return node.items.every(canBeEmpty);
    case 'alt':
      return node.options.some(canBeEmpty);
    case 'capture':
      return canBeEmpty(node.node);
  }
}

/** Whether a gap can be the first (or, with `fromEnd`, the last) thing the node consumes. */
function edgeCanBeGap(node: PatternNode, fromEnd: boolean): boolean {
  switch (node.type) {
    case 'word':
      return false;
    case 'gap':
      return true;
    case 'optional':
    case 'capture':
      return edgeCanBeGap(node.node, fromEnd);
    case 'alt':
      return node.options.some((o) => edgeCanBeGap(o, fromEnd));
    case 'seq': {
      const items = fromEnd ? [...node.items].reverse() : node.items;
      for (const item of items) {
        if (edgeCanBeGap(item, fromEnd)) return true;
        if (!canBeEmpty(item)) return false;
      }
      return false;
    }
  }
}

/** The fewest tokens the node can match. */
export function minSpan(node: PatternNode): number {
  switch (node.type) {
    case 'word':
      return 1;
    case 'gap':
    case 'optional':
      return 0;
    case 'capture':
      return minSpan(node.node);
    case 'seq':
      return node.items.reduce((sum, item) => sum + minSpan(item), 0);
    case 'alt':
      return node.options.reduce((least, option) => Math.min(least, minSpan(option)), Infinity);
  }
}

export function maxSpan(node: PatternNode): number {
  switch (node.type) {
    case 'word':
      return 1;
    case 'gap':
      return node.max;
    case 'optional':
    case 'capture':
      return maxSpan(node.node);
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxSpan(item), 0);
    case 'alt':
      return node.options.reduce((most, option) => Math.max(most, maxSpan(option)), 0);
  }
}

function checkShape(root: PatternNode): void {
  if (canBeEmpty(root)) throw new PatternError('every part of the pattern is optional, so it could match nothing', 1);
  if (edgeCanBeGap(root, false)) throw new PatternError('a pattern cannot begin with a gap (~N); start it with a word', 1);
  if (edgeCanBeGap(root, true)) throw new PatternError('a pattern cannot end with a gap (~N); end it with a word', 1);
  const span = maxSpan(root);
  if (span > MAX_PATTERN_SPAN) {
    throw new PatternError(`the pattern can stretch over ${span} words; the limit is ${MAX_PATTERN_SPAN}`, 1);
  }
}
