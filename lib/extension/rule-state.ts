/**
 * Everything that decides what gets marked, read from storage and policy and put together: the packs
 * in use, the settings with the organisation's locks, and the compiled checker. Content scripts, the
 * popup and the options page all build it the same way, so they always agree.
 */

import { compileChecker, type Checker } from '../engine/checker.js';
import type { Finding } from '../engine/finding.js';
import { BUILT_IN_RULE_PACKS, CONTEXT_PACK } from '../rules/builtin.js';
import { mergePacks, signalsOf } from '../rules/merge.js';
import { parsePolicy, type PolicyProblem } from '../rules/policy.js';
import { resolveSettings, type EffectiveSettings, type Policy, type UserSettings } from '../rules/settings.js';
import type { RulePack } from '../rules/types.js';
import { parseUserSettings } from '../rules/user-settings.js';
import { validatePack } from '../rules/validate.js';
import { storedRecords } from './remote-packs.js';
import { onStorageChange, readLocal, readSync, STORAGE_KEYS } from './storage.js';

export interface RemotePackRecord {
  url: string;
  /** The last copy that downloaded and validated. */
  pack?: RulePack;
  etag?: string;
  /** When the last good copy was downloaded (ms since 1970). */
  updatedAt?: number;
  /** When the URL was last tried. */
  checkedAt?: number;
  /** Why the last try failed, in plain words; absent when it worked. */
  error?: string;
}

export interface RuleState {
  /** The organisation's policy as applied (its valid parts). */
  policy: Policy;
  settings: EffectiveSettings;
  user: UserSettings;
  /** Notes on stored values that were unreadable and replaced by defaults. */
  userProblems: string[];
  policyProblems: PolicyProblem[];
  organisationPacks: RulePack[];
  remotePacks: RemotePackRecord[];
  personalPacks: RulePack[];
  /**
   * The context signals a person's pack may rely on (those of every pack in use but the person's own),
   * as packs without rules: what their packs are validated against, here and in the options page.
   */
  personalBase: RulePack[];
  /** The packs in use, in order, after later packs replace rules with the same id. */
  packs: RulePack[];
  checker: Checker;
}

function personalPacksFrom(raw: unknown, basePacks: readonly RulePack[], problems: string[]): RulePack[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('Your saved rule packs could not be read.');
    return [];
  }
  const packs: RulePack[] = [];
  for (const candidate of raw) {
    const { pack, problems: packProblems } = validatePack(candidate, { basePacks, examples: false });
    if (pack) packs.push(pack);
    else problems.push(`One of your rule packs could not be used: ${packProblems[0]?.pointer ?? ''} ${packProblems[0]?.message ?? ''}`.trim());
  }
  return packs;
}

/**
 * Reads and assembles the rule state. The organisation's policy comes from the background's copy in
 * storage.local (policy-copy.ts), which is there at once, even while the browser is still starting.
 */
async function loadRuleState(): Promise<RuleState> {
  const [policy, storedSettings, storedPacks, storedRemote] = await Promise.all([
    readLocal(STORAGE_KEYS.policy),
    readSync(STORAGE_KEYS.settings),
    readLocal(STORAGE_KEYS.personalPacks),
    readLocal(STORAGE_KEYS.remotePacks),
  ]);
  return buildRuleState(policy, storedSettings, storedPacks, storedRemote);
}

/**
 * Calls `apply` with the rule state now and after every change of settings, packs or policy. Loads
 * can overlap; only the latest is applied. Returns a function that stops watching.
 */
export function watchRuleState(apply: (state: RuleState) => void): () => void {
  let latest = 0;
  let stopped = false;
  const reload = async () => {
    const load = ++latest;
    const next = await loadRuleState();
    if (load === latest && !stopped) apply(next);
  };
  const stop = onStorageChange(() => void reload());
  void reload();
  return () => {
    stopped = true;
    stop();
  };
}

/** Pure assembly from raw stored values (tested without a browser). */
export function buildRuleState(managed: unknown, storedSettings: unknown, storedPacks: unknown, storedRemote: unknown): RuleState {
  const { policy, problems: policyProblems } = parsePolicy(managed, [CONTEXT_PACK]);
  const { settings: user, problems: userProblems } = parseUserSettings(storedSettings);
  const settings = resolveSettings(policy, user);
  const wanted = new Set(policy.rulePackUrls ?? []);
  const remotePacks = Object.values(storedRecords(storedRemote)).filter((r) => wanted.has(r.url));
  const organisationPacks = [...(policy.rulePacks ?? []), ...remotePacks.flatMap((r) => (r.pack ? [r.pack] : []))];
  const sharedPacks = [CONTEXT_PACK, ...(settings.builtInRules ? BUILT_IN_RULE_PACKS : []), ...organisationPacks];
  // A person's rules may rely on the context signals of any pack in use (a copy of a built-in rule does).
  const personalBase = signalsOf(sharedPacks);
  const personalPacks = settings.locks.userRules ? [] : personalPacksFrom(storedPacks, personalBase, userProblems);
  const packs = mergePacks([...sharedPacks, ...personalPacks]);
  const checker = compileChecker({
    packs,
    subjectIsChild: settings.subjectIsChild,
    disabledRules: settings.disabledRules,
    enabledRules: user.enabledRules.filter((id) => !settings.policyDisabledRules.has(id)),
  });
  return { policy, settings, user, userProblems, policyProblems, organisationPacks, remotePacks, personalPacks, personalBase, packs, checker };
}

/** The "learn more" address for a finding: the organisation's training page, else the rule's source. */
export function learnMoreUrl(settings: EffectiveSettings, finding: Finding): string | undefined {
  if (settings.learnMoreUrl) return settings.learnMoreUrl.replace(/\{ruleId\}/g, encodeURIComponent(finding.ruleId));
  return /https?:\/\/\S+/.exec(finding.source)?.[0]?.replace(/[).,;]+$/, '');
}
