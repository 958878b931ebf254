/**
 * Changes to a person's own rule packs, as pure functions from the stored list to the next one. The
 * options page writes the result; nothing here touches storage.
 */

import type { Rule, RulePack } from './types.js';

/** The pack a rule goes into when the person has none yet. */
export const FIRST_PERSONAL_PACK: RulePack = { id: 'my-rules', name: 'My rules', version: '1.0.0', language: 'en-GB', rules: [] };

/** Adds an imported pack, or replaces the person's pack with the same id. */
export function putPack(packs: readonly RulePack[], pack: RulePack): RulePack[] {
  const at = packs.findIndex((p) => p.id === pack.id);
  return at === -1 ? [...packs, pack] : packs.map((p, i) => (i === at ? pack : p));
}

export function removePack(packs: readonly RulePack[], packId: string): RulePack[] {
  return packs.filter((p) => p.id !== packId);
}

/**
 * Saves a rule into a personal pack (created if it is the first), in place of `replacing` (the id it
 * had when editing began) or at the end.
 */
export function saveRule(packs: readonly RulePack[], packId: string, rule: Rule, replacing?: string): RulePack[] {
  const pack = packs.find((p) => p.id === packId) ?? { ...FIRST_PERSONAL_PACK, id: packId };
  const at = replacing === undefined ? -1 : pack.rules.findIndex((r) => r.id === replacing);
  const rules = at === -1 ? [...pack.rules, rule] : pack.rules.map((r, i) => (i === at ? rule : r));
  return putPack(packs, { ...pack, rules });
}

export function removeRule(packs: readonly RulePack[], packId: string, ruleId: string): RulePack[] {
  return packs.map((p) => (p.id === packId ? { ...p, rules: p.rules.filter((r) => r.id !== ruleId) } : p));
}
