/**
 * The vocabulary of a compiled rule set: every normalised word that any pattern mentions gets a small
 * integer id. The tokenizer hashes each word of the text as it scans and looks it up here without
 * allocating a string, so words that no pattern mentions cost one probe and become OTHER_WORD.
 */

export const OTHER_WORD = 0;
/** Normalised words are at most this long; a longer word of the text cannot be in the table. */
export const MAX_WORD_LENGTH = 48;

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

export function hashStart(): number {
  return FNV_OFFSET;
}

export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The hash of [start, end) of `source`. */
export function hashOf(source: string, start: number, end: number): number {
  let hash = hashStart();
  for (let i = start; i < end; i++) hash = hashStep(hash, source.charCodeAt(i));
  return hash;
}

/** Each slot of the hash table: the word's hash, its id, its length, and where its characters begin in `chars`. */
const SLOT_FIELDS = 4;
/** log2(SLOT_FIELDS): slot arithmetic by shifts keeps the probe in integer instructions. */
const SLOT_SHIFT = 2;

export class SymbolTable {
  private words: string[] = [''];
  /** Slots side by side, so that a probe reads one cache line; an id of 0 marks an empty slot. */
  private slots = new Int32Array(64 * SLOT_FIELDS);
  /** The characters of every word, one after another (read instead of the strings, for the same reason). */
  private chars = new Uint16Array(256);
  private charCount = 0;

  get size(): number {
    return this.words.length - 1;
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  /** The id of a normalised word; OTHER_WORD if it is not in the vocabulary. */
  idOf(word: string): number {
    return this.find(hashOf(word, 0, word.length), word, 0, word.length);
  }

  /** Returns the id of a normalised word, adding it when new. */
  intern(word: string): number {
    const found = this.idOf(word);
    if (found !== OTHER_WORD) return found;
    const hash = hashOf(word, 0, word.length);
    const id = this.words.length;
    this.words.push(word);
    if (this.charCount + word.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    for (let i = 0; i < word.length; i++) this.chars[this.charCount + i] = word.charCodeAt(i);
    if (this.words.length * 2 * SLOT_FIELDS > this.slots.length) this.grow();
    this.place(this.slots, hash, id, word.length, this.charCount);
    this.charCount += word.length;
    return id;
  }

  /**
   * Finds the word at [start, start + length) of `source` (folded text, or a normalised word), given
   * its precomputed hash; OTHER_WORD if it is not in the vocabulary.
   */
  find(hash: number, source: string, start: number, length: number): number {
    const { slots, chars } = this;
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << SLOT_SHIFT;
      const id = slots[at + 1]!;
      if (id === 0) return OTHER_WORD;
      if (slots[at] !== hash || slots[at + 2] !== length) continue;
      const from = slots[at + 3]! - start;
      let i = start;
      const end = start + length;
      while (i < end && chars[from + i] === source.charCodeAt(i)) i++;
      if (i === end) return id;
    }
  }

  private place(slots: Int32Array, hash: number, id: number, length: number, charStart: number): void {
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    let slot = hash & mask;
    while (slots[(slot << SLOT_SHIFT) + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot << SLOT_SHIFT;
    slots[at] = hash;
    slots[at + 1] = id;
    slots[at + 2] = length;
    slots[at + 3] = charStart;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT_FIELDS) {
      if (old[at + 1] !== 0) this.place(this.slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
  }
}
