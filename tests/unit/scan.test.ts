import { describe, expect, it } from 'vitest';
import { normalisedTokens } from '../../lib/engine/tokens.js';
import { TokenKind } from '../../lib/engine/scan.js';

const words = (text: string) => normalisedTokens(text).map((t) => (t.kind === TokenKind.Break ? '|' : t.text));

describe('scanning text into tokens', () => {
  it('folds case and splits on whitespace of any kind, including line breaks', () => {
    expect(words('Put  HERSELF\tat\nrisk')).toEqual(['put', 'herself', 'at', 'risk']);
  });

  it('keeps words whole: no token is part of another word', () => {
    expect(words('black place LAC')).toEqual(['black', 'place', 'lac']);
  });

  it('drops apostrophes inside words but splits off clitics', () => {
    expect(words("didn't didn’t didnt")).toEqual(['didnt', 'didnt', 'didnt']);
    expect(words("she's they're I'm Jane's")).toEqual(['she', "'s", 'they', "'re", 'i', "'m", 'jane', "'s"]);
    expect(words("O'Brien")).toEqual(['obrien']);
  });

  it('reads a hyphen inside a word as a word boundary, and splits figures from letters', () => {
    expect(words('risk-taking 14-year-old 14yo')).toEqual(['risk', 'taking', '14', 'year', 'old', '14', 'yo']);
  });

  it('ends sentences at . ! ? ; and blank lines, but not after abbreviations, initials or inside numbers', () => {
    expect(words('She left. He stayed! Why? Yes; no')).toEqual(['she', 'left', '|', 'he', 'stayed', '|', 'why', '|', 'yes', '|', 'no']);
    expect(words('Mr. Smith met J. Bloggs at 3.5 miles, e.g. here')).not.toContain('|');
    expect(words('one\ntwo')).toEqual(['one', 'two']);
    expect(words('one\n\ntwo')).toEqual(['one', '|', 'two']);
  });

  it('skips quotation marks, and keeps brackets and other punctuation as tokens', () => {
    expect(words('"she (14)" said, y/o')).toEqual(['she', '(', '14', ')', 'said', ',', 'y', '/', 'o']);
  });

  it('copes with lone surrogates, emoji and non-Latin letters', () => {
    expect(words('a\ud800b 😀 Ærø café')).toEqual(['a', '\ud800', 'b', '😀', 'ærø', 'café']);
  });
});
