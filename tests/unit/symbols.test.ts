import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenKind } from '../../lib/engine/scan.js';
import { MAX_WORD_LENGTH, OTHER_WORD, SymbolTable } from '../../lib/engine/symbols.js';
import { tokenize } from '../../lib/engine/tokens.js';

/** The id the scanner gives each word of `text`. */
function idsOf(text: string, table: SymbolTable): number[] {
  const tokens = tokenize(text, table);
  const ids: number[] = [];
  for (let t = 0; t < tokens.count; t++) if (tokens.kind[t] === TokenKind.Word) ids.push(tokens.symbol[t]!);
  return ids;
}

describe('the vocabulary', () => {
  it('finds exactly the words it holds, whatever their length or alphabet', () => {
    const table = new SymbolTable();
    const held = ['she', 'abcdefgh', 'abcdefghi', 'bcdefghi', 'café', 'жертва', 'ærø', '14', 'x'];
    const ids = held.map((word) => table.intern(word));
    expect(new Set(ids).size).toBe(held.length);
    expect(idsOf(held.join(' '), table)).toEqual(ids);
    // Near misses: the same last eight letters, one letter more or less, another accent, another case of length.
    expect(idsOf('zabcdefgh abcdefg cafe cafè жертвы sh shes 140', table)).toEqual(new Array(8).fill(OTHER_WORD));
  });

  it('tells apart words that differ only in their first letters, even where the table is crowded', () => {
    const table = new SymbolTable();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    // Same length, same last four letters: such words meet one another as the table is probed.
    const held = [...letters].map((c) => `a${c}tion`);
    const ids = held.map((word) => table.intern(word));
    expect(idsOf(held.join(' '), table)).toEqual(ids);
    expect(idsOf([...letters].map((c) => `b${c}tion`).join(' '), table)).toEqual(new Array(26).fill(OTHER_WORD));
  });

  it('gives a word the same id however often it is added, and never finds a word longer than any in a text', () => {
    const table = new SymbolTable();
    expect(table.intern('consent')).toBe(table.intern('consent'));
    const long = 'a'.repeat(MAX_WORD_LENGTH + 1);
    expect(table.intern(long)).toBe(table.intern(long));
    expect(idsOf(long, table)).toEqual([OTHER_WORD]);
  });

  it('agrees with a plain map of words on any mix of words (property)', () => {
    const letter = fc.constantFrom('a', 'b', 'e', 'z', 'é', 'ß', 'ж', 'ø', '1', '9');
    const word = fc.array(letter, { minLength: 1, maxLength: 12 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 60 }), (vocabulary, text) => {
        const table = new SymbolTable();
        const oracle = new Map<string, number>();
        // A word of letters and figures is split where one meets the other: hold the pieces the scanner sees.
        for (const entry of vocabulary) for (const piece of entry.match(/\d+|\D+/g)!) oracle.set(piece, table.intern(piece));
        const pieces = text.flatMap((entry) => entry.match(/\d+|\D+/g)!);
        expect(idsOf(pieces.join(' '), table)).toEqual(pieces.map((piece) => oracle.get(piece) ?? OTHER_WORD));
      }),
      { numRuns: 300 },
    );
  });
});
