/**
 * The vocabulary of a compiled rule set: every normalised word that any pattern mentions gets a small
 * integer id. The tokenizer hashes each word of the text as it scans and looks it up here without
 * allocating a string, so words that no pattern mentions cost one probe and become OTHER_WORD.
 */

export const OTHER_WORD = 0;
/** Normalised words are at most this long; a longer word of the text cannot be in the table. */
export const MAX_WORD_LENGTH = 48;

const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

export function hashStart(): number {
  return FNV_OFFSET;
}

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export class SymbolTable {
  private words: string[] = [''];
  private slots = new Int32Array(64);
  private slotHashes = new Int32Array(64);

  get size(): number {
    return this.words.length - 1;
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  /** Returns the id of a normalised word, adding it when new. */
  intern(word: string): number {
    let hash = hashStart();
    for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
    const found = this.find(hash, word, 0, word.length);
    if (found !== OTHER_WORD) return found;
    const id = this.words.length;
    this.words.push(word);
    if (this.words.length * 2 > this.slots.length) this.grow();
    this.place(hash, id);
    return id;
  }

  /**
   * Finds the word at [start, start + length) of `source` (text already folded, or a buffer of
   * normalised code units), given its precomputed hash; OTHER_WORD if it is not in the vocabulary.
   */
  find(hash: number, source: string | Uint16Array, start: number, length: number): number {
    const mask = this.slots.length - 1;
    const text = typeof source === 'string' ? source : undefined;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id === 0) return OTHER_WORD;
      if (this.slotHashes[slot] !== hash) continue;
      const word = this.words[id]!;
      if (word.length !== length) continue;
      let same = true;
      for (let i = 0; i < length; i++) {
        const code = text !== undefined ? text.charCodeAt(start + i) : (source as Uint16Array)[start + i];
        if (word.charCodeAt(i) !== code) {
          same = false;
          break;
        }
      }
      if (same) return id;
    }
  }

  private place(hash: number, id: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
    this.slotHashes[slot] = hash;
  }

  private grow(): void {
    const oldIds = this.slots;
    const oldHashes = this.slotHashes;
    this.slots = new Int32Array(oldIds.length * 2);
    this.slotHashes = new Int32Array(oldIds.length * 2);
    for (let i = 0; i < oldIds.length; i++) if (oldIds[i] !== 0) this.place(oldHashes[i]!, oldIds[i]!);
  }
}
