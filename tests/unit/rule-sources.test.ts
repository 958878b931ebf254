import { describe, expect, it } from 'vitest';
import { buildRuleState } from '../../lib/extension/rule-state.js';
import { BUILT_IN_RULE_PACKS } from '../../lib/rules/builtin.js';
import { listedRules } from '../../lib/ui/options/rule-sources.js';

describe('the rules the options page lists', () => {
  const builtIn = BUILT_IN_RULE_PACKS.flatMap((p) => p.rules).find((r) => r.id === 'ypi-sexting')!;
  const copy = { ...builtIn, title: 'My sexting rule' };
  const mine = { id: 'my-rules', name: 'My rules', version: '1.0.0', language: 'en-GB' as const, rules: [copy] };

  it('lists every built-in rule once, marked as built in', () => {
    const listed = listedRules(buildRuleState(undefined, undefined, undefined, undefined));
    expect(listed).toHaveLength(BUILT_IN_RULE_PACKS.reduce((n, p) => n + p.rules.length, 0));
    expect(listed.every((r) => r.source === 'built-in' && !r.replacedBy)).toBe(true);
  });

  it('shows that a personal copy with the same id takes the place of the built-in rule', () => {
    const listed = listedRules(buildRuleState(undefined, undefined, [mine], undefined));
    const original = listed.find((r) => r.rule === builtIn)!;
    expect(original.replacedBy?.id).toBe('my-rules');
    const yours = listed.find((r) => r.rule.title === 'My sexting rule')!;
    expect(yours.source).toBe('personal');
    expect(yours.replacedBy).toBeUndefined();
  });

  it('leaves out built-in rules when the organisation does, and personal ones when it forbids them', () => {
    const listed = listedRules(buildRuleState({ builtInRules: false, allowUserRules: false }, undefined, [mine], undefined));
    expect(listed).toEqual([]);
  });
});
