/**
 * Putting packs together: built-in, then the organisation's, then the person's own. A rule whose id a
 * later pack reuses is replaced by the later one, so an organisation can adapt a built-in rule and a
 * trainer can adapt a copy without the original firing too.
 */

import type { RulePack } from './types.js';

export function mergePacks(packs: readonly RulePack[]): RulePack[] {
  const lastOwner = new Map<string, number>();
  packs.forEach((pack, i) => pack.rules.forEach((rule) => lastOwner.set(rule.id, i)));
  return packs.map((pack, i) => {
    const rules = pack.rules.filter((rule) => lastOwner.get(rule.id) === i);
    return rules.length === pack.rules.length ? pack : { ...pack, rules };
  });
}

/**
 * The packs' context signals without their rules: what a new or imported pack may rely on, cheap to
 * compile next to it.
 */
export function signalsOf(packs: readonly RulePack[]): RulePack[] {
  return packs.map((pack) => ({ ...pack, rules: [] }));
}
