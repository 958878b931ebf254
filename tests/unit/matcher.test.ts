import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../lib/engine/checker.js';
import { CharClass, classify } from '../../lib/engine/characters.js';
import type { WorkCounter } from '../../lib/engine/matcher.js';
import { normalisedTokens } from '../../lib/engine/tokens.js';
import { BUILT_IN_PACKS } from '../../lib/rules/builtin.js';
import { compileChecker } from '../../lib/engine/checker.js';
import { checkerFor, rule } from './helpers/packs.js';

/** Patterns chosen to be hard for a matcher: shared prefixes, gaps, optional runs, large classes. */
const hostile = checkerFor([
  rule({ id: 'gaps', patterns: ['a ~8 a ~8 a ~8 b', 'a a? a? a? a? a? a? a? c'] }),
  rule({ id: 'prefixes', patterns: ['put herself at risk', 'put herself at (risk|danger) ~3 again', 'put {reflexive} ~2 at ~2 risk'] }),
  rule({ id: 'classes', patterns: ['{pronoun} ~4 {pronoun} ~4 {pronoun} x'] }),
]);

function work(text: string): number {
  const counter: WorkCounter = { steps: 0 };
  checkText(hostile.ruleSet, text, { work: counter });
  return counter.steps;
}

const repeat = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);

describe('matching cost is linear in the text', () => {
  it.each([
    ['near-misses of a gapped pattern', 'a a a a a a a a a '],
    ['near-misses of a phrase', 'put herself at put herself at '],
    ['pronoun soup', 'she he they her him them '],
    ['words no pattern mentions', 'lorem ipsum dolor sit amet '],
  ])('on 1 MB of %s', (_name, unit) => {
    const half = work(repeat(unit, 512 * 1024));
    const full = work(repeat(unit, 1024 * 1024));
    // Twice the text, twice the work (within rounding), never more: no backtracking, no blow-up.
    expect(full).toBeLessThanOrEqual(half * 2.05 + 100);
    // And the work per character is bounded by the size of the program, whatever the input.
    expect(full / (1024 * 1024)).toBeLessThan(hostile.ruleSet.program.stateCount);
  });

  it('stays within a fixed number of steps per token on any input (property)', () => {
    const words = fc.constantFrom('a', 'b', 'c', 'x', 'put', 'herself', 'at', 'risk', 'she', 'them', 'again', '.', ',', '\n\n', '"');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 400 }), (parts) => {
        const text = parts.join(' ');
        expect(work(text)).toBeLessThanOrEqual((parts.length + 1) * hostile.ruleSet.program.stateCount);
      }),
      { numRuns: 200 },
    );
  });
});

/** Whether two characters belong to one word: both letters or both figures ("14yo" is two words). */
function sameWord(before: number, after: number): boolean {
  const cls = classify(before);
  return (cls === CharClass.Letter || cls === CharClass.Digit) && classify(after) === cls;
}

describe('findings (properties)', () => {
  const phrases = ['put herself at risk', 'older boyfriend', 'consenting'];
  const checker = checkerFor([rule({ id: 'phrases', patterns: ['put herself at risk', 'older boyfriend', 'consent+'] })]);
  const pieces = fc.constantFrom(...phrases, 'PUT HERSELF AT RISK', 'older\nboyfriend', 'her', 'at', 'risk', 'blackout', 'ß', 'İ', '😀', '\ud800', '"', '’', '-', '.', ' ', '\n', '\t', 'aged 14', 'Consented');
  const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));

  it('point exactly at whole words that match the pattern', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const f of checker.check(text)) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          if (f.start > 0) expect(sameWord(text.charCodeAt(f.start - 1), text.charCodeAt(f.start))).toBe(false);
          if (f.end < text.length) expect(sameWord(text.charCodeAt(f.end - 1), text.charCodeAt(f.end))).toBe(false);
          const words = normalisedTokens(text.slice(f.start, f.end)).map((t) => t.text).join(' ');
          expect(['put herself at risk', 'older boyfriend', 'consent', 'consents', 'consented', 'consenting']).toContain(words);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('are deterministic: the same text gives the same findings, from the same or a new checker', () => {
    const fresh = () => compileChecker({ packs: BUILT_IN_PACKS });
    const first = fresh();
    fc.assert(
      fc.property(texts, (text) => {
        const once = first.check(text);
        expect(first.check(text)).toEqual(once);
        expect(checker.check(text)).toEqual(checker.check(text));
      }),
      { numRuns: 200 },
    );
    const sample = 'The 14 year old girl was consenting, and puts herself at risk with her older boyfriend.';
    expect(fresh().check(sample)).toEqual(first.check(sample));
  });
});


describe('re-checking a text as it is edited', () => {
  it('gives exactly the findings of a fresh check after every edit (property)', () => {
    const checker = compileChecker({ packs: BUILT_IN_PACKS, subjectIsChild: 'always' });
    const pieces = fc.constantFrom('She put herself at risk', 'aged 14', 'Mr. Smith', 'consented', '.', ' ', '\n', '\n\n', '\n  \n', 'older boyfriend', '"', 'sexting', 'e.g.', ';', 'her boyfriend, 24,');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.array(pieces, { maxLength: 4 }).map((p) => p.join('')) });
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(edit, { maxLength: 12 }), (start, edits) => {
        const editing = checker.startEditing();
        let text = start.join('');
        const plain = (findings: ReturnType<typeof checker.check>) => findings.map((f) => ({ ...f }));
        expect(plain(editing.check(text))).toEqual(plain(checker.check(text)));
        for (const { at, remove, insert } of edits) {
          const position = text.length === 0 ? 0 : at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
          expect(plain(editing.check(text))).toEqual(plain(checker.check(text)));
        }
      }),
      { numRuns: 200 },
    );
  });
});
