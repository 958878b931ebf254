/**
 * Runs a compiled Program over a token stream as a lazily built DFA: each DFA state is the set of
 * automaton states alive after a token, built the first time it is needed and cached with its
 * transitions, so most tokens cost one table lookup. The set of live states is bounded by the
 * program's size, so even when the cache is cold (or flushed) the work per token is bounded and the
 * total is linear in the text. The DFA reports where matches end; where each began is found by
 * running that one pattern backwards from its end, over at most MAX_PATTERN_SPAN tokens, with a
 * second lazy DFA, anchored at the end, so that this too is mostly one table lookup per token.
 */

import { MAX_PATTERN_SPAN } from './pattern.js';
import { Op, type Program } from './program.js';
import { TokenKind } from './scan.js';
import type { TokenStream } from './tokens.js';
import { TransitionTable } from './transitions.js';

/**
 * Matches of program entries, in order of their last token. Where a match begins is only worked out
 * when asked (`startOf`): context signals are needed by sentence alone, which their end gives.
 */
export interface MatchSet {
  readonly count: number;
  readonly entry: Int32Array;
  readonly endToken: Int32Array;
  /** The first token of match `i` (the leftmost start for its end). */
  startOf(i: number): number;
}

export class RawMatches implements MatchSet {
  count = 0;
  entry: Int32Array;
  endToken: Int32Array;
  private starts: Int32Array;

  constructor(
    private readonly program: Program,
    private readonly tokens: TokenStream,
    private readonly work: { steps: number },
  ) {
    // Case notes match about one token in five (mostly context signals): start near that, grow if need be.
    const capacity = Math.max(16, tokens.count >> 2);
    this.entry = new Int32Array(capacity);
    this.endToken = new Int32Array(capacity);
    this.starts = new Int32Array(capacity);
  }

  push(entry: number, end: number): void {
    if (this.count === this.entry.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.entry = grow(this.entry);
      this.endToken = grow(this.endToken);
      this.starts = grow(this.starts);
    }
    this.entry[this.count] = entry;
    this.endToken[this.count] = end;
    this.starts[this.count] = -2;
    this.count++;
  }

  /** The first token of match `i` (the leftmost start for its end). */
  startOf(i: number): number {
    let start = this.starts[i]!;
    if (start === -2) {
      const entry = this.entry[i]!;
      const end = this.endToken[i]!;
      // A pattern whose matches all have one length needs no backward run.
      const fixed = this.program.entryFixedSpan[entry]!;
      start = fixed > 0 ? end - fixed + 1 : leftmostStart(this.program, this.tokens, entry, end, this.work);
      this.starts[i] = start;
    }
    return start;
  }
}

/** Work done, for tests that show the cost is linear: transitions taken plus automaton states visited. */
export interface WorkCounter {
  steps: number;
}

function accepts(program: Program, state: number, symbol: number): boolean {
  switch (program.op[state]) {
    case Op.Symbol:
      return program.a[state] === symbol;
    case Op.SymbolSet:
      return program.sets[program.a[state]!]!.has(symbol);
    default:
      return true; // Op.Any: sentence ends are handled before any state is asked
  }
}

/** A list of state or entry numbers, emptied and refilled without allocating. */
class IntList {
  items = new Int32Array(64);
  length = 0;

  push(value: number): void {
    if (this.length === this.items.length) {
      const items = new Int32Array(this.items.length * 2);
      items.set(this.items);
      this.items = items;
    }
    this.items[this.length++] = value;
  }

  clear(): void {
    this.length = 0;
  }

  /** The values in increasing order, as a new array. */
  sorted(): Int32Array {
    return this.items.slice(0, this.length).sort();
  }
}

/**
 * The states reachable from a state without consuming a token (through Split and Save), as the
 * consuming states and the entries that match there. "Seen" marks reset by bumping a generation, so
 * one helper serves a whole run without clearing arrays.
 */
class Closure {
  private readonly mark: Int32Array;
  private readonly stack: Int32Array;
  private generation = 0;
  steps = 0;

  constructor(private readonly program: Program) {
    this.mark = new Int32Array(program.stateCount).fill(-1);
    this.stack = new Int32Array(program.stateCount + 1);
  }

  /** Starts a new set: states seen before count as unseen again. */
  begin(): void {
    this.generation++;
  }

