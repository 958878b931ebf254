import { describe, expect, it } from 'vitest';
import { parsePattern } from '../../lib/engine/pattern.js';
import { checkerFor, marked, rule } from './helpers/packs.js';

const matches = (pattern: string, text: string) => marked(checkerFor([rule({ patterns: [pattern] })]), text);

describe('pattern language', () => {
  it('matches words case-insensitively across any whitespace, including line breaks', () => {
    expect(matches('older boyfriend', 'her OLDER\n   Boyfriend')).toEqual(['OLDER\n   Boyfriend']);
  });

  it('always respects word boundaries', () => {
    expect(matches('lac', 'black place lacking')).toEqual([]);
    expect(matches('lac', 'The LAC review')).toEqual(['LAC']);
  });

  it('never matches across a sentence end', () => {
    expect(matches('older boyfriend', 'She is older. Boyfriend is 20.')).toEqual([]);
  });

  it('supports alternatives of several words', () => {
    expect(matches('(chose|decided|made up her mind) to send', 'She made up her mind to send it')).toEqual(['made up her mind to send']);
  });

  it('supports optional words and groups', () => {
    const m = (text: string) => matches('agreed to (have)? sex', text);
    expect(m('agreed to sex')).toEqual(['agreed to sex']);
    expect(m('agreed to have sex')).toEqual(['agreed to have sex']);
  });

  it('supports bounded gaps within a sentence', () => {
    const m = (text: string) => matches('despite ~3 warned', text);
    expect(m('despite having been repeatedly warned')).toEqual(['despite having been repeatedly warned']);
    expect(m('despite having been told and warned')).toEqual([]);
    expect(m('despite it. Warned')).toEqual([]);
  });

  it('supports word classes, including members of several words', () => {
    expect(matches('put {reflexive} at risk', 'put themselves at risk')).toEqual(['put themselves at risk']);
    expect(matches('{child} was seen', 'the young person was seen')).toEqual(['young person was seen']);
    expect(matches('aged {minor-age}', 'aged 14; aged 19; aged fourteen')).toEqual(['aged 14', 'aged fourteen']);
  });

  it('inflects verbs (regular and irregular) and nouns with one marker', () => {
    const m = (text: string) => matches('put+ {reflexive} at risk', text);
    expect(m('puts herself at risk')).toHaveLength(1);
    expect(m('putting himself at risk')).toHaveLength(1);
    expect(matches('choose+ to send+', 'she chose to send; he has chosen to sends')).toEqual(['chose to send', 'chosen to sends']);
    expect(matches('older man+', 'older men')).toEqual(['older men']);
  });

  it('matches US spellings of UK words', () => {
    expect(matches('sexualised behaviour', 'sexualized behavior')).toEqual(['sexualized behavior']);
  });

  it('treats hyphens, spaces and closed-up compounds alike', () => {
    const m = (text: string) => matches('self-generated', text);
    expect(m('self-generated')).toHaveLength(1);
    expect(m('self generated')).toHaveLength(1);
    expect(m('selfgenerated')).toHaveLength(1);
  });

  it('matches brackets and other special characters written with a backslash', () => {
    expect(matches('\\( {minor-age} \\)', 'Amy (14) and Bea (34)')).toEqual(['(14)']);
    expect(matches('a\\+b', 'a+b')).toEqual(['a+b']);
  });

  it("matches clitics through classes and alone: {be} takes she's", () => {
    expect(matches('she {be} nice', "She's nice. She is nice.")).toEqual(["She's nice", 'She is nice']);
    expect(matches("it 's her", "It's her")).toEqual(["It's her"]);
    expect(matches('{subject} {have} sent', "they've sent")).toEqual(["they've sent"]);
  });

  it('ignores apostrophes inside words', () => {
    expect(matches("didn't fight back", 'She didnt fight back. He didn’t fight back.')).toHaveLength(2);
  });

  it('reports leftmost-longest, non-overlapping matches of one rule', () => {
    expect(matches('(risky|risky behaviour)', 'risky behaviour and risky')).toEqual(['risky behaviour', 'risky']);
  });

  it('keeps leftmost-longest matches however many of a rule overlap', () => {
    // One to six words "zz": the longest at each place wins, whether a rule has a few matches or many.
    const repeated = checkerFor([rule({ patterns: Array.from({ length: 6 }, (_, k) => Array(k + 1).fill('zz').join(' ')) })]);
    expect(marked(repeated, 'zz zz zz zz zz zz zz')).toEqual(['zz zz zz zz zz zz', 'zz']);
    const many = marked(repeated, Array(200).fill('zz').join(' '));
    expect(many).toHaveLength(34);
    expect(many.slice(0, 33).every((m) => m === 'zz zz zz zz zz zz')).toBe(true);
    expect(many[33]).toBe('zz zz');
  });
});

describe('pattern errors', () => {
  it.each([
    ['', 'the pattern is empty (column 1)'],
    ['(put herself', "'(' is never closed (column 1)"],
    ['put herself)', "unexpected ')' with no matching '(' (column 12)"],
    ['(a||b)', 'an alternative is empty in the group opened (column 1)'],
    ['a {nope} b', 'unknown word class {nope}; known classes:'],
    ['~3 a', 'a pattern cannot begin with a gap'],
    ['a ~3', 'a pattern cannot end with a gap'],
    ['a ~0 b', "'~' must be followed by the largest number of words to skip, from 1 to 8 (column 3)"],
    ['a ~9 b', 'from 1 to 8'],
    ['(a)? b?', 'every part of the pattern is optional'],
    ['? a', "'?' has nothing before it to apply to (column 1)"],
    ['a=X', "'=' must be followed by a capture name"],
    ['a=x b=x', "the capture name 'x' is used twice"],
    ['end.', 'contains sentence-ending punctuation'],
    [Array(70).fill('w').join(' '), 'the pattern can stretch over 70 words; the limit is 64'],
  ])('%j is rejected: %s', (source, message) => {
    expect(() => parsePattern(source)).toThrow(message);
  });

  it('accepts a group of 10,000 alternatives and matches with it correctly', () => {
    const alternatives = Array.from({ length: 10_000 }, (_, i) => `word${i}x`);
    const m = (text: string) => matches(`(${alternatives.join('|')}) risk`, text);
    expect(m('the word9999x risk and word5000x risk and word10000x risk')).toEqual(['word9999x risk', 'word5000x risk']);
  });
});
