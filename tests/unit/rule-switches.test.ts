import { describe, expect, it } from 'vitest';
import { buildRuleState } from '../../lib/extension/rule-state.js';
import { ruleIsOn, switchRule } from '../../lib/rules/rule-switches.js';
import { DEFAULT_USER_SETTINGS } from '../../lib/rules/settings.js';

const allRules = (state: ReturnType<typeof buildRuleState>) => state.packs.flatMap((p) => p.rules);
const rule = (id: string) => allRules(buildRuleState(undefined, undefined, undefined, undefined)).find((r) => r.id === id)!;
const marks = (state: ReturnType<typeof buildRuleState>, text: string) => state.checker.check(text).map((f) => f.ruleId);

describe('switching rules', () => {
  const sexting = rule('ypi-sexting');
  const shippedOff = rule('cred-demeanour-2');
  const note = 'The 14yo girl was sexting an adult man.';

  it('switches a rule off and on again, and the checker follows', () => {
    const off = switchRule(DEFAULT_USER_SETTINGS, sexting, false);
    const stateOff = buildRuleState(undefined, off, undefined, undefined);
    expect(ruleIsOn(sexting, stateOff.settings, off)).toBe(false);
    expect(marks(stateOff, note)).not.toContain('ypi-sexting');
    const on = switchRule(off, sexting, true);
    expect(on.disabledRules).toEqual([]);
    const stateOn = buildRuleState(undefined, on, undefined, undefined);
    expect(ruleIsOn(sexting, stateOn.settings, on)).toBe(true);
    expect(marks(stateOn, note)).toContain('ypi-sexting');
  });

  it('switches on a rule its pack ships off', () => {
    const state = buildRuleState(undefined, undefined, undefined, undefined);
    expect(ruleIsOn(shippedOff, state.settings, state.user)).toBe(false);
    const on = switchRule(DEFAULT_USER_SETTINGS, shippedOff, true);
    expect(on.enabledRules).toEqual(['cred-demeanour-2']);
    const after = buildRuleState(undefined, on, undefined, undefined);
    expect(ruleIsOn(shippedOff, after.settings, on)).toBe(true);
  });

  it('keeps a rule the organisation switched off off, whatever the person set', () => {
    const on = switchRule(DEFAULT_USER_SETTINGS, sexting, true);
    const state = buildRuleState({ disabledRules: ['ypi-sexting'] }, on, undefined, undefined);
    expect(ruleIsOn(sexting, state.settings, on)).toBe(false);
    expect(marks(state, note)).not.toContain('ypi-sexting');
  });
});
