/**
 * Switching rules on and off for one person. A rule is off if the organisation or the person switched
 * it off, or if its pack ships it off and the person has not switched it on.
 */

import type { EffectiveSettings, UserSettings } from './settings.js';
import type { Rule } from './types.js';

export function ruleIsOn(rule: Rule, settings: Pick<EffectiveSettings, 'disabledRules'>, user: Pick<UserSettings, 'enabledRules'>): boolean {
  if (settings.disabledRules.has(rule.id)) return false;
  return rule.enabled !== false || user.enabledRules.includes(rule.id);
}

/** The person's settings with one rule switched on or off. */
export function switchRule(user: UserSettings, rule: Rule, on: boolean): UserSettings {
  const disabledRules = user.disabledRules.filter((id) => id !== rule.id);
  const enabledRules = user.enabledRules.filter((id) => id !== rule.id);
  if (!on) disabledRules.push(rule.id);
  else if (rule.enabled === false) enabledRules.push(rule.id);
  return { ...user, disabledRules, enabledRules };
}
