/**
 * The lazy DFA's transitions already worked out: (state number, symbol) → next state, in one
 * open-addressed table of typed arrays. Looking a transition up is the matcher's step for almost every
 * token; this is quicker than the Map per state it replaced (a 100 KB check took about 6% less).
 */

/** Above this many transitions the table is emptied and refilled as needed (bounded memory). */
const MAX_TRANSITIONS = 1 << 18;

export class TransitionTable<State> {
  /** The state number each slot's transition leaves from; -1 marks an empty slot. */
  private from = new Int32Array(1024).fill(-1);
  private symbol = new Int32Array(1024);
  private to: (State | undefined)[] = new Array<State | undefined>(1024);
  private size = 0;

  get(from: number, symbol: number): State | undefined {
    const mask = this.from.length - 1;
    for (let slot = slotOf(from, symbol, mask); ; slot = (slot + 1) & mask) {
      const owner = this.from[slot]!;
      if (owner === from && this.symbol[slot] === symbol) return this.to[slot];
      if (owner === -1) return undefined;
    }
  }

  set(from: number, symbol: number, to: State): void {
    if (this.size >= MAX_TRANSITIONS) this.clear();
    if ((this.size + 1) * 2 > this.from.length) this.grow();
    this.place(from, symbol, to);
    this.size++;
  }

  clear(): void {
    this.from.fill(-1);
    this.to.fill(undefined);
    this.size = 0;
  }

  private place(from: number, symbol: number, to: State): void {
    const mask = this.from.length - 1;
    let slot = slotOf(from, symbol, mask);
    while (this.from[slot] !== -1) slot = (slot + 1) & mask;
    this.from[slot] = from;
    this.symbol[slot] = symbol;
    this.to[slot] = to;
  }

  private grow(): void {
    const { from, symbol, to } = this;
    this.from = new Int32Array(from.length * 2).fill(-1);
    this.symbol = new Int32Array(from.length * 2);
    this.to = new Array<State | undefined>(from.length * 2);
    for (let slot = 0; slot < from.length; slot++) if (from[slot] !== -1) this.place(from[slot]!, symbol[slot]!, to[slot]!);
  }
}

function slotOf(from: number, symbol: number, mask: number): number {
  return (Math.imul(from, 0x9e3779b1) ^ symbol) & mask;
}
