import { describe, expect, it } from 'vitest';
import { BUILT_IN_PACKS, BUILT_IN_RULE_PACKS } from '../../lib/rules/builtin.js';
import { signalsOf } from '../../lib/rules/merge.js';
import { checkDraft, draftFromRule, EMPTY_DRAFT, ruleFromDraft, type RuleDraft } from '../../lib/rules/rule-draft.js';
import { validatePack } from '../../lib/rules/validate.js';

const BASE = signalsOf(BUILT_IN_PACKS);
const target = { id: 'my-rules', otherRules: [] };

const draft = (fields: Partial<RuleDraft>): RuleDraft => ({
  ...EMPTY_DRAFT,
  id: 'my-risky',
  title: 'Risky behaviour',
  category: 'general',
  patterns: 'risky behaviour+',
  needs: 'child | adult',
  explanation: 'It places the risk on the child.',
  suggestions: 'behaviour that puts them at risk from others',
  source: 'Local training',
  flag: 'The 14yo shows risky behaviours.\nRisky behaviour noted, Year 9 pupil.',
  pass: 'Risky behaviour by the driver.\nNo concerns.',
  ...fields,
});

describe('the rule editor draft', () => {
  it('round-trips every built-in rule through the form unchanged', () => {
    for (const pack of BUILT_IN_RULE_PACKS) for (const rule of pack.rules) expect(ruleFromDraft(draftFromRule(rule))).toEqual(rule);
  });

  it('turns lines into lists and "|" into alternatives, leaving empty optional parts out', () => {
    const rule = ruleFromDraft(draft({ patterns: ' risky behaviour+ \n\n  put+ {reflexive} at risk', exceptions: '', unless: '' }));
    expect(rule.patterns).toEqual(['risky behaviour+', 'put+ {reflexive} at risk']);
    expect(rule.context).toEqual({ needs: [['child', 'adult']] });
    expect('exceptions' in rule).toBe(false);
    expect('enabled' in rule).toBe(false);
  });

  it('accepts a good draft, runs its examples and gives a checker for the tester', () => {
    const check = checkDraft(draft({}), target, BASE);
    expect(check.problems).toEqual([]);
    expect(check.examples.map((e) => [e.expected, e.ok])).toEqual([['flag', true], ['flag', true], ['pass', true], ['pass', true]]);
    const text = 'A child in Year 8 shows risky behaviour.';
    expect(check.checker!.check(text).map((f) => text.slice(f.start, f.end))).toEqual(['risky behaviour']);
  });

  it('puts each problem beside its field and line', () => {
    const check = checkDraft(draft({ title: '', patterns: 'risky behaviour+\nput+ {reflexiv} at risk' }), target, BASE);
    expect(check.problems).toEqual([
      { field: 'title', message: "'title' must not be empty" },
      { field: 'patterns', line: 2, message: expect.stringContaining('unknown word class {reflexiv}') },
    ]);
    expect(check.checker).toBeUndefined();
    // Signal names are checked when the rule compiles.
    expect(checkDraft(draft({ needs: 'child\nno-such-signal' }), target, BASE).problems).toEqual([
      { field: 'needs', line: 2, message: expect.stringContaining('no-such-signal') },
    ]);
  });

  it('reports examples that do not behave as declared on their own line', () => {
    const check = checkDraft(draft({ pass: 'Risky behaviour by the driver.\nThe Year 9 girl shows risky behaviour.' }), target, BASE);
    expect(check.problems).toEqual([{ field: 'pass', line: 2, message: expect.stringContaining('should pass this example but flags "risky behaviour"') }]);
    expect(check.examples.find((e) => !e.ok)).toMatchObject({ expected: 'pass', index: 1, flagged: [{ start: 22, end: 37 }] });
  });

  it('refuses an id another rule in the same pack has', () => {
    const other = ruleFromDraft(draft({}));
    const check = checkDraft(draft({}), { id: 'my-rules', otherRules: [other] }, BASE);
    expect(check.problems).toContainEqual({ field: 'id', message: "another rule in this pack already has the id 'my-risky'" });
  });

  it('lets a copy of a built-in rule use the signals of the built-in packs', () => {
    const builtIn = BUILT_IN_RULE_PACKS.flatMap((p) => p.rules).find((r) => r.id === 'gen-putting-self-at-risk')!;
    const check = checkDraft(draftFromRule(builtIn), target, BASE);
    expect(check.problems).toEqual([]);
    expect(validatePack({ ...BUILT_IN_RULE_PACKS[0]!, id: 'my-rules', rules: [builtIn] }, { basePacks: BASE }).problems).toEqual([]);
  });
});