  /** Adds the closure of `state` to the set: consuming states to `consuming`, matching entries to `matched`. */
  add(state: number, consuming: IntList, matched: IntList): void {
    const { op, a, b } = this.program;
    const { mark, stack, generation } = this;
    if (mark[state] === generation) return;
    mark[state] = generation;
    let top = 0;
    stack[top++] = state;
    while (top > 0) {
      const s = stack[--top]!;
      this.steps++;
      const kind = op[s];
      if (kind === Op.Split || kind === Op.Save) {
        // A Split pushes its second branch first, so that its first is explored first.
        const next = b[s]!;
        if (mark[next] !== generation) {
          mark[next] = generation;
          stack[top++] = next;
        }
        const first = a[s]!;
        if (kind === Op.Split && mark[first] !== generation) {
          mark[first] = generation;
          stack[top++] = first;
        }
      } else if (kind === Op.Match) {
        matched.push(a[s]!);
      } else {
        consuming.push(s);
      }
    }
  }
}

/** One DFA state: the automaton's consuming states alive after a token, and the entries that just matched. */
interface DfaState {
  /** Never reused, even after the cache is dropped, so that a transition is never credited to the wrong state. */
  readonly id: number;
  readonly states: Int32Array;
  readonly matched: Int32Array;
  /** matched.length, kept on the state itself: most states match nothing, and this is read for every token. */
  readonly matchCount: number;
}

/** Above this many cached DFA states the cache is dropped and rebuilt as needed (bounded memory). */
const MAX_CACHED_STATES = 4096;

/**
 * A lazily built DFA over the program. A searching DFA (`seeded`) starts every pattern at every token,
 * as findAll needs; an anchored one follows only the states it is started in, as the backward runs do.
 */
class LazyDfa {
  readonly empty: DfaState;
  private readonly cache = new Map<string, DfaState>();
  /** For an anchored DFA, the state each entry's backward run starts in. */
  private readonly starts: (DfaState | undefined)[] = [];
  private readonly next = new TransitionTable<DfaState>();
  private readonly closure: Closure;
  private readonly consuming = new IntList();
  private readonly matched = new IntList();
  private transitions = 0;
  private nextId = 0;

  constructor(
    private readonly program: Program,
    private readonly seeded: boolean,
  ) {
    this.closure = new Closure(program);
    this.empty = this.intern(new Int32Array(0), new Int32Array(0));
  }

  /** The state a backward run of `entry` starts in: the closure of its reversed pattern's start. */
  reverseStart(entry: number): DfaState {
    let state = this.starts[entry];
    if (state === undefined) {
      const { closure, consuming, matched } = this;
      closure.begin();
      consuming.clear();
      matched.clear();
      closure.add(this.program.entryReverseStart[entry]!, consuming, matched);
      this.starts[entry] = state = this.intern(consuming.sorted(), matched.sorted());
    }
    return state;
  }

  /** Work done so far: states stepped through plus closure states visited. */
  get steps(): number {
    return this.transitions + this.closure.steps;
  }

  /** The state after reading `symbol` in `from`: its live states that accept it, and (when seeded) the patterns it can begin. */
  step(from: DfaState, symbol: number): DfaState {
    return this.next.get(from.id, symbol) ?? this.build(from, symbol);
  }

  private build(from: DfaState, symbol: number): DfaState {
    const { program, closure, consuming, matched } = this;
    closure.begin();
    consuming.clear();
    matched.clear();
    for (const s of from.states) {
      this.transitions++;
      if (accepts(program, s, symbol)) closure.add(program.b[s]!, consuming, matched);
    }
    const seeds = this.seeded ? program.dispatch[symbol] : undefined;
    if (seeds !== undefined && symbol !== 0) for (const s of seeds) closure.add(program.b[s]!, consuming, matched);
    if (this.cache.size > MAX_CACHED_STATES) this.flush();
    const to = this.intern(consuming.sorted(), matched.sorted());
    this.next.set(from.id, symbol, to);
    return to;
  }

  private intern(states: Int32Array, matched: Int32Array): DfaState {
    const key = `${states.join(',')}|${matched.join(',')}`;
    let state = this.cache.get(key);
    if (state === undefined) {
      state = { id: this.nextId++, states, matched, matchCount: matched.length };
      this.cache.set(key, state);
    }
    return state;
  }

