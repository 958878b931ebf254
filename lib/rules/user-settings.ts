/**
 * A person's stored settings, read defensively: a value that is missing, corrupt or from an older
 * version is replaced by its default and reported, so the extension never starts blank or broken.
 */

import { DEFAULT_USER_SETTINGS, type UserSettings } from './settings.js';
import { matchPatternProblem } from './policy.js';

export interface ParsedUserSettings {
  settings: UserSettings;
  /** Plain-language notes about values that were replaced by defaults. */
  problems: string[];
}

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

export function parseUserSettings(raw: unknown): ParsedUserSettings {
  const settings: UserSettings = structuredClone(DEFAULT_USER_SETTINGS);
  const problems: string[] = [];
  if (raw === undefined) return { settings, problems };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings, problems: ['Your saved settings could not be read, so the defaults are in use.'] };
  }
  const value = raw as Record<string, unknown>;
  const reset = (what: string) => problems.push(`Your saved ${what} could not be read and was reset to the default.`);
  if (value.enabled !== undefined) {
    if (typeof value.enabled === 'boolean') settings.enabled = value.enabled;
    else reset('on/off setting');
  }
  for (const [key, label] of [['disabledRules', 'list of rules switched off'], ['enabledRules', 'list of rules switched on'], ['disabledSites', 'list of sites switched off']] as const) {
    if (value[key] === undefined) continue;
    if (isStringList(value[key])) settings[key] = [...new Set(value[key] as string[])];
    else reset(label);
  }
  if (value.subjectIsChild !== undefined) {
    if (value.subjectIsChild === 'detect' || value.subjectIsChild === 'always') settings.subjectIsChild = value.subjectIsChild;
    else reset('"notes are about a child" setting');
  }
  if (value.sites !== undefined) {
    const sites = value.sites as { allow?: unknown; block?: unknown } | null;
    const valid = (list: unknown) => isStringList(list) && list.every((p) => matchPatternProblem(p) === undefined);
    if (sites && typeof sites === 'object' && valid(sites.allow) && valid(sites.block)) {
      settings.sites = { allow: sites.allow as string[], block: sites.block as string[] };
    } else reset('site lists');
  }
  return { settings, problems };
}
