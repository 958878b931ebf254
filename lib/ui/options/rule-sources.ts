/**
 * Where each rule the options page lists comes from: built in, the organisation, or the person; and
 * whether a later pack's rule with the same id takes its place.
 */

import type { RuleState } from '../../extension/rule-state.js';
import { BUILT_IN_RULE_PACKS } from '../../rules/builtin.js';
import type { Rule, RulePack } from '../../rules/types.js';

export type PackSource = 'built-in' | 'organisation' | 'personal';

export interface SourcedPack {
  pack: RulePack;
  source: PackSource;
}

export interface ListedRule {
  rule: Rule;
  pack: RulePack;
  source: PackSource;
  /** The pack whose rule of the same id is used instead of this one. */
  replacedBy?: RulePack;
}

export const SOURCE_LABEL: Readonly<Record<PackSource, string>> = { 'built-in': 'Built in', organisation: 'From your organisation', personal: 'Yours' };

export function sourcedPacks(state: RuleState): SourcedPack[] {
  return [
    ...(state.settings.builtInRules ? BUILT_IN_RULE_PACKS.map((pack) => ({ pack, source: 'built-in' as const })) : []),
    ...state.organisationPacks.map((pack) => ({ pack, source: 'organisation' as const })),
    ...state.personalPacks.map((pack) => ({ pack, source: 'personal' as const })),
  ];
}

export function listedRules(state: RuleState): ListedRule[] {
  // state.packs are the packs after merging: a rule missing there was replaced by a later one.
  const inUse = new Map<string, RulePack>();
  for (const pack of state.packs) for (const rule of pack.rules) inUse.set(rule.id, pack);
  const used = new Set(state.packs.flatMap((pack) => pack.rules));
  return sourcedPacks(state).flatMap(({ pack, source }) =>
    pack.rules.map((rule) => {
      const replacedBy = used.has(rule) ? undefined : inUse.get(rule.id);
      return { rule, pack, source, ...(replacedBy ? { replacedBy } : {}) };
    }),
  );
}