  private flush(): void {
    this.next.clear();
    this.cache.clear();
    this.cache.set('|', this.empty);
  }
}

const searchingDfas = new WeakMap<Program, LazyDfa>();
const backwardDfas = new WeakMap<Program, LazyDfa>();

/** The program's searching (seeded) or backward DFA, built once and kept while the program lives. */
function dfaFor(program: Program, seeded: boolean): LazyDfa {
  const dfas = seeded ? searchingDfas : backwardDfas;
  let dfa = dfas.get(program);
  if (dfa === undefined) dfas.set(program, (dfa = new LazyDfa(program, seeded)));
  return dfa;
}

/**
 * The leftmost start of `entry`'s match that ends at token `end` (-1 if none): its reversed pattern
 * run backwards from `end`, within the sentence and at most MAX_PATTERN_SPAN tokens. Every entry's
 * reversed pattern reaches only its own Match state, so any match on the way is a start of `entry`.
 */
function leftmostStart(program: Program, tokens: TokenStream, entry: number, end: number, work: WorkCounter): number {
  const dfa = dfaFor(program, false);
  const stepsBefore = dfa.steps;
  const { kind, symbol } = tokens;
  let state = dfa.reverseStart(entry);
  let start = -1;
  const limit = Math.max(0, end - MAX_PATTERN_SPAN + 1);
  for (let t = end; t >= limit && state.states.length > 0 && kind[t] !== TokenKind.Break; t--) {
    work.steps++;
    state = dfa.step(state, symbol[t]!);
    if (state.matchCount > 0) start = t;
  }
  work.steps += dfa.steps - stepsBefore;
  return start;
}

export function findAll(program: Program, tokens: TokenStream, work: WorkCounter = { steps: 0 }): RawMatches {
  const dfa = dfaFor(program, true);
  const matches = new RawMatches(program, tokens, work);
  const stepsBefore = dfa.steps;
  const { kind, symbol, count } = tokens;
  const { dispatch } = program;
  const empty = dfa.empty;
  let state = empty;
  for (let t = 0; t < count; t++) {
    if (kind[t] === TokenKind.Break) {
      state = empty;
      continue;
    }
    const sym = symbol[t]!;
    if (state === empty && dispatch[sym] === undefined) continue;
    work.steps++;
    state = dfa.step(state, sym);
    if (state.matchCount === 0) continue;
    const matched = state.matched;
    for (let m = 0; m < matched.length; m++) matches.push(matched[m]!, t);
  }
  work.steps += dfa.steps - stepsBefore;
  return matches;
}

/**
 * The capture slots of one match already found by findAll: token boundaries, -1 where a capture
 * took no part. Runs only that entry, anchored at the match, so its cost is bounded by the match.
 */
export function captureSlots(program: Program, tokens: TokenStream, entry: number, startToken: number, endToken: number): Int32Array {
  const { op, a, b } = program;
  const slotCount = program.entryCaptures[entry]!.length * 2;
  interface Thread {
    state: number;
    slots: Int32Array;
  }
  let threads: Thread[] = [];
  let found: Int32Array | undefined;

  const closure = (state: number, slots: Int32Array, position: number, out: Thread[], seen: Set<number>, accept: boolean) => {
    const visit = (s: number, current: Int32Array): void => {
      if (seen.has(s)) return;
      seen.add(s);
      switch (op[s]) {
        case Op.Split:
          visit(a[s]!, current);
          visit(b[s]!, current);
          return;
        case Op.Save: {
          const copy = current.slice();
          copy[a[s]!] = position;
          visit(b[s]!, copy);
          return;
        }
        case Op.Match:
          if (accept && a[s] === entry && found === undefined) found = current;
          return;
        default:
          out.push({ state: s, slots: current });
      }
    };
    visit(state, slots);
  };

  closure(program.entryStart[entry]!, new Int32Array(slotCount).fill(-1), startToken, threads, new Set(), false);
  for (let t = startToken; t <= endToken && threads.length > 0; t++) {
    const next: Thread[] = [];
    const seen = new Set<number>();
    for (const thread of threads) {
      if (tokens.kind[t] === TokenKind.Break) break;
      if (accepts(program, thread.state, tokens.symbol[t]!)) closure(b[thread.state]!, thread.slots, t + 1, next, seen, t === endToken);
    }
    threads = next;
  }
  return found ?? new Int32Array(slotCount).fill(-1);
}
