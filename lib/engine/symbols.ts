/**
 * The vocabulary of a compiled rule set: every normalised word that any pattern mentions gets a small
 * integer id. The tokenizer looks each word of the text up here as it scans, without allocating a
 * string, so words that no pattern mentions cost one probe and become OTHER_WORD.
 *
 * Most words of a note are short and Latin: up to 8 code units, each below 256. Such a word is held
 * exactly in two integers (its packed key, built while the scanner reads it), so finding it compares
 * two numbers rather than its characters. Longer words, and words with other characters, are hashed
 * and compared character by character.
 */

export const OTHER_WORD = 0;
/** Normalised words are at most this long; a longer word of the text cannot be in the table. */
export const MAX_WORD_LENGTH = 48;
/** Words of up to this many code units, each below 256, are found by their packed key. */
const PACKED_LENGTH = 8;

/**
 * The packed key of a word is a shift register of its code units, 8 bits each: `low` holds the last
 * four, `high` the four before. It is exact for packable words; the scanner builds it as it reads.
 */
export function packLow(low: number, code: number): number {
  return (low << 8) | code;
}

export function packHigh(high: number, low: number): number {
  return (high << 8) | (low >>> 24);
}

/** Whether a word of `length` code units, whose units OR together to `units`, is found by its packed key. */
function isPackable(length: number, units: number): boolean {
  return length <= PACKED_LENGTH && units < 256;
}

/** The table hash of a packable word, from its packed key (multiplicative: the table uses its top bits). */
function packedHash(low: number, high: number, length: number): number {
  return Math.imul(low + Math.imul(high ^ length, 0x9e3779b1), 0x85ebca6b);
}

/** The table hash of any other word: FNV-1a over [start, end) of `source`, its top bits mixed down. */
function hashOf(source: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ source.charCodeAt(i), 16777619);
  return Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
}

/**
 * Each slot of the hash table: the word's hash, its id and kind (`id << 7 | packable << 6 | length`),
 * and its packed key (low, high) when packable. An id of 0 marks an empty slot.
 */
const SLOT_FIELDS = 4;
/** log2(SLOT_FIELDS): slot arithmetic by shifts keeps the probe in integer instructions. */
const SLOT_SHIFT = 2;
const ID_SHIFT = 7;
const PACKED_FLAG = 64;
const LENGTH_MASK = 63;

export class SymbolTable {
  private words: string[] = [''];
  /** Slots side by side, so that a probe reads one cache line. */
  private slots = new Int32Array(64 * SLOT_FIELDS);
  /** A slot's number is the top bits of a hash: 32 minus log2 of the number of slots. */
  private shift = 32 - 6;
  /** The characters of every word, one after another, and where each word's begin (by id). */
  private chars = new Uint16Array(256);
  private charStart: number[] = [0];
  private charCount = 0;
  /** Words longer than MAX_WORD_LENGTH (a pattern may hold one; no text's word can match it). */
  private readonly longWords = new Map<string, number>();

  get size(): number {
    return this.words.length - 1;
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  /** The id of a normalised word; OTHER_WORD if it is not in the vocabulary. */
  idOf(word: string): number {
    return word.length > MAX_WORD_LENGTH ? (this.longWords.get(word) ?? OTHER_WORD) : this.findIn(word, 0, word.length);
  }

  /** The id of the word at [start, end) of `source`, read from the string (the slower way). */
  findIn(source: string, start: number, end: number): number {
    let low = 0;
    let high = 0;
    let units = 0;
    for (let i = start; i < end; i++) {
      const code = source.charCodeAt(i);
      high = packHigh(high, low);
      low = packLow(low, code);
      units |= code;
    }
    return this.findKeyed(source, start, end, low, high, units);
  }

  /**
   * The id of the word at [start, end) of `source` (folded text, or a normalised word), given its
   * packed key and its code units ORed together, as the scanner builds them while it reads the word.
   */
  findKeyed(source: string, start: number, end: number, low: number, high: number, units: number): number {
    const length = end - start;
    if (isPackable(length, units)) return this.findPacked(low, high, length);
    if (length > MAX_WORD_LENGTH) return OTHER_WORD; // the scanner's rule: no word of a text is this long
    return this.find(hashOf(source, start, end), source, start, length);
  }

  /** Returns the id of a normalised word, adding it when new. */
  intern(word: string): number {
    const found = this.idOf(word);
    if (found !== OTHER_WORD) return found;
    const id = this.words.length;
    this.words.push(word);
    this.charStart.push(this.charCount);
    // No word of a text is this long, so the scanner never looks for it: it is kept aside, not in a slot.
    if (word.length > MAX_WORD_LENGTH) {
      this.longWords.set(word, id);
      return id;
    }
    if (this.charCount + word.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + word.length));
      chars.set(this.chars);
      this.chars = chars;
    }
    let low = 0;
    let high = 0;
    let units = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      this.chars[this.charCount + i] = code;
      high = packHigh(high, low);
      low = packLow(low, code);
      units |= code;
    }
    this.charCount += word.length;
    if (this.words.length * 2 * SLOT_FIELDS > this.slots.length) this.grow();
    if (isPackable(word.length, units)) this.place(this.slots, packedHash(low, high, word.length), (id << ID_SHIFT) | PACKED_FLAG | word.length, low, high);
    else this.place(this.slots, hashOf(word, 0, word.length), (id << ID_SHIFT) | word.length, 0, 0);
    return id;
  }

  /** Finds a packable word by its packed key; OTHER_WORD if it is not in the vocabulary. */
  private findPacked(low: number, high: number, length: number): number {
    const { slots } = this;
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    const kind = PACKED_FLAG | length;
    for (let slot = packedHash(low, high, length) >>> this.shift; ; slot = (slot + 1) & mask) {
      const at = slot << SLOT_SHIFT;
      const entry = slots[at + 1]!;
      if (entry === 0) return OTHER_WORD;
      if ((entry & (PACKED_FLAG | LENGTH_MASK)) === kind && slots[at + 2] === low && slots[at + 3] === high) return entry >>> ID_SHIFT;
    }
  }

  /**
   * Finds a word that is not packable, at [start, start + length) of `source` (folded text, or a
   * normalised word), given its hash; OTHER_WORD if it is not in the vocabulary.
   */
  private find(hash: number, source: string, start: number, length: number): number {
    const { slots, chars, charStart } = this;
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    for (let slot = hash >>> this.shift; ; slot = (slot + 1) & mask) {
      const at = slot << SLOT_SHIFT;
      const entry = slots[at + 1]!;
      if (entry === 0) return OTHER_WORD;
      if (slots[at] !== hash || (entry & (PACKED_FLAG | LENGTH_MASK)) !== length) continue;
      const id = entry >>> ID_SHIFT;
      const from = charStart[id]! - start;
      let i = start;
      const end = start + length;
      while (i < end && chars[from + i] === source.charCodeAt(i)) i++;
      if (i === end) return id;
    }
  }

  private place(slots: Int32Array, hash: number, entry: number, low: number, high: number): void {
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    let slot = hash >>> this.shift;
    while (slots[(slot << SLOT_SHIFT) + 1] !== 0) slot = (slot + 1) & mask;
    const at = slot << SLOT_SHIFT;
    slots[at] = hash;
    slots[at + 1] = entry;
    slots[at + 2] = low;
    slots[at + 3] = high;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    for (let at = 0; at < old.length; at += SLOT_FIELDS) {
      if (old[at + 1] !== 0) this.place(this.slots, old[at]!, old[at + 1]!, old[at + 2]!, old[at + 3]!);
    }
  }
}
