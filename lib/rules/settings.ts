/**
 * The settings model: built-in defaults < organisation policy < the person's own settings, where
 * anything the policy locks stays as the policy says. Pure data in, pure data out; reading storage and
 * policy is the extension's job (entrypoints), this file only decides.
 */

import type { RulePack, SubjectIsChild } from './types.js';

export interface SiteLists {
  allow: string[];
  block: string[];
}

/** The organisation's policy (storage.managed), after its shape has been checked (see policy.ts). */
export interface Policy {
  enabled?: boolean;
  sites?: Partial<SiteLists>;
  rulePacks?: RulePack[];
  rulePackUrls?: string[];
  builtInRules?: boolean;
  disabledRules?: string[];
  allowUserRules?: boolean;
  allowUserDisable?: boolean;
  subjectIsChild?: SubjectIsChild;
  learnMoreUrl?: string;
}

/** What a person sets in the popup and options page (storage.sync). */
export interface UserSettings {
  enabled: boolean;
  /** Rule ids the person switched off. */
  disabledRules: string[];
  /** Rule ids the person switched on although their pack ships them off. */
  enabledRules: string[];
  /** Sites (host names) where the person switched Reframe off. */
  disabledSites: string[];
  sites: SiteLists;
  subjectIsChild: SubjectIsChild;
}

export const DEFAULT_SITES: SiteLists = { allow: ['http://*/*', 'https://*/*', 'file:///*'], block: [] };

export const DEFAULT_USER_SETTINGS: UserSettings = {
  enabled: true,
  disabledRules: [],
  enabledRules: [],
  disabledSites: [],
  sites: DEFAULT_SITES,
  subjectIsChild: 'detect',
};

export interface Locks {
  /** The person cannot switch Reframe, sites or rules off (allowUserDisable: false). */
  disable: boolean;
  /** The person cannot add their own rules (allowUserRules: false). */
  userRules: boolean;
  subjectIsChild: boolean;
  enabled: boolean;
}

export interface EffectiveSettings {
  enabled: boolean;
  sites: SiteLists;
  disabledSites: string[];
  /** Rule ids that are off, for whatever reason. */
  disabledRules: Set<string>;
  /** Rule ids the policy switched off (a person cannot switch these back on). */
  policyDisabledRules: Set<string>;
  subjectIsChild: SubjectIsChild;
  learnMoreUrl?: string;
  builtInRules: boolean;
  locks: Locks;
  managed: boolean;
}

export function resolveSettings(policy: Policy, user: UserSettings): EffectiveSettings {
  const locks: Locks = {
    disable: policy.allowUserDisable === false,
    userRules: policy.allowUserRules === false,
    subjectIsChild: policy.subjectIsChild !== undefined,
    enabled: policy.enabled !== undefined,
  };
  const policyDisabled = new Set(policy.disabledRules ?? []);
  const disabledRules = new Set(policyDisabled);
  if (!locks.disable) for (const id of user.disabledRules) disabledRules.add(id);
  const sites: SiteLists = {
    allow: policy.sites?.allow ?? user.sites.allow,
    // The organisation's blocks always stand; a person may add their own unless disabling is locked.
    block: [...(policy.sites?.block ?? []), ...(locks.disable ? [] : user.sites.block)],
  };
  return {
    enabled: policy.enabled ?? (locks.disable ? true : user.enabled),
    sites,
    disabledSites: locks.disable ? [] : user.disabledSites,
    disabledRules,
    policyDisabledRules: policyDisabled,
    subjectIsChild: policy.subjectIsChild ?? user.subjectIsChild,
    ...(policy.learnMoreUrl ? { learnMoreUrl: policy.learnMoreUrl } : {}),
    builtInRules: policy.builtInRules !== false,
    locks,
    managed: Object.keys(policy).length > 0,
  };
}
