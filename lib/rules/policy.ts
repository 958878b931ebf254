/**
 * Reading an organisation's policy (storage.managed) defensively: every key of the wrong shape is
 * dropped with a plain message naming it, and every valid key still applies. An invalid inline pack is
 * rejected on its own, with its problems listed.
 */

import type { Policy } from './settings.js';
import { MATCH_PATTERN } from './sites.js';
import type { RulePack } from './types.js';
import { validatePack, type ValidationProblem } from './validate.js';

export interface PolicyProblem {
  key: string;
  message: string;
}

export interface ParsedPolicy {
  policy: Policy;
  problems: PolicyProblem[];
}

const KEYS = ['enabled', 'sites', 'rulePacks', 'rulePackUrls', 'builtInRules', 'disabledRules', 'allowUserRules', 'allowUserDisable', 'subjectIsChild', 'learnMoreUrl'];

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Problems with a match pattern such as "https://*.example.org/*", or undefined if it is valid. */
export function matchPatternProblem(pattern: string): string | undefined {
  if (pattern === '<all_urls>') return undefined;
  const match = MATCH_PATTERN.exec(pattern);
  if (!match) return `"${pattern}" is not a match pattern such as https://*.example.org/*`;
  if (match[1] === 'file' && match[2] !== '') return `"${pattern}": file patterns have no host (file:///*)`;
  if (match[1] !== 'file' && match[2] === '') return `"${pattern}" has no host`;
  return undefined;
}

export function parsePolicy(raw: unknown, basePacks: readonly RulePack[]): ParsedPolicy {
  const problems: PolicyProblem[] = [];
  const policy: Policy = {};
  if (raw === undefined || raw === null) return { policy, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, problems: [{ key: '', message: 'The policy is not a set of named settings, so none of it was applied.' }] };
  }
  const value = raw as Record<string, unknown>;
  const wrong = (key: string, expected: string) => problems.push({ key, message: `'${key}' should be ${expected}; it was ignored.` });

  for (const key of Object.keys(value)) if (!KEYS.includes(key)) problems.push({ key, message: `'${key}' is not a Reframe policy setting; it was ignored.` });

  for (const key of ['enabled', 'builtInRules', 'allowUserRules', 'allowUserDisable'] as const) {
    if (value[key] === undefined) continue;
    if (typeof value[key] === 'boolean') policy[key] = value[key];
    else wrong(key, 'true or false');
  }
  if (value.subjectIsChild !== undefined) {
    if (value.subjectIsChild === 'detect' || value.subjectIsChild === 'always') policy.subjectIsChild = value.subjectIsChild;
    else wrong('subjectIsChild', '"detect" or "always"');
  }
  if (value.learnMoreUrl !== undefined) {
    if (typeof value.learnMoreUrl === 'string' && /^https:\/\/\S+$/.test(value.learnMoreUrl)) policy.learnMoreUrl = value.learnMoreUrl;
    else wrong('learnMoreUrl', 'an https:// address');
  }
  if (value.disabledRules !== undefined) {
    if (isStringList(value.disabledRules)) policy.disabledRules = value.disabledRules;
    else wrong('disabledRules', 'a list of rule ids');
  }
  if (value.rulePackUrls !== undefined) {
    if (!isStringList(value.rulePackUrls)) wrong('rulePackUrls', 'a list of https:// addresses');
    else {
      policy.rulePackUrls = value.rulePackUrls.filter((url, i) => {
        const ok = /^https:\/\/[^\s/]+\/\S*$/.test(url);
        if (!ok) problems.push({ key: `rulePackUrls/${i}`, message: `"${url}" is not an https:// address; it was ignored.` });
        return ok;
      });
    }
  }
  if (value.sites !== undefined) {
    const sites = value.sites as Record<string, unknown>;
    if (typeof sites !== 'object' || sites === null || Array.isArray(sites)) wrong('sites', 'an object with "allow" and "block" lists');
    else {
      policy.sites = {};
      for (const list of ['allow', 'block'] as const) {
        if (sites[list] === undefined) continue;
        if (!isStringList(sites[list])) {
          wrong(`sites/${list}`, 'a list of match patterns');
          continue;
        }
        policy.sites[list] = (sites[list] as string[]).filter((pattern, i) => {
          const problem = matchPatternProblem(pattern);
          if (problem) problems.push({ key: `sites/${list}/${i}`, message: `${problem}; it was ignored.` });
          return !problem;
        });
      }
    }
  }
  if (value.rulePacks !== undefined) {
    if (!Array.isArray(value.rulePacks)) wrong('rulePacks', 'a list of rule packs');
    else {
      policy.rulePacks = [];
      value.rulePacks.forEach((candidate, i) => {
        const { pack, problems: packProblems } = validatePack(candidate, { basePacks, examples: false });
        if (pack) policy.rulePacks!.push(pack);
        else problems.push({ key: `rulePacks/${i}`, message: describePackProblems(candidate, packProblems) });
      });
    }
  }
  return { policy, problems };
}

export function describePackProblems(candidate: unknown, problems: readonly ValidationProblem[]): string {
  const id = typeof candidate === 'object' && candidate !== null && typeof (candidate as { id?: unknown }).id === 'string' ? `'${(candidate as { id: string }).id}'` : 'without a valid id';
  const list = problems.slice(0, 10).map((p) => `${p.pointer || '/'}: ${p.message}`);
  const more = problems.length > 10 ? ` (and ${problems.length - 10} more)` : '';
  return `The rule pack ${id} was not used because it has problems: ${list.join('; ')}${more}.`;
}
