import { describe, expect, it } from 'vitest';
import { compileChecker } from '../../lib/engine/checker.js';
import { BUILT_IN_PACKS, BUILT_IN_RULE_PACKS } from '../../lib/rules/builtin.js';
import { conflictsBetween, validatePack } from '../../lib/rules/validate.js';
import { createChecker } from '../../lib/index.js';

const everyRule = BUILT_IN_RULE_PACKS.flatMap((pack) => pack.rules.map((rule) => ({ pack, rule })));
const exampleChecker = compileChecker({ packs: BUILT_IN_PACKS, includeDisabled: true, overlaps: 'all' });

describe('the built-in packs', () => {
  it('cover the language guide with at least 80 rules, one category per pack', () => {
    expect(everyRule.length).toBeGreaterThanOrEqual(80);
    for (const pack of BUILT_IN_RULE_PACKS) expect(new Set(pack.rules.map((r) => r.category)).size, pack.id).toBe(1);
  });

  it.each(BUILT_IN_PACKS.map((pack) => [pack.id, pack] as const))('%s is valid, examples included', (_id, pack) => {
    expect(validatePack(pack, { basePacks: BUILT_IN_PACKS }).problems).toEqual([]);
  });

  it('use each rule id once', () => {
    expect(conflictsBetween(BUILT_IN_PACKS)).toEqual([]);
  });
});

describe.each(everyRule.map(({ pack, rule }) => [rule.id, pack, rule] as const))('rule %s', (_id, pack, rule) => {
  const findings = (text: string) => exampleChecker.check(text).filter((f) => f.ruleId === rule.id && f.packId === pack.id && !f.quoted);

  it('is complete: title, calm explanation, 1–3 suggestions, a source, three examples of each kind', () => {
    expect(rule.title.length).toBeLessThanOrEqual(80);
    expect(rule.explanation.split(/(?<=[.!?])\s+/).length).toBeLessThanOrEqual(3);
    expect(rule.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(rule.suggestions.length).toBeLessThanOrEqual(3);
    expect(rule.source).toMatch(/https?:\/\//);
    expect(rule.examples.flag.length).toBeGreaterThanOrEqual(3);
    expect(rule.examples.pass.length).toBeGreaterThanOrEqual(3);
  });

  it.each(rule.examples.flag)('flags: %s', (example) => {
    expect(findings(example).length).toBeGreaterThan(0);
  });

  it.each(rule.examples.pass)('passes: %s', (example) => {
    expect(findings(example)).toEqual([]);
  });

  it('offers suggestions that do not themselves trigger the rule', () => {
    for (const example of rule.examples.flag) {
      for (const finding of findings(example)) {
        for (const suggestion of finding.suggestions) {
          const rewritten = example.slice(0, finding.start) + suggestion + example.slice(finding.end);
          const again = findings(rewritten).filter((f) => f.start < finding.start + suggestion.length && f.end > finding.start);
          expect(again, `"${rewritten}"`).toEqual([]);
        }
      }
    }
  });

  it('is written in UK English', () => {
    const text = [rule.title, rule.explanation, ...rule.suggestions].join(' ');
    expect(text).not.toMatch(/\b\w+(?:iz(?:e|es|ed|ing|ation)|yz(?:e|ed|ing))\b|\b(?:behavior|color|favor|honor|labor|center|offense|defense|judgment|pediatric|pedophile|gray|program)s?\b/i);
  });
});

describe('legal and system terms (language guide section 8) never fire', () => {
  const checker = createChecker({ subjectIsChild: 'always' });
  it.each([
    'He was charged with sexual activity with a child contrary to s9.',
    'Offence: causing or inciting a child to engage in sexual activity.',
    'Rape of a child under 13 is recorded.',
    'Possession of indecent images of children, Outcome 21 applied.',
    'Controlling or coercive behaviour is under investigation.',
    'Causing or allowing the death of a child.',
    'Abuse of position of trust (s16).',
    'The complainant was treated as a hostile witness.',
    'The alleged offender was interviewed.',
    'She is a repeat victim.',
    'Absent without leave under the Mental Health Act.',
    'Signposted to the Revenge Porn Helpline.',
    'All staff completed the Youth Produced Sexual Imagery training.',
    'A risk assessment was completed.',
    'Mum gave consent to share information.',
  ])('%s', (sentence) => {
    expect(checker.check(sentence).filter((f) => !f.quoted)).toEqual([]);
  });
});
