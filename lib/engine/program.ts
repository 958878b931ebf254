/**
 * Compiles every pattern of a rule set (rule patterns, exceptions, allowed terms, context signals)
 * into ONE token automaton, a Thompson NFA over word symbols. Matching runs it as a lazily built DFA
 * (matcher.ts), so the cost is linear in the text whatever the rules say. Each pattern is also
 * compiled backwards, to find where a match began once its end is known.
 */

import { maxSpan, minSpan, type PatternNode } from './pattern.js';
import { SymbolTable } from './symbols.js';

export const enum Op {
  /** Consume a token whose symbol is `a`, then go to `b`. */
  Symbol,
  /** Consume a token whose symbol is in `sets[a]`, then go to `b`. */
  SymbolSet,
  /** Consume any token within the sentence, then go to `b`. */
  Any,
  /** Continue at both `a` and `b` (a first). */
  Split,
  /** Record the position in capture slot `a`, then go to `b`. */
  Save,
  /** Entry `a` has matched. */
  Match,
}

export interface Program {
  readonly symbols: SymbolTable;
  readonly op: Uint8Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly sets: ReadonlyArray<ReadonlySet<number>>;
  /** For each symbol id, the consuming states that can begin an entry (the entry's first tokens). */
  readonly dispatch: ReadonlyArray<Int32Array | undefined>;
  readonly entryStart: Int32Array;
  /** Start of each pattern compiled backwards (its Match state carries the same entry number). */
  readonly entryReverseStart: Int32Array;
  /** Tokens every match of the entry spans, or 0 when matches vary in length. */
  readonly entryFixedSpan: Int32Array;
  readonly entryCaptures: ReadonlyArray<readonly string[]>;
  readonly stateCount: number;
}

export class ProgramBuilder {
  readonly symbols = new SymbolTable();
  private op: number[] = [];
  private a: number[] = [];
  private b: number[] = [];
  private sets: Set<number>[] = [];
  private setIndex = new Map<string, number>();
  private entryStart: number[] = [];
  private entryReverseStart: number[] = [];
  private entryFixedSpan: number[] = [];
  private entryCaptures: string[][] = [];

  /** Adds one pattern; returns its entry number (reported with every match). */
  add(root: PatternNode, captures: readonly string[]): number {
    const entry = this.entryStart.length;
    this.entryStart.push(this.compile(root, this.state(Op.Match, entry, 0), captures));
    this.entryReverseStart.push(this.compile(reversed(root), this.state(Op.Match, entry, 0), []));
    const span = maxSpan(root);
    this.entryFixedSpan.push(minSpan(root) === span ? span : 0);
    this.entryCaptures.push([...captures]);
    return entry;
  }

  /** Interns words that code outside patterns needs to recognise (e.g. negation words). */
  intern(word: string): number {
    return this.symbols.intern(word);
  }

  build(): Program {
    const op = Uint8Array.from(this.op);
    const a = Int32Array.from(this.a);
    const b = Int32Array.from(this.b);
    const firsts: number[][] = [];
    const seen = new Uint8Array(op.length);
    for (const start of this.entryStart) {
      seen.fill(0);
      const stack = [start];
      while (stack.length > 0) {
        const s = stack.pop()!;
        if (seen[s]) continue;
        seen[s] = 1;
        switch (op[s]) {
          case Op.Split:
            stack.push(a[s]!, b[s]!);
            break;
          case Op.Save:
            stack.push(b[s]!);
            break;
          case Op.Symbol:
            (firsts[a[s]!] ??= []).push(s);
            break;
          case Op.SymbolSet:
            for (const symbol of this.sets[a[s]!]!) (firsts[symbol] ??= []).push(s);
            break;
          // Op.Any cannot come first: parsePattern rejects a leading gap. Op.Match cannot either.
        }
      }
    }
    const dispatch: (Int32Array | undefined)[] = new Array(this.symbols.size + 1);
    for (let symbol = 0; symbol < dispatch.length; symbol++) {
      const states = firsts[symbol];
      dispatch[symbol] = states ? Int32Array.from(states) : undefined;
    }
    return {
      symbols: this.symbols,
      op,
      a,
      b,
      sets: this.sets,
      dispatch,
      entryStart: Int32Array.from(this.entryStart),
      entryReverseStart: Int32Array.from(this.entryReverseStart),
      entryFixedSpan: Int32Array.from(this.entryFixedSpan),
      entryCaptures: this.entryCaptures,
      stateCount: op.length,
    };
  }

  private state(op: Op, a: number, b: number): number {
    this.op.push(op);
    this.a.push(a);
    this.b.push(b);
    return this.op.length - 1;
  }

  /** Compiles `node` so that it continues at `next`; returns its first state. */
  private compile(node: PatternNode, next: number, captures: readonly string[]): number {
    switch (node.type) {
      case 'word': {
        const ids = [...new Set(node.forms.map((form) => this.symbols.intern(form)))];
        if (ids.length === 1) return this.state(Op.Symbol, ids[0]!, next);
        return this.state(Op.SymbolSet, this.setOf(ids), next);
      }
      case 'seq': {
        let start = next;
        for (let i = node.items.length - 1; i >= 0; i--) start = this.compile(node.items[i]!, start, captures);
        return start;
      }
      case 'alt': {
        let start = this.compile(node.options[node.options.length - 1]!, next, captures);
        for (let i = node.options.length - 2; i >= 0; i--) {
          start = this.state(Op.Split, this.compile(node.options[i]!, next, captures), start);
        }
        return start;
      }
      case 'optional':
        return this.state(Op.Split, this.compile(node.node, next, captures), next);
      case 'gap': {
        let start = next;
        for (let i = 0; i < node.max; i++) start = this.state(Op.Split, this.state(Op.Any, 0, start), next);
        return start;
      }
      case 'capture': {
        const slot = captures.indexOf(node.name) * 2;
        const close = this.state(Op.Save, slot + 1, next);
        return this.state(Op.Save, slot, this.compile(node.node, close, captures));
      }
    }
  }

  private setOf(ids: number[]): number {
    const key = ids.slice().sort((x, y) => x - y).join(',');
    let index = this.setIndex.get(key);
    if (index === undefined) {
      index = this.sets.length;
      this.sets.push(new Set(ids));
      this.setIndex.set(key, index);
    }
    return index;
  }
}

/** The same pattern read right to left (captures dropped: the backward run only finds starts). */
function reversed(node: PatternNode): PatternNode {
  switch (node.type) {
    case 'word':
    case 'gap':
      return node;
    case 'seq':
      return { type: 'seq', items: node.items.map(reversed).reverse() };
    case 'alt':
      return { type: 'alt', options: node.options.map(reversed) };
    case 'optional':
      return { type: 'optional', node: reversed(node.node) };
    case 'capture':
      return reversed(node.node);
  }
}
