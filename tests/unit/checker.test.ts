import { describe, expect, it } from 'vitest';
import { compileChecker } from '../../lib/engine/checker.js';
import { CONTEXT, checkerFor, marked, pack, rule } from './helpers/packs.js';

const selfAtRisk = rule({
  id: 'gen-putting-self-at-risk',
  patterns: ['{subject}=who {be}? put+ {reflexive} (at|in) (risk|danger)', 'put+ {reflexive}=who (at|in) (risk|danger)'],
  context: { needs: ['child'] },
  suggestions: ['{who|subject} {who|be} at risk from adults who target {who|object}'],
});

describe('context gates', () => {
  const checker = checkerFor([selfAtRisk]);

  it('fires only when a child subject is signalled somewhere in the note', () => {
    expect(marked(checker, 'Jane, aged 14, keeps putting herself at risk.')).toEqual(['putting herself at risk']);
    expect(marked(checker, 'She is in Year 9. Later she put herself in danger.')).toEqual(['she put herself in danger']);
    expect(marked(checker, 'The 15yo put himself at risk.')).toEqual(['put himself at risk']);
    expect(marked(checker, 'Amy (14) put herself at risk.')).toEqual(['put herself at risk']);
    expect(marked(checker, 'Amy, 14, put herself at risk.')).toEqual(['put herself at risk']);
    expect(marked(checker, 'Amy (34) put herself at risk.')).toEqual([]);
    expect(marked(checker, 'Ms Smith, 34, put herself at risk.')).toEqual([]);
  });

  it('does not take "her children" as a sign that the subject is a child', () => {
    expect(marked(checker, 'She put herself at risk to protect her children.')).toEqual([]);
  });

  it('fires everywhere when subjectIsChild is "always"', () => {
    const always = checkerFor([selfAtRisk], { subjectIsChild: 'always' });
    expect(marked(always, 'She put herself at risk.')).toEqual(['She put herself at risk']);
  });

  it('requires every need, and one of a list of alternatives', () => {
    const gated = checkerFor([rule({ patterns: ['boyfriend'], context: { needs: ['child', ['adult', 'exploitation']] } })]);
    expect(marked(gated, 'Amy, aged 14, has a boyfriend.')).toEqual([]);
    expect(marked(gated, 'Amy, aged 14, has a boyfriend. He is 23 years old.')).toEqual(['boyfriend']);
    expect(marked(gated, 'Amy, aged 14, has a boyfriend who buys her vapes.')).toEqual(['boyfriend']);
    expect(marked(gated, 'Amy has a boyfriend who is 23 years old.')).toEqual([]);
  });

  it('is cancelled by any signal it names in unless', () => {
    const caveat = { id: 'caveat', name: 'Caveat', version: '1.0.0', language: 'en-GB' as const, rules: [], signals: { 'test-caveat': { scope: 'sentence' as const, patterns: ['does not (mean|indicate) consent'] } } };
    const gated = compileChecker({ packs: [CONTEXT, caveat, pack([rule({ patterns: ["didn't fight back"], context: { unless: ['test-caveat'] } })])] });
    expect(gated.check("She didn't fight back.")).toHaveLength(1);
    expect(gated.check("She didn't fight back, which does not mean consent.")).toHaveLength(0);
  });

  it('honours the scope of a signal (nearby means within two sentences)', () => {
    const gated = checkerFor([rule({ patterns: ['boyfriend'], context: { needs: ['adult'] } })]);
    expect(marked(gated, 'He is an adult. One. Two. She calls him her boyfriend.')).toEqual([]);
    expect(marked(gated, 'He is an adult. One. She calls him her boyfriend.')).toEqual(['boyfriend']);
  });
});

