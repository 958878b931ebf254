/**
 * Runs a compiled Program over a token stream. This is a Pike-style simulation: at each token every
 * live thread sits in a distinct automaton state, so the work per token is bounded by the program's
 * size and the total work is linear in the text. Threads are only started for tokens that can begin
 * some pattern (the program's dispatch table), which keeps ordinary words to one table probe.
 */

import { Op, type Program } from './program.js';
import { TokenKind } from './scan.js';
import type { TokenStream } from './tokens.js';

/** Matches as token ranges: `startToken[i]..endToken[i]` inclusive, of program entry `entry[i]`. */
export interface RawMatches {
  count: number;
  entry: Int32Array;
  startToken: Int32Array;
  endToken: Int32Array;
}

/** Work done, for tests that show the cost is linear: states visited plus threads stepped. */
export interface WorkCounter {
  steps: number;
}

class MatchList implements RawMatches {
  count = 0;
  entry = new Int32Array(16);
  startToken = new Int32Array(16);
  endToken = new Int32Array(16);

  push(entry: number, start: number, end: number): void {
    if (this.count === this.entry.length) {
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2);
        to.set(from);
        return to;
      };
      this.entry = grow(this.entry);
      this.startToken = grow(this.startToken);
      this.endToken = grow(this.endToken);
    }
    this.entry[this.count] = entry;
    this.startToken[this.count] = start;
    this.endToken[this.count] = end;
    this.count++;
  }
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

export function findAll(program: Program, tokens: TokenStream, work?: WorkCounter): RawMatches {
  const { op, a, b, dispatch, stateCount } = program;
  const matches = new MatchList();
  let current = { states: new Int32Array(stateCount), starts: new Int32Array(stateCount), length: 0 };
  let following = { states: new Int32Array(stateCount), starts: new Int32Array(stateCount), length: 0 };
  const mark = new Int32Array(stateCount).fill(-1);
  const stack = new Int32Array(stateCount + 1);
  let generation = 0;
  let steps = 0;

  /** Adds the epsilon closure of `state` to `following`, every thread in it starting at `start`. */
  const addThread = (state: number, start: number, token: number): void => {
    let top = 0;
    if (mark[state] === generation) return;
    mark[state] = generation;
    stack[top++] = state;
    while (top > 0) {
      const s = stack[--top]!;
      steps++;
      switch (op[s]) {
        case Op.Split: {
          const first = a[s]!;
          const second = b[s]!;
          if (mark[second] !== generation) {
            mark[second] = generation;
            stack[top++] = second;
          }
          if (mark[first] !== generation) {
            mark[first] = generation;
            stack[top++] = first;
          }
          break;
        }
        case Op.Save: {
          const next = b[s]!;
          if (mark[next] !== generation) {
            mark[next] = generation;
            stack[top++] = next;
          }
          break;
        }
        case Op.Match:
          matches.push(a[s]!, start, token);
          break;
        default:
          following.states[following.length] = s;
          following.starts[following.length] = start;
          following.length++;
      }
    }
  };

  const { kind, symbol } = tokens;
  for (let t = 0; t < tokens.count; t++) {
    if (kind[t] === TokenKind.Break) {
      current.length = 0;
      continue;
    }
    const sym = symbol[t]!;
    const seeds = dispatch[sym];
    if (current.length === 0 && seeds === undefined) continue;
    generation++;
    following.length = 0;
    for (let i = 0; i < current.length; i++) {
      const s = current.states[i]!;
      steps++;
      if (accepts(program, s, sym)) addThread(b[s]!, current.starts[i]!, t);
    }
    if (seeds !== undefined && sym !== 0) {
      for (let i = 0; i < seeds.length; i++) {
        steps++;
        addThread(b[seeds[i]!]!, t, t);
      }
    }
    const swap = current;
    current = following;
    following = swap;
  }
  if (work) work.steps += steps;
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