describe('negation, exceptions and allowed terms', () => {
  const consent = rule({ id: 'cse-consented', patterns: ['consent+', 'consensual'], exceptions: ['consent to share'], context: { needs: ['child'] } });
  const checker = checkerFor([consent]);

  it('does not fire after a negation', () => {
    expect(marked(checker, 'The 13yo did not consent.')).toEqual([]);
    expect(marked(checker, 'The 13yo never consented.')).toEqual([]);
    expect(marked(checker, 'The girl is 13. There is no evidence that she consented.')).toEqual([]);
    expect(marked(checker, 'The 13yo consented.')).toEqual(['consented']);
  });

  it('keeps firing after a negation when the rule says so', () => {
    const ignoring = checkerFor([{ ...consent, context: { needs: ['child'], negation: 'ignore' } }]);
    expect(marked(ignoring, 'The 13yo did not consent.')).toEqual(['consent']);
  });

  it('cancels a match that overlaps one of its exceptions', () => {
    expect(marked(checker, 'Mum of the 13yo gave consent to share information.')).toEqual([]);
  });

  it('never flags legal and system terms from any pack', () => {
    const activity = checkerFor([rule({ patterns: ['sexual activity'], context: { needs: ['child'] } })]);
    expect(marked(activity, 'Charged with sexual activity with a child (s9).')).toEqual([]);
    expect(marked(activity, 'The girl described sexual activity.')).toEqual(['sexual activity']);
  });
});

describe('quoted and reported words', () => {
  const checker = checkerFor([rule({ patterns: ['sket'] })]);
  const quotedFlags = (text: string) => checker.check(text).map((f) => f.quoted);

  it('marks words inside quotation marks of every kind as quoted', () => {
    expect(quotedFlags('He called her a "sket".')).toEqual([true]);
    expect(quotedFlags('He called her a “sket”.')).toEqual([true]);
    expect(quotedFlags("He called her a 'sket'.")).toEqual([true]);
    expect(quotedFlags('He called her a ‘sket’.')).toEqual([true]);
  });

  it('marks a phrase as quoted when part of it is in quotation marks', () => {
    const boyfriend = checkerFor([rule({ patterns: ['older boyfriend'] })]);
    expect(boyfriend.check("her older 'boyfriend' is 24").map((f) => f.quoted)).toEqual([true]);
    expect(boyfriend.check('her older boyfriend is 24').map((f) => f.quoted)).toEqual([false]);
  });

  it('marks reported speech as quoted when the attribution comes before the words', () => {
    expect(quotedFlags('In interview he said she was a sket.')).toEqual([true]);
    expect(quotedFlags('She is a sket.')).toEqual([false]);
    expect(quotedFlags('She is a sket, which is why he said nothing.')).toEqual([false]);
  });

  it("lets a rule about the writer's own framing ignore attribution, but not quotation marks", () => {
    const claims = checkerFor([rule({ patterns: ['claim+'], context: { attribution: 'ignore' } })]);
    expect(claims.check('In interview she claimed that he hit her.').map((f) => f.quoted)).toEqual([false]);
    expect(claims.check('He wrote: "she claims he hit her".').map((f) => f.quoted)).toEqual([true]);
  });

  it('does not let an unclosed or paragraph-crossing quotation mark hide later text', () => {
    expect(quotedFlags('He wrote "call me. She is a sket.')).toEqual([false]);
    expect(quotedFlags('"Call me\n\nShe is a sket" was sent.')).toEqual([false]);
    expect(quotedFlags("The girls' phones show she is a sket.")).toEqual([false]);
  });
});

describe('suggestions', () => {
  const checker = checkerFor([selfAtRisk], { subjectIsChild: 'always' });
  const suggest = (text: string) => checker.check(text).map((f) => f.suggestions[0]);

  it('reuses captured words with the right pronoun forms', () => {
    expect(suggest('he put himself at risk')).toEqual(['he is at risk from adults who target him']);
    expect(suggest('they are putting themselves at risk')).toEqual(['they are at risk from adults who target them']);
    expect(suggest('Kim keeps putting herself in danger')).toEqual(['she is at risk from adults who target her']);
  });

  it("keeps a suggestion apart from the word before it when the phrase starts at a clitic (she's)", () => {
    const clitic = checkerFor([rule({ patterns: ["{be} been hanging around"], suggestions: ['is being targeted'] })]);
    const text = "She's been hanging around the flat.";
    const [finding] = clitic.check(text);
    expect(text.slice(0, finding!.start) + finding!.suggestions[0] + text.slice(finding!.end)).toBe('She is being targeted the flat.');
  });

  it('takes the case of the replaced text', () => {
    expect(suggest('She put herself at risk.')).toEqual(['She is at risk from adults who target her']);
    expect(suggest('SHE PUT HERSELF AT RISK')).toEqual(['SHE IS AT RISK FROM ADULTS WHO TARGET HER']);
    expect(suggest('Notes. Putting herself at risk again.')).toEqual(['She is at risk from adults who target her']);
  });
});

describe('findings', () => {
  it('carry the rule, pack, offsets and explanation', () => {
    const checker = checkerFor([selfAtRisk], { subjectIsChild: 'always' });
    const text = 'Seen today. She put herself at risk.';
    const [finding] = checker.check(text);
    expect(finding).toMatchObject({ ruleId: 'gen-putting-self-at-risk', packId: 'test-pack', severity: 'high', title: 'Test rule', explanation: 'An explanation.', quoted: false });
    expect(text.slice(finding!.start, finding!.end)).toBe('She put herself at risk');
  });

  it('keep only the most severe where rules overlap, unless all are asked for', () => {
    const packs = [CONTEXT, pack([rule({ id: 'low', severity: 'low', patterns: ['risky'] }), rule({ id: 'high', severity: 'high', patterns: ['risky behaviour'] })])];
    expect(compileChecker({ packs }).check('risky behaviour').map((f) => f.ruleId)).toEqual(['high']);
    expect(compileChecker({ packs, overlaps: 'all' }).check('risky behaviour').map((f) => f.ruleId).sort()).toEqual(['high', 'low']);
  });

  it('leave out disabled rules', () => {
    const packs = [CONTEXT, pack([rule({ id: 'off', patterns: ['risky'], enabled: false }), rule({ id: 'gone', patterns: ['risky'] })])];
    expect(compileChecker({ packs, disabledRules: ['gone'] }).check('risky')).toEqual([]);
    expect(compileChecker({ packs, includeDisabled: true, overlaps: 'all' }).check('risky')).toHaveLength(2);
  });

  it('point at the right text when lower-casing would change its length (a dotted capital I)', () => {
    const checker = checkerFor([selfAtRisk], { subjectIsChild: 'always' });
    expect(marked(checker, 'İSTANBUL trip: SHE PUT HERSELF AT RISK. İ')).toEqual(['SHE PUT HERSELF AT RISK']);
  });

  it('are plain data: suggestions are an own property like the others, read when needed and replaceable', () => {
    const checker = checkerFor([selfAtRisk], { subjectIsChild: 'always' });
    const finding = checker.check('She put herself at risk.')[0]!;
    const suggestions = ['She is at risk from adults who target her'];
    expect(Object.keys(finding)).toEqual(['start', 'end', 'ruleId', 'packId', 'severity', 'category', 'title', 'explanation', 'suggestions', 'source', 'quoted']);
    expect({ ...finding }.suggestions).toEqual(suggestions);
    expect(JSON.parse(JSON.stringify(finding)).suggestions).toEqual(suggestions);
    expect(structuredClone(finding).suggestions).toEqual(suggestions);
    finding.suggestions = ['kept'];
    expect(finding.suggestions).toEqual(['kept']);
  });

  it('are empty for empty text and text with no words', () => {
    const checker = checkerFor([selfAtRisk]);
    expect(checker.check('')).toEqual([]);
    expect(checker.check('  \n\n ... !!! ')).toEqual([]);
  });
});
